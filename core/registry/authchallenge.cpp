#include "core/registry/authchallenge.h"

#include <QSet>

namespace Manifold::Registry {

namespace {

bool isTokenChar(QChar c)
{
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    return c.isLetterOrNumber() || extra.contains(c);
}

class Scanner
{
public:
    explicit Scanner(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t')))
            ++m_pos;
    }
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (peek().isSpace() || peek() == QLatin1Char(',')))
            ++m_pos;
    }
    QString token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // A quoted-string with backslash escapes, or a token (also accepting token68's '/' and '=').
    QString value()
    {
        if (peek() != QLatin1Char('"')) {
            const qsizetype start = m_pos;
            while (!atEnd() && (isTokenChar(peek()) || peek() == QLatin1Char('/') || peek() == QLatin1Char(':')))
                ++m_pos;
            return m_text.mid(start, m_pos - start);
        }
        ++m_pos;
        QString result;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\') && !atEnd()) {
                result += m_text.at(m_pos++);
                continue;
            }
            if (c == QLatin1Char('"'))
                break;
            result += c;
        }
        return result;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

void parseOne(const QString &text, QList<AuthChallenge> &out)
{
    Scanner scanner(text);
    while (true) {
        scanner.skipSpaceAndCommas();
        if (scanner.atEnd())
            return;
        const QString scheme = scanner.token();
        if (scheme.isEmpty())
            return; // garbage: stop rather than loop
        AuthChallenge challenge;
        challenge.scheme = scheme.toLower();
        while (true) {
            scanner.skipSpaceAndCommas();
            const qsizetype start = scanner.pos();
            const QString name = scanner.token();
            scanner.skipSpace();
            if (name.isEmpty() || scanner.peek() != QLatin1Char('=')) {
                scanner.setPos(start); // the next challenge's scheme
                break;
            }
            scanner.setPos(scanner.pos() + 1);
            scanner.skipSpace();
            challenge.params.insert(name.toLower(), scanner.value());
        }
        out.append(challenge);
    }
}

QPair<QString, QString> splitScope(const QString &scope)
{
    const qsizetype colon = scope.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return {scope, QString()};
    return {scope.left(colon), scope.mid(colon + 1)};
}

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QList<QByteArray> &headerValues)
{
    QList<AuthChallenge> challenges;
    for (const QByteArray &value : headerValues)
        parseOne(QString::fromUtf8(value), challenges);
    return challenges;
}

const AuthChallenge *AuthChallenge::preferred(const QList<AuthChallenge> &challenges)
{
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isBearer())
            return &challenge;
    }
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isBasic())
            return &challenge;
    }
    return nullptr;
}

QString TokenScope::repository(const QString &path, const QStringList &actions)
{
    return QStringLiteral("repository:%1:%2").arg(path, actions.join(QLatin1Char(',')));
}

QStringList TokenScope::normalized(const QStringList &scopes)
{
    QMap<QString, QSet<QString>> byResource;
    for (const QString &scope : scopes) {
        for (const QString &single : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto [resource, actions] = splitScope(single);
            QSet<QString> &set = byResource[resource];
            for (const QString &action : actions.split(QLatin1Char(','), Qt::SkipEmptyParts))
                set.insert(action);
        }
    }
    QStringList result;
    for (auto it = byResource.cbegin(); it != byResource.cend(); ++it) {
        QStringList actions(it.value().cbegin(), it.value().cend());
        actions.sort();
        result.append(it.key() + QLatin1Char(':') + actions.join(QLatin1Char(',')));
    }
    return result;
}

bool TokenScope::covers(const QStringList &granted, const QStringList &needed)
{
    QMap<QString, QSet<QString>> have;
    for (const QString &scope : normalized(granted)) {
        const auto [resource, actions] = splitScope(scope);
        for (const QString &action : actions.split(QLatin1Char(','), Qt::SkipEmptyParts))
            have[resource].insert(action);
    }
    for (const QString &scope : normalized(needed)) {
        const auto [resource, actions] = splitScope(scope);
        for (const QString &action : actions.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!have.value(resource).contains(action))
                return false;
        }
    }
    return true;
}

QString LinkHeader::nextTarget(const QList<QByteArray> &headerValues)
{
    for (const QByteArray &raw : headerValues) {
        const QString value = QString::fromUtf8(raw);
        qsizetype pos = 0;
        while (pos < value.size()) {
            const qsizetype open = value.indexOf(QLatin1Char('<'), pos);
            if (open < 0)
                break;
            const qsizetype close = value.indexOf(QLatin1Char('>'), open);
            if (close < 0)
                break;
            const QString target = value.mid(open + 1, close - open - 1).trimmed();
            // Parameters run until the next link (a comma outside quotes followed by '<').
            qsizetype end = close + 1;
            bool quoted = false;
            for (; end < value.size(); ++end) {
                const QChar c = value.at(end);
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char(',') && !quoted)
                    break;
            }
            const QString params = value.mid(close + 1, end - close - 1);
            for (const QString &param : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString name = param.section(QLatin1Char('='), 0, 0).trimmed().toLower();
                QString paramValue = param.section(QLatin1Char('='), 1).trimmed();
                if (paramValue.startsWith(QLatin1Char('"')) && paramValue.endsWith(QLatin1Char('"')) && paramValue.size() >= 2)
                    paramValue = paramValue.mid(1, paramValue.size() - 2);
                if (name == QLatin1String("rel")
                    && paramValue.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QStringLiteral("next"), Qt::CaseInsensitive))
                    return target;
            }
            pos = end + 1;
        }
    }
    return {};
}

} // namespace Manifold::Registry
