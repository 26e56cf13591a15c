// Times parsing and planning one Dockerfile: `bench_dockerfile FILE [ITERATIONS] [PLATFORMS]`.
// Prints the best and median wall time of parse and parse+plan in milliseconds, one JSON line,
// so run.sh can compare it with the peer measured the same way.
#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Manifold;
using namespace Manifold::Dockerfile;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: bench_dockerfile FILE [ITERATIONS] [PLATFORMS]\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QByteArray source = file.readAll();
    const int iterations = args.size() > 2 ? args.at(2).toInt() : 20;
    const QString platformList = args.size() > 3 ? args.at(3) : QStringLiteral("linux/amd64");

    PlanOptions options;
    options.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
    options.platforms = Platform::parseList(platformList).valueOr({});

    QList<double> parseTimes, totalTimes;
    int stages = 0, instructions = 0;
    bool ok = true;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ParsedDockerfile parsed = Parser::parse(source);
        const double parseMs = timer.nsecsElapsed() / 1e6;
        const BuildPlan plan = BuildPlanner::plan(parsed, options);
        const double totalMs = timer.nsecsElapsed() / 1e6;
        parseTimes.append(parseMs);
        totalTimes.append(totalMs);
        instructions = int(parsed.instructions.size());
        stages = plan.platforms.isEmpty() ? 0 : int(plan.platforms.first().stages.size());
        ok = plan.ok();
    }
    const QJsonObject result{
        {QStringLiteral("tool"), QStringLiteral("manifold")},
        {QStringLiteral("bytes"), source.size()},
        {QStringLiteral("instructions"), instructions},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("planOk"), ok},
        {QStringLiteral("iterations"), iterations},
        {QStringLiteral("parseBestMs"), *std::min_element(parseTimes.cbegin(), parseTimes.cend())},
        {QStringLiteral("parseMedianMs"), median(parseTimes)},
        {QStringLiteral("parsePlanBestMs"), *std::min_element(totalTimes.cbegin(), totalTimes.cend())},
        {QStringLiteral("parsePlanMedianMs"), median(totalTimes)},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
