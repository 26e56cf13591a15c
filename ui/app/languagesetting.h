#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

class QActionGroup;
class QMainWindow;

namespace Manifold::Ui {

// The studio's language choice: "system" (follow the system locale), "en" or "zh_CN", kept in
// QSettings under "ui/language".
class LanguageSetting
{
public:
    // The studio's language: MANIFOLD_LANG, else the setting when it names a shipped language,
    // else the system language.
    static QString preferred();
    static QString configured();
    // Saves the choice and loads its translations into the running application.
    // Returns the language now in use.
    static QString apply(const QString &choice);
    // "system", then every shipped language.
    static QStringList choices();
    // How the menu names a choice: each language in its own script, so a reader who does not
    // understand the current language still finds theirs.
    static QString displayName(const QString &choice);
};

// View ▸ Language: choosing an entry saves it and switches the translations at once. Windows
// built before the switch keep most of their text, so the menu offers to restart.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QMainWindow *window);

signals:
    // The language in use changed; `language` is "en" or "zh_CN".
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &choice);
    void retranslate();

    QMainWindow *m_window;
    QActionGroup *m_group;
};

} // namespace Manifold::Ui
