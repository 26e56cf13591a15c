// Runtime proof that the catalogues load: the studio's window and the real `manifold` binary
// speak Simplified Chinese when asked to, and English otherwise.
#include "tsfile.h"

#include "ui/app/languagesetting.h"
#include "core/utils/translations.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Manifold;
using namespace Manifold::Test;

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

// What QAction shows as tool tip when none was set: its text without "&" and "...".
QString automaticToolTip(QString text)
{
    return text.remove(QStringLiteral("...")).remove('&').trimmed();
}

enum class Kind { MenuTitles, ActionTexts, DockTitles, ToolTips, Labels };

QStringList visibleTexts(const QMainWindow &window, Kind kind)
{
    QStringList texts;
    switch (kind) {
    case Kind::MenuTitles:
        for (const QMenu *menu : window.findChildren<QMenu *>())
            texts << menu->title();
        break;
    case Kind::ActionTexts:
        for (const QAction *action : window.findChildren<QAction *>())
            texts << action->text();
        break;
    case Kind::DockTitles:
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
            texts << dock->windowTitle();
        break;
    case Kind::ToolTips:
        for (const QWidget *widget : window.findChildren<QWidget *>())
            texts << widget->toolTip();
        for (const QAction *action : window.findChildren<QAction *>()) {
            // QAction falls back to its text as tool tip; only explicit ones count.
            if (action->toolTip() != automaticToolTip(action->text()))
                texts << action->toolTip();
        }
        break;
    case Kind::Labels:
        for (const QLabel *label : window.findChildren<QLabel *>())
            texts << label->text();
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
            texts << button->text();
        break;
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

class tst_TranslatedUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowSpeaksChinese_data();
    void windowSpeaksChinese();
    void commandLineFollowsTheLocale_data();
    void commandLineFollowsTheLocale();
    void localeNamesMapToShippedLanguages_data();
    void localeNamesMapToShippedLanguages();
    void languageMenuOffersEveryLanguage();
    void manPageAndCompletionsStayEnglish();

private:
    // English sources whose Chinese translation differs: none of them may show untranslated.
    QSet<QString> m_translatedSources;
    QTemporaryDir m_dir;
};

void tst_TranslatedUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ManifoldTest");
    QCoreApplication::setApplicationName("tst_translatedui");
    QSettings().clear();
    const TsFile ts = TsFile::load(QStringLiteral(MANIFOLD_TS_DIR "/manifold_zh_CN.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus && m.type.isEmpty() && !m.translations.value(0).isEmpty() && m.translations.value(0) != m.source)
            m_translatedSources.insert(m.source);
    }
    QVERIFY(m_translatedSources.size() > 100);
    QVERIFY(m_dir.isValid());
}

void tst_TranslatedUi::windowSpeaksChinese_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("menu titles") << int(Kind::MenuTitles);
    QTest::newRow("action texts") << int(Kind::ActionTexts);
    QTest::newRow("dock titles") << int(Kind::DockTitles);
    QTest::newRow("tool tips") << int(Kind::ToolTips);
    QTest::newRow("labels and buttons") << int(Kind::Labels);
}

void tst_TranslatedUi::windowSpeaksChinese()
{
    QFETCH(int, kind);
    // The catalogue lrelease compiled for the executable, loaded the way the studio loads it.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(MANIFOLD_QM_DIR "/manifold_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    Ui::MainWindow window;
    window.openInitialProject();
    const QStringList texts = visibleTexts(window, Kind(kind));
    QCoreApplication::removeTranslator(&translator);

    QStringList untranslated;
    int chinese = 0;
    for (const QString &text : texts) {
        if (m_translatedSources.contains(text))
            untranslated << text;
        chinese += hasChinese(text) ? 1 : 0;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable("shown in English: " + untranslated.join(" | ")));
    QVERIFY2(chinese > 0, qPrintable("no Chinese text among: " + texts.join(" | ")));
}

void tst_TranslatedUi::commandLineFollowsTheLocale_data()
{
    QFile dockerfile(m_dir.filePath("Dockerfile"));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    // Lowercase "as" after an uppercase FROM, and an undefined variable: two build check findings.
    dockerfile.write("FROM busybox as build\nRUN echo $UNDEFINED_NAME\n");
    dockerfile.close();

    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("english"); // must appear in English output, must not in Chinese
    const QStringList zh{"LANG=zh_CN.UTF-8"};
    const QStringList c{"LANG=C.UTF-8"};
    const QString file = dockerfile.fileName();
    QTest::newRow("--help, LANG=zh_CN") << zh << QStringList{"--help"} << true << "Commands:";
    QTest::newRow("--help, LANG=C") << c << QStringList{"--help"} << false << "Commands:";
    QTest::newRow("lint --help, LANG=zh_CN") << zh << QStringList{"lint", "--help"} << true << "Target platforms";
    QTest::newRow("lint finding, LANG=zh_CN") << zh << QStringList{"lint", file} << true << "warning:";
    QTest::newRow("lint finding, LANG=C") << c << QStringList{"lint", file} << false << "warning:";
    QTest::newRow("lint finding, LANGUAGE=zh_CN") << QStringList{"LANG=en_US.UTF-8", "LANGUAGE=zh_CN"}
                                                  << QStringList{"lint", file} << true << "warning:";
    QTest::newRow("MANIFOLD_LANG=zh_CN overrides LANG=C") << QStringList{"LANG=C.UTF-8", "MANIFOLD_LANG=zh_CN"}
                                                          << QStringList{"platforms"} << true << "PLATFORM";
    QTest::newRow("MANIFOLD_LANG=en overrides LANG=zh_CN") << QStringList{"LANG=zh_CN.UTF-8", "MANIFOLD_LANG=en"}
                                                           << QStringList{"platforms"} << false << "PLATFORM";
    QTest::newRow("usage error, LANG=zh_CN") << zh << QStringList{"nosuchcommand"} << true << "unknown command";
}

