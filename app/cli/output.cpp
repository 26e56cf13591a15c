#include "app/cli/output.h"

#include <QCoreApplication>

namespace Manifold::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::Output)
};

// Debian ships no QtCore catalogue for Simplified Chinese, yet QCommandLineParser writes these
// into every --help and usage error: Manifold's own catalogue carries them.
[[maybe_unused]] const char *const qtCommandLineStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

QString severityText(Dockerfile::Severity severity)
{
    switch (severity) {
    case Dockerfile::Severity::Error:
        return Tr::tr("error");
    case Dockerfile::Severity::Warning:
        return Tr::tr("warning");
    case Dockerfile::Severity::Info:
        return Tr::tr("info");
    }
    return Dockerfile::severityName(severity);
}
} // namespace

void printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    printJson(out, QJsonDocument(object));
}

void printError(QTextStream &err, const QString &command, const Error &error)
{
    err << "manifold " << command << ": " << Tr::tr("error:") << ' ';
    if (!error.location.isEmpty())
        err << error.location << ": ";
    err << error.message << '\n';
    if (!error.hint.isEmpty())
        err << "  " << Tr::tr("hint: %1").arg(error.hint) << '\n';
    err.flush();
}

void printDiagnostic(QTextStream &out, const Dockerfile::Diagnostic &diagnostic)
{
    out << diagnostic.file << ':' << diagnostic.range.start.line << ':' << diagnostic.range.start.column
        << ": " << severityText(diagnostic.severity) << ": " << diagnostic.message << " [" << diagnostic.id
        << "]\n";
    if (!diagnostic.fix.isEmpty())
        out << "  " << Tr::tr("fix: %1").arg(diagnostic.fix) << '\n';
    if (!diagnostic.url.isEmpty())
        out << "  " << Tr::tr("see: %1").arg(diagnostic.url) << '\n';
}

QString padToColumns(const QString &text, int columns)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
            (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
            (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width >= columns ? text : text + QString(columns - width, QLatin1Char(' '));
}

QJsonObject errorToJson(const Error &error)
{
    QJsonObject object{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message}};
    if (!error.location.isEmpty())
        object.insert(QStringLiteral("location"), error.location);
    if (!error.hint.isEmpty())
        object.insert(QStringLiteral("hint"), error.hint);
    return QJsonObject{{QStringLiteral("error"), object}};
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, Streams streams,
                    int &exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        streams.err << parser.errorText() << "\n" << Tr::tr("Run with --help for usage.") << '\n';
        streams.err.flush();
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names argv[0]; show the command the user typed instead. The "Usage: %1" line
        // comes from Qt's own (possibly translated) catalogue, so match it through the same call.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const char *usage = "Usage: %1";
        if (!program.isEmpty() && !arguments.isEmpty())
            text.replace(QCommandLineParser::tr(usage).arg(program), QCommandLineParser::tr(usage).arg(arguments.first()));
        streams.out << text;
        streams.out.flush();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace Manifold::Cli
