#include "ui/buildlog/buildlogview.h"

#include "ui/buildlog/buildlogdelegate.h"
#include "ui/buildlog/buildlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_list(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_follow(new QToolButton(this))
    , m_delegate(new BuildLogDelegate(this))
{
    setObjectName(QStringLiteral("buildLogView"));
    m_tabs->setObjectName(QStringLiteral("buildLogTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);

    m_list->setObjectName(QStringLiteral("buildLogList"));
    m_list->setUniformItemSizes(true);
    m_list->setLayoutMode(QListView::SinglePass);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setItemDelegate(m_delegate);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_search->setObjectName(QStringLiteral("buildLogSearch"));
    m_search->setPlaceholderText(tr("Search log"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    QToolButton *previous = makeButton(QStringLiteral("buildLogFindPrevious"), tr("Previous"), tr("Find previous (Shift+F3)"));
    QToolButton *next = makeButton(QStringLiteral("buildLogFindNext"), tr("Next"), tr("Find next (F3)"));
    m_follow->setObjectName(QStringLiteral("buildLogFollow"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setAutoRaise(true);
    QToolButton *copy = makeButton(QStringLiteral("buildLogCopy"), tr("Copy"), tr("Copy the selected lines"));
    QToolButton *clearButton = makeButton(QStringLiteral("buildLogClear"), tr("Clear"), tr("Clear the log"));

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
    layout->addWidget(m_list, 1);

    auto copyAction = new QAction(tr("Copy"), m_list);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &BuildLogView::copySelection);
    m_list->addAction(copyAction);
    auto selectAll = new QAction(tr("Select All"), m_list);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, m_list, &QListView::selectAll);
    m_list->addAction(selectAll);
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
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delegate->setHighlight(text);
        m_list->viewport()->update();
    });
    connect(previous, &QToolButton::clicked, this, [this] { find(m_search->text(), true); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_search->text()); });
    connect(copy, &QToolButton::clicked, this, &BuildLogView::copySelection);
    connect(clearButton, &QToolButton::clicked, this, &BuildLogView::clear);
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_list->scrollToBottom();
    });
    // Scrolling away from the bottom by hand pauses following; coming back resumes it.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_scrolling)
            return;
        const QScrollBar *bar = m_list->verticalScrollBar();
        if (value < bar->maximum() && m_follow->isChecked() && m_list->isVisible()
            && (QApplication::mouseButtons() != Qt::NoButton || m_list->hasFocus()))
            m_follow->setChecked(false);
    });

    setPlatforms({});
}

void BuildLogView::setPlatforms(const QStringList &platforms)
{
    m_list->setModel(nullptr);
    qDeleteAll(m_models);
    m_models.clear();
    m_platforms.clear();
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);

    auto all = new BuildLogModel(this);
    all->setObjectName(QStringLiteral("buildLogAllModel"));
    connect(all, &BuildLogModel::rowsInserted, this, &BuildLogView::onRowsInserted);
    m_models << all;
    m_tabs->addTab(tr("All"));
    for (const QString &platform : platforms)
        ensurePlatform(platform);
    m_tabs->setCurrentIndex(0);
    showTab(0);
}

int BuildLogView::ensurePlatform(const QString &platform)
{
    const qsizetype existing = m_platforms.indexOf(platform);
    if (existing >= 0)
        return int(existing);
    m_platforms << platform;
    m_models.first()->setPlatformNames(m_platforms);
    auto model = new BuildLogModel(this);
    model->setObjectName(QStringLiteral("buildLogModel:") + platform);
    model->setPlatformNames(m_platforms);
    connect(model, &BuildLogModel::rowsInserted, this, &BuildLogView::onRowsInserted);
    m_models << model;
    m_tabs->addTab(platform);
    return int(m_platforms.size() - 1);
}

BuildLogModel *BuildLogView::platformModel(const QString &platform) const
{
    const qsizetype index = m_platforms.indexOf(platform);
    return index < 0 ? nullptr : m_models.at(index + 1);
}

BuildLogModel *BuildLogView::currentModel() const
{
    return m_models.value(qMax(0, m_tabs->currentIndex()), m_models.first());
}

void BuildLogView::showTab(int tab)
{
    if (tab < 0 || tab >= m_models.size())
        return;
    m_delegate->setShowPlatform(tab == 0);
    m_list->setModel(m_models.at(tab));
    if (m_follow->isChecked())
        m_list->scrollToBottom();
}

void BuildLogView::appendLine(const QString &platform, const QString &rawText)
{
    if (platform.isEmpty()) {
        m_models.first()->appendLine(rawText, -1);
        return;
    }
    const int index = ensurePlatform(platform);
    m_models.first()->appendLine(rawText, index);
    m_models.at(index + 1)->appendLine(rawText, index);
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
    for (BuildLogModel *model : std::as_const(m_models))
        model->clear();
}

void BuildLogView::flush()
{
    for (BuildLogModel *model : std::as_const(m_models))
        model->flush();
}

void BuildLogView::onRowsInserted()
{
    if (sender() != m_list->model() || !m_follow->isChecked() || m_scrollPending)
        return;
    // The view lays the new rows out after this signal; scroll once that is done.
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (!m_follow->isChecked())
            return;
        m_scrolling = true;
        m_list->scrollToBottom();
        m_scrolling = false;
    });
}

bool BuildLogView::follow() const
{
    return m_follow->isChecked();
}

void BuildLogView::setFollow(bool on)
{
    m_follow->setChecked(on);
}

bool BuildLogView::find(const QString &text, bool backwards)
{
    BuildLogModel *model = currentModel();
    model->flush();
    const QModelIndex current = m_list->currentIndex();
    int from = 0;
    if (current.isValid())
        from = backwards ? current.row() - 1 : current.row() + 1;
    else if (backwards)
        from = model->rowCount() - 1;
    const int row = model->find(text, from < 0 ? model->rowCount() - 1 : from, backwards);
    if (row < 0)
        return false;
    setFollow(false);
    const QModelIndex index = model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString BuildLogView::selectedText() const
{
    QModelIndexList rows = m_list->selectionModel() ? m_list->selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const BuildLogModel *model = currentModel();
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        QString line = model->plainText(index.row());
        const QString platform = index.data(BuildLogModel::PlatformNameRole).toString();
        if (m_tabs->currentIndex() == 0 && !platform.isEmpty())
            line.prepend(platform + QLatin1Char(' '));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
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
