#include "core/dockerfile/checks/checkconfig.h"

#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;

class TestCheckConfig : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("skipped"); // rule expected to be skipped
        QTest::addColumn<bool>("error");
        QTest::newRow("empty") << "" << true << "" << false;
        QTest::newRow("skip-list") << "skip=JSONArgsRecommended,StageNameCasing" << true << "StageNameCasing" << false;
        QTest::newRow("skip-all") << "skip=all" << true << "UndefinedVar" << false;
        QTest::newRow("error-true") << "error=true" << true << "" << true;
        QTest::newRow("skip-and-error") << "skip=UndefinedVar;error=true" << true << "UndefinedVar" << true;
        QTest::newRow("unknown-key") << "skipp=UndefinedVar" << false << "" << false;
        QTest::newRow("bad-error-value") << "error=yes" << false << "" << false;
        QTest::newRow("too-many-parts") << "skip=A;error=true;experimental=all;skip=B" << false << "" << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, skipped);
        QFETCH(bool, error);
        const auto config = CheckConfig::parse(text);
        QCOMPARE(config.ok(), valid);
        if (!valid) {
            QVERIFY(!config.error().hint.isEmpty());
            return;
        }
        if (!skipped.isEmpty())
            QVERIFY(config->isSkipped(skipped));
        QVERIFY(!config->isSkipped(QStringLiteral("NotListedRule")) || config->skipAll);
        QCOMPARE(config->error, error);
    }
};

QTEST_GUILESS_MAIN(TestCheckConfig)
#include "tst_checkconfig.moc"
