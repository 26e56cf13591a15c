// Times npm dockerfile-ast on one file the way bench_dockerfile times Manifold: parse, then touch
// every instruction's arguments and flags so lazy work is counted. Prints one JSON line.
const fs = require('fs');
const path = require('path');
const { DockerfileParser } = require(path.join(__dirname, 'node_modules', 'dockerfile-ast'));

const file = process.argv[2];
const iterations = parseInt(process.argv[3] || '20', 10);
const content = fs.readFileSync(file, 'utf8');
const times = [];
let instructions = 0;
let stages = 0;
for (let i = 0; i < iterations; i++) {
  const start = process.hrtime.bigint();
  const dockerfile = DockerfileParser.parse(content);
  const all = dockerfile.getInstructions();
  for (const instruction of all) {
    instruction.getArguments();
    if (typeof instruction.getFlags === 'function') instruction.getFlags();
  }
  stages = dockerfile.getFROMs().length;
  instructions = all.length;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  tool: 'dockerfile-ast', instructions, stages, iterations,
  parseBestMs: times[0], parseMedianMs: times[Math.floor(times.length / 2)],
}));
