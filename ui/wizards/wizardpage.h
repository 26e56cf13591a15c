#pragma once

#include <QWizardPage>

#include <functional>

namespace Manifold::Ui {

// A wizard page whose completeness is a predicate, re-evaluated by refresh() (after
// asynchronous work finishes or a field changes).
class WizardPage : public QWizardPage
{
public:
    explicit WizardPage(const QString &objectName, QWidget *parent = nullptr)
        : QWizardPage(parent)
    {
        setObjectName(objectName);
    }

    void setCompletePredicate(std::function<bool()> predicate)
    {
        m_complete = std::move(predicate);
        refresh();
    }
    void refresh() { emit completeChanged(); }
    bool isComplete() const override { return m_complete ? m_complete() : QWizardPage::isComplete(); }

private:
    std::function<bool()> m_complete;
};

} // namespace Manifold::Ui
