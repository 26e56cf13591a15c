#pragma once

#include <QWidget>

class QLabel;

namespace Manifold::Ui {

class TlsExceptionsModel;

// The status bar's standing warning while any registry is used without verified TLS: an icon,
// the hosts, and a tooltip with each host and where its exception comes from. Hidden when the
// model is empty, so a warning on screen always means an exception is in force.
class TlsExceptionsIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit TlsExceptionsIndicator(TlsExceptionsModel *model, QWidget *parent = nullptr);

    QString text() const;

private:
    void refresh();

    TlsExceptionsModel *m_model;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Manifold::Ui
