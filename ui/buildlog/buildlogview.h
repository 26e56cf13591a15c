#pragma once

#include "core/build/buildevent.h"
#include "ui/buildlog/loglinestore.h"

#include <QWidget>

class QLineEdit;
class QTabBar;
class QToolButton;

namespace Manifold::Ui {

class LogTextView;

// The Build Log dock: an "All" tab plus one tab per target platform, ANSI colours, search,
// follow mode (keeps the newest line in view until the user scrolls up) and copy. Every line
// lives once in a LogLineStore; tabs are views on it, painted by one LogTextView.
class BuildLogView : public QWidget
{
    Q_OBJECT
public:
    explicit BuildLogView(QWidget *parent = nullptr);

    // Replaces the tabs (and clears the log).
    void setPlatforms(const QStringList &platforms);
    QStringList platforms() const { return m_platforms; }

    // `platform` empty: a line about the whole build (shown in "All" only).
    void appendLine(const QString &platform, const QString &rawText);
    void appendEvent(const Build::BuildEvent &event);
    void clear();
    // Brings the view up to date with every appended line now, instead of on the next frame.
    void flush();

    const LogLineStore &store() const { return m_store; }
    // Lines in the log of `platform` (empty: all lines).
    qsizetype lineCount(const QString &platform = {}) const;
    // The plain text (escape sequences removed) of `row` of the log of `platform`.
    QString lineText(const QString &platform, qsizetype row) const;
    LogTextView *textView() const { return m_text; }
    QTabBar *tabBar() const { return m_tabs; }

    bool follow() const;
    void setFollow(bool follow);
    // Selects and shows the next (or previous) line containing `text`; false when none does.
    bool find(const QString &text, bool backwards = false);
    QString selectedText() const;
    void copySelection() const;
    void focusSearch();

private:
    int ensurePlatform(const QString &platform);
    int platformIndex(const QString &platform) const;
    void showTab(int tab);

    LogLineStore m_store;
    QTabBar *m_tabs;
    LogTextView *m_text;
    QLineEdit *m_search;
    QToolButton *m_follow;
    QStringList m_platforms;
};

} // namespace Manifold::Ui
