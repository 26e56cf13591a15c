// The .ts catalogues: in step with the sources, complete in Simplified Chinese, and with real
// English plural forms.
#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold::Test;

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(MANIFOLD_TS_DIR "/manifold_%1.ts").arg(language);
}

// The lupdate project CMake writes for qt_add_translations: include paths and the source list.
QMap<QString, QStringList> readLupdateProject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString() + " (build the update_translations target once)";
        return {};
    }
    QMap<QString, QStringList> values;
    static const QRegularExpression set(QStringLiteral("set\\((\\w+) \"([^\"]*)\"\\)"));
    auto it = set.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext()) {
        const auto match = it.next();
        values.insert(match.captured(1), match.captured(2).split(';', Qt::SkipEmptyParts));
    }
    return values;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?\\d{1,2})"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0).remove('L');
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString closing = match.captured(0).startsWith("</") ? QStringLiteral("/") : QString();
        found << closing + match.captured(1).toLower();
    }
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s;]"));
    return pattern.match(QString(text).remove("&&")).hasMatch() && !text.contains(QRegularExpression("&\\w+;"));
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

enum class Check { Finished, NotEmpty, Placeholders, HtmlTags, Mnemonics };

} // namespace

class tst_TranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cataloguesMatchTheSources_data();
    void cataloguesMatchTheSources();
    void chineseIsComplete_data();
    void chineseIsComplete();
    void englishHasPluralForms_data();
    void englishHasPluralForms();

private:
    QTemporaryDir m_fresh;
};

void tst_TranslationFiles::initTestCase()
{
    // Refresh copies of the committed catalogues from the current sources, exactly as the
    // update_translations target would.
    QVERIFY(m_fresh.isValid());
    QString error;
    const auto project = readLupdateProject(QStringLiteral(MANIFOLD_LUPDATE_PROJECT), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!project.value("lupdate_sources").isEmpty(), "the lupdate project lists no sources");
    QFile list(m_fresh.filePath("sources.lst"));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(project.value("lupdate_sources").join('\n').toUtf8() + '\n');
    list.close();

    QStringList arguments{"-silent", "-no-obsolete", "-locations", "none"};
    for (const QString &include : project.value("lupdate_include_paths"))
        arguments << "-I" + include;
    arguments << "@" + list.fileName() << "-ts";
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString copy = m_fresh.filePath("manifold_" + language + ".ts");
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        arguments << copy;
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MANIFOLD_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(240000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
}

void tst_TranslationFiles::cataloguesMatchTheSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("manifold_en.ts") << "en";
    QTest::newRow("manifold_zh_CN.ts") << "zh_CN";
}

void tst_TranslationFiles::cataloguesMatchTheSources()
{
    QFETCH(QString, language);
    const TsFile committed = TsFile::load(tsPath(language));
    const TsFile fresh = TsFile::load(m_fresh.filePath("manifold_" + language + ".ts"));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QHash<QString, TsMessage> before;
    for (const TsMessage &m : committed.messages)
        before.insert(m.key(), m);
    QStringList problems;
    QSet<QString> seen;
    for (const TsMessage &m : fresh.messages) {
        seen.insert(m.key());
        if (!before.contains(m.key()))
            problems << "new in the sources: " + describe(m);
        else if (before.value(m.key()).numerus != m.numerus)
            problems << "plural handling changed: " + describe(m);
    }
    for (const TsMessage &m : committed.messages) {
        if (!seen.contains(m.key()))
            problems << "gone from the sources: " + describe(m);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("translations/manifold_%1.ts is stale (%2 differences); run "
                                       "`cmake --build <build> --target update_translations` and translate:\n  %3")
                            .arg(language)
                            .arg(problems.size())
                            .arg(problems.mid(0, 60).join("\n  "))));
}

void tst_TranslationFiles::chineseIsComplete_data()
{
    QTest::addColumn<int>("check");
    QTest::newRow("finished") << int(Check::Finished);
    QTest::newRow("not empty") << int(Check::NotEmpty);
    QTest::newRow("placeholders (%1, %n)") << int(Check::Placeholders);
    QTest::newRow("HTML tags") << int(Check::HtmlTags);
    QTest::newRow("menu accelerators") << int(Check::Mnemonics);
}

void tst_TranslationFiles::chineseIsComplete()
{
    QFETCH(int, check);
    const TsFile ts = TsFile::load(tsPath("zh_CN"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("zh_CN"));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        for (const QString &t : m.translations) {
            switch (Check(check)) {
            case Check::Finished:
                if (m.type == QLatin1String("unfinished"))
                    problems << describe(m);
                break;
            case Check::NotEmpty:
                if (t.trimmed().isEmpty())
                    problems << describe(m);
                break;
            case Check::Placeholders: {
                // A plural form may leave %n implicit in Chinese only if the source has none.
                QStringList expected = placeholders(m.source);
                if (placeholders(t) != expected)
                    problems << describe(m) + " -> \"" + t + "\": " + placeholders(t).join(',') + " vs " +
                                    expected.join(',');
                break;
            }
            case Check::HtmlTags:
                if (htmlTags(t) != htmlTags(m.source))
                    problems << describe(m) + " -> \"" + t + "\"";
                break;
            case Check::Mnemonics:
                if (hasMnemonic(m.source) && !hasMnemonic(t))
                    problems << describe(m) + " -> \"" + t + "\"";
                break;
            }
        }
        if (m.translations.isEmpty())
            problems << describe(m) + " has no translation";
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 zh_CN messages fail:\n  %2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 80).join("\n  "))));
}

void tst_TranslationFiles::englishHasPluralForms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<QString>("type");
    const TsFile ts = TsFile::load(tsPath("en"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    int rows = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        QTest::newRow(qPrintable(m.context + ": " + m.source.left(60))) << m.context << m.source << m.translations << m.type;
        ++rows;
    }
    QVERIFY2(rows > 0, "manifold_en.ts has no plural (%n) messages; expected some");
}

void tst_TranslationFiles::englishHasPluralForms()
{
    QFETCH(QString, source);
    QFETCH(QStringList, forms);
    QFETCH(QString, type);
    QVERIFY2(type != QLatin1String("unfinished"), "the English plural forms are not filled in");
    QCOMPARE(forms.size(), 2); // one, other
    QVERIFY2(!forms.at(0).isEmpty() && !forms.at(1).isEmpty(), "an empty plural form");
    QVERIFY2(!forms.at(0).contains("(s)") && !forms.at(1).contains("(s)"),
             qPrintable("a plural form still reads \"(s)\": " + forms.join(" | ")));
    QCOMPARE(placeholders(forms.at(0)), placeholders(source));
    QCOMPARE(placeholders(forms.at(1)), placeholders(source));
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_translationfiles.moc"
