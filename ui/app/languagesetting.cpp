#include "ui/app/languagesetting.h"

#include "core/utils/translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

namespace Manifold::Ui {

using namespace Manifold::Utils;

namespace {

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QString systemChoice()
{
    return QStringLiteral("system");
}

} // namespace

QString LanguageSetting::configured()
{
    const QString value = QSettings().value(settingsKey(), systemChoice()).toString();
    return availableLanguages().contains(value) ? value : systemChoice();
}

QString LanguageSetting::preferred()
{
    if (const QString forced = languageOverride(); !forced.isEmpty())
        return forced;
    const QString choice = configured();
    return choice == systemChoice() ? systemLanguage() : choice;
}

QString LanguageSetting::apply(const QString &choice)
{
    const QString stored = availableLanguages().contains(choice) ? choice : systemChoice();
    QSettings().setValue(settingsKey(), stored);
    return installTranslations(preferred());
}

QStringList LanguageSetting::choices()
{
    return QStringList{systemChoice()} + availableLanguages();
}

QString LanguageSetting::displayName(const QString &choice)
{
    if (choice == QLatin1String("en"))
        return QStringLiteral("English");
    if (choice == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return LanguageMenu::tr("System Default (%1)").arg(displayName(systemLanguage()));
}

LanguageMenu::LanguageMenu(QMainWindow *window)
    : QMenu(window)
    , m_window(window)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    const QString current = LanguageSetting::configured();
    for (const QString &choice : LanguageSetting::choices()) {
        QAction *action = addAction(LanguageSetting::displayName(choice));
        action->setObjectName(QStringLiteral("actionLanguage_") + choice);
        action->setData(choice);
        action->setCheckable(true);
        action->setChecked(choice == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { choose(choice); });
    }
    retranslate();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    for (QAction *action : m_group->actions())
        action->setText(LanguageSetting::displayName(action->data().toString()));
}

void LanguageMenu::choose(const QString &choice)
{
    const QString language = LanguageSetting::apply(choice);
    emit languageChanged(language);

    // Most of the window was built with the previous language; a restart redraws all of it.
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("Manifold now uses %1. Dialogs opened from now on use it; the main window "
                       "changes completely after a restart.")
                        .arg(LanguageSetting::displayName(language)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("languageRestartBox"));
    QPushButton *restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restart || !m_window->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

} // namespace Manifold::Ui
