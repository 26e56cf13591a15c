#pragma once

#include "core/dockerfile/instructions/mountspec.h"
#include "core/dockerfile/parser/node.h"
#include "core/dockerfile/sourcerange.h"
#include "core/utils/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Manifold::Dockerfile {

// A key with an optional value: ARG NAME[=default], ENV/LABEL key=value.
struct KeyValue
{
    QString key;
    QString value;     // unexpanded, quotes kept as written
    bool hasValue = false;
    bool operator==(const KeyValue &other) const = default;
};

// The flags BuildKit accepts for an instruction, validated like its bflag.go: unknown flags,
// missing values, duplicates and non-boolean values are errors with BuildKit's wording.
struct InstructionFlags
{
    struct Value
    {
        QString name;
        QString value;
        bool hasValue = false;
        SourceRange range;
    };
    QList<Value> values;

    bool isSet(const QString &name) const;
    QString value(const QString &name) const; // last occurrence
    QStringList all(const QString &name) const;
    SourceRange range(const QString &name) const;
};

enum class InstructionKind {
    From, Run, Cmd, Entrypoint, Copy, Add, Arg, Env, Label, Workdir, User, Volume, Expose,
    StopSignal, Healthcheck, Shell, OnBuild, Maintainer, Unknown
};

// One instruction, typed. Values are unexpanded; the planner expands the words BuildKit expands
// (see BuildPlanner) with the stage's variables at that point.
struct Instruction
{
    InstructionKind kind = InstructionKind::Unknown;
    const Node *node = nullptr; // points into the ParsedDockerfile it was built from
    InstructionFlags flags;

    // FROM
    QString image;           // base name as written
    QString platform;        // --platform value as written
    QString stageName;       // lowercased; empty when unnamed
    QString stageNameAsWritten;
    QString asKeyword;       // "AS" as written, for FromAsCasing

    // COPY / ADD
    QString copyFrom;        // --from value (never expanded)
    bool link = false;
    QStringList sources;
    QString destination;

    // RUN
    QList<MountSpec> mounts; // parsed unexpanded (values are expanded by the planner)
    QStringList mountValues; // raw --mount values

    // ARG / ENV / LABEL
    QList<KeyValue> keyValues;
    bool legacyKeyValue = false; // "ENV key value"

    // everything else: the arguments as the parser left them
    QStringList args;

    SourceRange range() const { return node ? node->range : SourceRange{}; }
};

QString instructionKindName(InstructionKind kind);

class InstructionBuilder
{
public:
    // Types one node; errors are BuildKit's ("unknown flag: foo", "FROM requires either one or
    // three arguments", "missing a value on flag: from", ...), located at the node.
    static Result<Instruction> build(const Node &node);
};

} // namespace Manifold::Dockerfile
