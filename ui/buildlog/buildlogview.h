#pragma once

#include "core/build/buildevent.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLineEdit;
class QListView;
class QTabBar;
class QToolButton;

namespace Manifold::Ui {

class BuildLogDelegate;
class BuildLogModel;

// The Build Log dock: an "All" tab plus one tab per target platform, ANSI colours, search,
// follow mode (keeps the newest line in view until the user scrolls up) and copy.
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
    // Moves queued lines into every model now.
    void flush();

    BuildLogModel *allModel() const { return m_models.first(); }
    BuildLogModel *platformModel(const QString &platform) const;
    BuildLogModel *currentModel() const;
    QListView *listView() const { return m_list; }
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
    void showTab(int tab);
    void onRowsInserted();

    QTabBar *m_tabs;
    QListView *m_list;
    QLineEdit *m_search;
    QToolButton *m_follow;
    BuildLogDelegate *m_delegate;
    QStringList m_platforms;
    QList<BuildLogModel *> m_models; // [0] is "All"
    bool m_scrolling = false;
    bool m_scrollPending = false;
};

} // namespace Manifold::Ui
