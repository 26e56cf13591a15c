#include "ui/platforms/platformsdialog.h"
#include "ui/platforms/platformsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;

class tst_PlatformsModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void asyncProbe();
    void dialog();
};

void tst_PlatformsModel::rows_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("hasFix");
    QTest::newRow("native") << "linux/amd64" << int(PlatformSupport::Kind::Native) << false;
    QTest::newRow("emulated") << "linux/arm64" << int(PlatformSupport::Kind::Emulated) << false;
    QTest::newRow("unavailable") << "linux/riscv64" << int(PlatformSupport::Kind::Unavailable) << true;
}

void tst_PlatformsModel::rows()
{
    QFETCH(QString, platform);
    QFETCH(int, kind);
    QFETCH(bool, hasFix);
    PlatformsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HostProbeInputs inputs;
    inputs.machine = QStringLiteral("x86_64");
    inputs.binfmtDirectory = QStringLiteral(MANIFOLD_TEST_DATA_DIR "/platform/binfmt/qemu-full");
    model.setCapabilities(HostProbe::probe(inputs));
    QCOMPARE(model.rowCount(), HostProbe::commonPlatforms().size());
    QCOMPARE(model.columnCount(), int(PlatformsModel::ColumnCount));

    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 0).data().toString() == platform)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(PlatformsModel::SupportKindRole).toInt(), kind);
    QCOMPARE(!model.index(row, PlatformsModel::FixColumn).data().toString().isEmpty(), hasFix);
    QVERIFY(!model.index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_PlatformsModel::asyncProbe()
{
    PlatformsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy probed(&model, &PlatformsModel::probed);
    model.refresh();
    QVERIFY(probed.wait(10000));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.capabilities().host.isEmpty());
}

void tst_PlatformsModel::dialog()
{
    PlatformsDialog dialog;
    auto table = dialog.findChild<QTableView *>(QStringLiteral("platformsTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
    auto summary = dialog.findChild<QLabel *>(QStringLiteral("platformsSummary"));
    QVERIFY(summary);
    QTRY_VERIFY(summary->text().contains(QLatin1String("Host")));
}

QTEST_MAIN(tst_PlatformsModel)
#include "tst_platformsmodel.moc"
