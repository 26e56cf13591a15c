#pragma once

// Driving a QWizard like a user in the wizard tests: type into a line edit found by objectName,
// press Next (or the commit button) once it is enabled.
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWizard>

namespace Manifold::Test::WizardDriver {

inline void typeInto(QWidget *root, const char *objectName, const QString &text)
{
    auto edit = root->findChild<QLineEdit *>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void clickNext(QWizard &wizard)
{
    QAbstractButton *next = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                                 : wizard.button(QWizard::NextButton);
    QVERIFY(next);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60000);
    QTest::mouseClick(next, Qt::LeftButton);
}

} // namespace Manifold::Test::WizardDriver
