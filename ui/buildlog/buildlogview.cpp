#include "ui/buildlog/buildlogview.h"

#include "ui/buildlog/logtextview.h"
#include "ui/style/themedicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Manifold::Ui {

namespace {

constexpr QLatin1String Bold("\x1b[1m");
constexpr QLatin1String Reset("\x1b[0m");

QString colored(const QString &text, int sgr)
{
    return QStringLiteral("\x1b[%1m").arg(sgr) + text + Reset;
}

} // namespace

BuildLogView::BuildLogView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_text(new LogTextView(&m_store, this))
    , m_search(new QLineEdit(this))
    , m_follow(new QToolButton(this))
{
    setObjectName(QStringLiteral("buildLogView"));
    m_tabs->setObjectName(QStringLiteral("buildLogTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);

    m_text->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_search->setObjectName(QStringLiteral("buildLogSearch"));
    m_search->setPlaceholderText(tr("Search log"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);

    auto makeButton = [this](const QString &name, const QString &icon, const QString &text, const QString &tip) {
        auto button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(themedIcon(icon));
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    QToolButton *previous = makeButton(QStringLiteral("buildLogFindPrevious"), QStringLiteral("find-previous"), tr("Previous"), tr("Find previous (Shift+F3)"));
    QToolButton *next = makeButton(QStringLiteral("buildLogFindNext"), QStringLiteral("find-next"), tr("Next"), tr("Find next (F3)"));
    m_follow->setObjectName(QStringLiteral("buildLogFollow"));
    m_follow->setIcon(themedIcon(QStringLiteral("follow")));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setAutoRaise(true);
    QToolButton *copy = makeButton(QStringLiteral("buildLogCopy"), QStringLiteral("copy"), tr("Copy"), tr("Copy the selected lines"));
    QToolButton *clearButton = makeButton(QStringLiteral("buildLogClear"), QStringLiteral("clear"), tr("Clear"), tr("Clear the log"));

    auto top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs, 1);
    top->addWidget(m_search);
    top->addWidget(previous);
    top->addWidget(next);
    top->addWidget(m_follow);
    top->addWidget(copy);
    top->addWidget(clearButton);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);

    auto copyAction = new QAction(tr("Copy"), m_text);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &BuildLogView::copySelection);
    m_text->addAction(copyAction);
    auto selectAll = new QAction(tr("Select All"), m_text);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, m_text, &LogTextView::selectAll);
    m_text->addAction(selectAll);
    auto findNext = new QAction(tr("Find Next"), this);
    findNext->setShortcut(QKeySequence::FindNext);
    findNext->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNext, &QAction::triggered, this, [this] { find(m_search->text()); });
    addAction(findNext);
    auto findPrevious = new QAction(tr("Find Previous"), this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    findPrevious->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPrevious, &QAction::triggered, this, [this] { find(m_search->text(), true); });
    addAction(findPrevious);

    connect(m_tabs, &QTabBar::currentChanged, this, &BuildLogView::showTab);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_text, &LogTextView::setHighlight);
    connect(previous, &QToolButton::clicked, this, [this] { find(m_search->text(), true); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_search->text()); });
    connect(copy, &QToolButton::clicked, this, &BuildLogView::copySelection);
    connect(clearButton, &QToolButton::clicked, this, &BuildLogView::clear);
    connect(m_follow, &QToolButton::toggled, m_text, &LogTextView::setFollow);
    connect(m_text, &LogTextView::followChanged, m_follow, &QToolButton::setChecked);

    setPlatforms({});
}

void BuildLogView::setPlatforms(const QStringList &platforms)
{
    m_store.clear();
    m_platforms.clear();
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    m_tabs->addTab(tr("All"));
    for (const QString &platform : platforms)
        ensurePlatform(platform);
    m_text->setPlatformNames(m_platforms);
    m_tabs->setCurrentIndex(0);
    showTab(0);
}

int BuildLogView::platformIndex(const QString &platform) const
{
    return int(m_platforms.indexOf(platform));
}

