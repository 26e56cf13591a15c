#include "ui/platforms/platformsdialog.h"

#include "ui/platforms/platformsmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Manifold::Ui {

PlatformsDialog::PlatformsDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new PlatformsModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("platformsDialog"));
    setWindowTitle(tr("Platforms"));
    resize(860, 420);

    m_summary->setObjectName(QStringLiteral("platformsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Probing this host…"));

    m_table->setObjectName(QStringLiteral("platformsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("platformsRefresh"));
    QPushButton *copy = buttons->addButton(tr("&Copy Fix"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("platformsCopyFix"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, [this] { m_model->refresh(); });
    connect(copy, &QPushButton::clicked, this, &PlatformsDialog::copyFix);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_model, &PlatformsModel::modelReset, this, &PlatformsDialog::updateSummary);
    m_model->refresh();
}

void PlatformsDialog::updateSummary()
{
    const HostCapabilities &host = m_model->capabilities();
    int native = 0;
    int emulated = 0;
    for (const PlatformSupport &support : host.platforms) {
        native += support.kind == PlatformSupport::Kind::Native;
        emulated += support.kind == PlatformSupport::Kind::Emulated;
    }
    QString binfmt = host.binfmt.mounted
                         ? tr("binfmt_misc mounted, %n handler(s)", nullptr,
                              int(host.binfmt.handlers.size()))
                         : tr("binfmt_misc is not mounted");
    m_summary->setText(tr("Host %1 (%2). %3 native, %4 by QEMU emulation. %5.")
                           .arg(host.host.toString(), host.machine)
                           .arg(native)
                           .arg(emulated)
                           .arg(binfmt));
    m_table->resizeColumnsToContents();
}

void PlatformsDialog::copyFix()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString fix =
        m_model->index(current.row(), PlatformsModel::FixColumn).data().toString();
    if (!fix.isEmpty())
        QGuiApplication::clipboard()->setText(fix);
}

} // namespace Manifold::Ui
