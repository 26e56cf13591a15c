#include "ui/mainwindow/tlsexceptionsindicator.h"

#include "ui/inspector/tlsexceptionsmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Manifold::Ui {

TlsExceptionsIndicator::TlsExceptionsIndicator(TlsExceptionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("tlsExceptionsIndicator"));
    m_icon->setObjectName(QStringLiteral("tlsExceptionsIcon"));
    m_text->setObjectName(QStringLiteral("tlsExceptionsText"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TlsExceptionsIndicator::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TlsExceptionsIndicator::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TlsExceptionsIndicator::refresh);
    refresh();
}

QString TlsExceptionsIndicator::text() const
{
    return m_text->text();
}

void TlsExceptionsIndicator::refresh()
{
    m_text->setText(m_model->summary());
    const QString details = tr("Registries used without verified TLS:\n%1\nUnset the variable and restart to verify TLS again.")
                                .arg(m_model->descriptions().join(QLatin1Char('\n')));
    setToolTip(m_model->isEmpty() ? QString() : details);
    setVisible(!m_model->isEmpty());
}

} // namespace Manifold::Ui
