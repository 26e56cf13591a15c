#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Manifold::Test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations; // one entry, or one per numerus form

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // set when the file cannot be read or parsed

    static TsFile load(const QString &path);
};

} // namespace Manifold::Test
