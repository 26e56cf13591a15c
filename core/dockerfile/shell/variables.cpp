#include "core/dockerfile/shell/variables.h"

namespace Manifold::Dockerfile {

Variables Variables::fromEnvList(const QStringList &entries)
{
    Variables variables;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0)
            variables.set(entry, QString(QLatin1String("")));
        else
            variables.set(entry.left(equals), entry.mid(equals + 1));
    }
    return variables;
}

int Variables::indexOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

void Variables::set(const QString &name, const QString &value)
{
    // Keep "set but empty" distinguishable from unset.
    const QString stored = value.isNull() ? QString(QLatin1String("")) : value;
    const int index = indexOf(name);
    if (index >= 0)
        m_entries[index].value = stored;
    else
        m_entries.append(Entry{name, stored});
}

void Variables::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index >= 0)
        m_entries.removeAt(index);
}

QString Variables::value(const QString &name) const
{
    const QString *found = find(name);
    return found ? *found : QString();
}

const QString *Variables::find(const QString &name) const
{
    const int index = indexOf(name);
    return index >= 0 ? &m_entries.at(index).value : nullptr;
}

QStringList Variables::names() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.name);
    return result;
}

QStringList Variables::toEnvList() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.name + QLatin1Char('=') + entry.value);
    return result;
}

void Variables::merge(const Variables &other)
{
    for (const Entry &entry : other.m_entries)
        set(entry.name, entry.value);
}

} // namespace Manifold::Dockerfile