void tst_TranslatedUi::commandLineFollowsTheLocale()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(bool, chinese);
    QFETCH(QString, english);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "MANIFOLD_LANG"})
        env.remove(QString::fromLatin1(name));
    for (const QString &assignment : environment)
        env.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
    QProcess manifold;
    manifold.setProcessEnvironment(env);
    manifold.setProcessChannelMode(QProcess::MergedChannels);
    manifold.start(QStringLiteral(MANIFOLD_BINARY), arguments);
    QVERIFY2(manifold.waitForFinished(60000), qPrintable(manifold.errorString()));
    const QString output = QString::fromUtf8(manifold.readAll());
    QVERIFY2(manifold.exitStatus() == QProcess::NormalExit, qPrintable(output));
    QCOMPARE(hasChinese(output), chinese);
    QVERIFY2(output.contains(english) != chinese, qPrintable(output));
}

void tst_TranslatedUi::localeNamesMapToShippedLanguages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN.UTF-8") << "zh_CN.UTF-8" << "zh_CN";
    QTest::newRow("zh-Hans-CN (uiLanguages form)") << "zh-Hans-CN" << "zh_CN";
    QTest::newRow("plain zh") << "zh" << "zh_CN";
    QTest::newRow("zh_SG") << "zh_SG" << "zh_CN";
    QTest::newRow("zh_TW is not Simplified") << "zh_TW.UTF-8" << "";
    QTest::newRow("zh-Hant-HK is not Simplified") << "zh-Hant-HK" << "";
    QTest::newRow("en_GB") << "en_GB.UTF-8" << "en";
    QTest::newRow("C") << "C" << "en";
    QTest::newRow("POSIX") << "POSIX" << "en";
    QTest::newRow("de_DE has no catalogue") << "de_DE.UTF-8" << "";
    QTest::newRow("empty") << "" << "";
}

void tst_TranslatedUi::localeNamesMapToShippedLanguages()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QCOMPARE(Utils::matchLanguage(name), language);
}

void tst_TranslatedUi::languageMenuOffersEveryLanguage()
{
    QSettings().setValue("ui/language", "zh_CN");
    Ui::MainWindow window;
    auto menu = window.findChild<QMenu *>("menuLanguage");
    QVERIFY(menu);
    auto view = window.menuBar()->findChild<QMenu *>("menuView");
    QVERIFY(view && view->actions().contains(menu->menuAction()));
    QStringList names;
    for (const QAction *action : menu->actions()) {
        names << action->objectName();
        QCOMPARE(action->isChecked(), action->objectName() == "actionLanguage_zh_CN");
    }
    QCOMPARE(names, (QStringList{"actionLanguage_system", "actionLanguage_en", "actionLanguage_zh_CN"}));
    // Each language is named in its own script, so it can be found from any language.
    QCOMPARE(menu->findChild<QAction *>("actionLanguage_zh_CN")->text(), QString::fromUtf8("简体中文"));
    QCOMPARE(menu->findChild<QAction *>("actionLanguage_en")->text(), QStringLiteral("English"));
    QCOMPARE(Ui::LanguageSetting::configured(), QStringLiteral("zh_CN"));
    QSettings().remove("ui/language");
    QCOMPARE(Ui::LanguageSetting::configured(), QStringLiteral("system"));
}

void tst_TranslatedUi::manPageAndCompletionsStayEnglish()
{
    // The packaging step runs on build machines of any locale; what it ships must be English.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LANG", "zh_CN.UTF-8");
    env.insert("LANGUAGE", "zh_CN");
    env.insert("MANIFOLD_LANG", "zh_CN");
    QProcess script;
    script.setProcessEnvironment(env);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start("bash", {QStringLiteral(MANIFOLD_SOURCE_DIR "/installer/linux/generate-cli-files.sh"),
                          QStringLiteral(MANIFOLD_BINARY), out.path(), "0.0-test"});
    QVERIFY2(script.waitForFinished(120000), qPrintable(script.errorString()));
    QVERIFY2(script.exitCode() == 0, script.readAll().constData());
    QProcess gunzip;
    gunzip.start("gzip", {"-dc", out.filePath("manifold.1.gz")});
    QVERIFY(gunzip.waitForFinished(30000));
    const QString manPage = QString::fromUtf8(gunzip.readAllStandardOutput());
    QVERIFY2(manPage.contains(".SS lint") && manPage.contains("Usage: manifold lint"), qPrintable(manPage.left(2000)));
    QVERIFY2(!hasChinese(manPage), "the man page contains Chinese text");
    for (const char *name : {"manifold.bash", "_manifold"}) {
        QFile completion(out.filePath(QString::fromLatin1(name)));
        QVERIFY(completion.open(QIODevice::ReadOnly));
        QVERIFY2(!hasChinese(QString::fromUtf8(completion.readAll())), name);
    }
}

QTEST_MAIN(tst_TranslatedUi)
#include "tst_translatedui.moc"
