#include "app/cli/output.h"

#include <QCoreApplication>

namespace Manifold::Cli {

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
    err << "manifold " << command << ": error: ";
    if (!error.location.isEmpty())
        err << error.location << ": ";
    err << error.message << '\n';
    if (!error.hint.isEmpty())
        err << "  hint: " << error.hint << '\n';
    err.flush();
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
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        streams.err << parser.errorText() << "\n"
                    << "Run with --help for usage.\n";
        streams.err.flush();
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names argv[0]; show the command the user typed instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && !arguments.isEmpty())
            text.replace(QStringLiteral("Usage: ") + program, QStringLiteral("Usage: ") + arguments.first());
        streams.out << text;
        streams.out.flush();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace Manifold::Cli