int BuildLogView::ensurePlatform(const QString &platform)
{
    const int existing = platformIndex(platform);
    if (existing >= 0)
        return existing;
    m_platforms << platform;
    m_text->setPlatformNames(m_platforms);
    m_tabs->addTab(platform);
    return int(m_platforms.size() - 1);
}

qsizetype BuildLogView::lineCount(const QString &platform) const
{
    if (platform.isEmpty())
        return m_store.size();
    const int index = platformIndex(platform);
    return index < 0 ? 0 : m_store.count(index);
}

QString BuildLogView::lineText(const QString &platform, qsizetype row) const
{
    const int filter = platform.isEmpty() ? LogLineStore::AllPlatforms : platformIndex(platform);
    if (!platform.isEmpty() && filter < 0)
        return {};
    return m_store.text(m_store.lineAt(filter, row)).toString();
}

void BuildLogView::showTab(int tab)
{
    if (tab < 0 || tab > m_platforms.size())
        return;
    m_text->setShowPlatform(tab == 0);
    m_text->setFilter(tab == 0 ? LogLineStore::AllPlatforms : tab - 1);
}

void BuildLogView::appendLine(const QString &platform, const QString &rawText)
{
    m_store.append(rawText, platform.isEmpty() ? -1 : ensurePlatform(platform));
    m_text->linesAppended();
}

void BuildLogView::appendEvent(const Build::BuildEvent &event)
{
    using Kind = Build::BuildEvent::Kind;
    const QString platform = event.platform.isEmpty() ? QString() : event.platform.toString();
    const QString where = event.stage.isEmpty() ? QString()
                          : event.stepCount > 0
                              ? QStringLiteral("[%1 %2/%3] ").arg(event.stage).arg(event.step).arg(event.stepCount)
                              : QStringLiteral("[%1] ").arg(event.stage);
    const QString seconds = event.seconds >= 0 ? QStringLiteral(" (%1 s)").arg(event.seconds, 0, 'f', 1) : QString();
    switch (event.kind) {
    case Kind::Log:
        appendLine(platform, event.text);
        break;
    case Kind::Phase:
        appendLine(platform, Bold + QStringLiteral("==> ") + event.text + Reset);
        break;
    case Kind::StepStarted:
        appendLine(platform, Bold + where + Reset + event.instruction);
        break;
    case Kind::StepCached:
        appendLine(platform, colored(where + tr("CACHED ") + event.instruction, 35));
        break;
    case Kind::StepFinished:
        appendLine(platform, colored(where + tr("done") + seconds, 32));
        break;
    case Kind::StepFailed:
        appendLine(platform, colored(where + tr("FAILED: ") + event.text, 31));
        break;
    case Kind::PlatformFinished:
        appendLine(platform, event.exitCode == 0 ? colored(tr("Finished") + seconds, 32)
                                                 : colored(tr("Failed with exit code %1").arg(event.exitCode) + seconds, 31));
        break;
    case Kind::Error:
        appendLine(platform, colored(tr("error: ") + event.text, 31));
        break;
    }
}

void BuildLogView::clear()
{
    m_store.clear();
    m_text->reset();
}

void BuildLogView::flush()
{
    m_text->catchUp();
}

bool BuildLogView::follow() const
{
    return m_text->follow();
}

void BuildLogView::setFollow(bool on)
{
    m_text->setFollow(on);
}

bool BuildLogView::find(const QString &text, bool backwards)
{
    flush();
    const qsizetype rows = m_text->rowCount();
    const qsizetype current = m_text->currentRow();
    qsizetype from = 0;
    if (current >= 0)
        from = backwards ? current - 1 : current + 1;
    else if (backwards)
        from = rows - 1;
    if (from < 0)
        from = rows - 1;
    else if (from >= rows)
        from = 0;
    const qsizetype row = m_store.find(m_text->filter(), text, from, backwards);
    if (row < 0)
        return false;
    setFollow(false);
    m_text->setCurrentRow(row);
    m_text->scrollToRow(row, true);
    return true;
}

QString BuildLogView::selectedText() const
{
    return m_text->selectedText();
}

void BuildLogView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void BuildLogView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Manifold::Ui
