#pragma once

#include "app/cli/command.h"
#include "core/dockerfile/diagnostic.h"
#include "core/utils/error.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Manifold::Cli {

// Prints one JSON document (indented, newline-terminated) to `out`.
void printJson(QTextStream &out, const QJsonDocument &document);
void printJson(QTextStream &out, const QJsonObject &object);

// Prints "manifold <command>: error: <location>: <message>" and, on its own line, the hint.
void printError(QTextStream &err, const QString &command, const Error &error);

// Prints "<file>:<line>:<column>: <severity>: <message> [<id>]" and the fix and link lines under
// it (lint and parse share the format, which editors and CI annotations parse).
void printDiagnostic(QTextStream &out, const Dockerfile::Diagnostic &diagnostic);

// Pads `text` with spaces to `columns` terminal columns; CJK characters take two columns, so
// translated table headings still line up.
QString padToColumns(const QString &text, int columns);

// Errors as JSON, for commands run with --json: {"error": {code, message, location, hint}}.
QJsonObject errorToJson(const Error &error);

// Parses `arguments` with `parser`, adding -h/--help. Returns false and sets `exitCode`
// when the command must stop (help printed, or a usage error reported on stderr).
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, Streams streams,
                    int &exitCode);

} // namespace Manifold::Cli
