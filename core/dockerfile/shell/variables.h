#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Manifold::Dockerfile {

// An ordered set of variables (a stage's ENV and ARGs, the global ARGs): later definitions
// replace earlier ones in place, so iteration order is the declaration order BuildKit keeps.
class Variables
{
public:
    Variables() = default;
    // "KEY=value" entries as in an image config's Env; an entry without '=' is set and empty.
    static Variables fromEnvList(const QStringList &entries);

    void set(const QString &name, const QString &value);
    void remove(const QString &name);
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    // Null QString when unset (an empty but set value is an empty, non-null QString).
    QString value(const QString &name) const;
    const QString *find(const QString &name) const;
    QStringList names() const;
    QStringList toEnvList() const;
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Adds every entry of `other`, replacing existing ones.
    void merge(const Variables &other);

    bool operator==(const Variables &other) const = default;

private:
    struct Entry
    {
        QString name;
        QString value;
        bool operator==(const Entry &other) const = default;
    };
    int indexOf(const QString &name) const;
    QList<Entry> m_entries;
};

} // namespace Manifold::Dockerfile
