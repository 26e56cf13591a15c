#include "ui/diagnostics/diagnosticsmodel.h"
#include "ui/diagnostics/diagnosticsview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Manifold;
using namespace Manifold::Ui;

namespace {
Dockerfile::Diagnostic diagnostic(Dockerfile::Severity severity, const QString &id, int line, int column,
                                  const QString &message = QStringLiteral("m"), const QString &fix = {})
{
    Dockerfile::Diagnostic d;
    d.severity = severity;
    d.id = id;
    d.message = message;
    d.fix = fix;
    d.file = QStringLiteral("Dockerfile");
    d.range.start = {line, column};
    d.range.end = {line, column + 3};
    return d;
}
} // namespace

class tst_DiagnosticsModel : public QObject
{
    Q_OBJECT
private slots:
    void sourcesAreReplacedIndependently();
    void columns_data();
    void columns();
    void activationReportsTheLocation();
};

void tst_DiagnosticsModel::sourcesAreReplacedIndependently()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &DiagnosticsModel::countsChanged);

    model.setDiagnostics(DiagnosticsModel::Source::Lint,
                         {diagnostic(Dockerfile::Severity::Warning, "StageNameCasing", 9, 1),
                          diagnostic(Dockerfile::Severity::Error, "UnknownInstruction", 3, 1)});
    model.setDiagnostics(DiagnosticsModel::Source::Plan,
                         {diagnostic(Dockerfile::Severity::Error, "MissingStageForPlatform", 5, 6)});
    QCOMPARE(model.rowCount(), 3);
    // Ordered by line whatever the source.
    QCOMPARE(model.index(0, DiagnosticsModel::IdColumn).data().toString(), QString("UnknownInstruction"));
    QCOMPARE(model.index(1, DiagnosticsModel::IdColumn).data().toString(), QString("MissingStageForPlatform"));
    QCOMPARE(model.index(2, DiagnosticsModel::IdColumn).data().toString(), QString("StageNameCasing"));
    QCOMPARE(model.count(Dockerfile::Severity::Error), 2);

    model.clear(DiagnosticsModel::Source::Lint);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).source, DiagnosticsModel::Source::Plan);

    // Reporting the same findings again changes nothing.
    const int before = int(counts.count());
    model.setDiagnostics(DiagnosticsModel::Source::Plan,
                         {diagnostic(Dockerfile::Severity::Error, "MissingStageForPlatform", 5, 6)});
    QCOMPARE(int(counts.count()), before);
    model.clearAll();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DiagnosticsModel::columns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("severity") << int(DiagnosticsModel::SeverityColumn) << "warning";
    QTest::newRow("id") << int(DiagnosticsModel::IdColumn) << "UndefinedVar";
    QTest::newRow("location") << int(DiagnosticsModel::LocationColumn) << "Dockerfile:12:7";
    QTest::newRow("message") << int(DiagnosticsModel::MessageColumn) << "Usage of undefined variable '$FOO'";
    QTest::newRow("fix") << int(DiagnosticsModel::FixColumn) << "Declare it with ARG FOO";
    QTest::newRow("source") << int(DiagnosticsModel::SourceColumn) << "verify";
}

void tst_DiagnosticsModel::columns()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics(DiagnosticsModel::Source::Verify,
                         {diagnostic(Dockerfile::Severity::Warning, "UndefinedVar", 12, 7,
                                     "Usage of undefined variable '$FOO'", "Declare it with ARG FOO")});
    QCOMPARE(model.index(0, column).data().toString(), expected);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::LineRole).toInt(), 12);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::ColumnRole).toInt(), 7);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains("ARG FOO"));
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void tst_DiagnosticsModel::activationReportsTheLocation()
{
    DiagnosticsModel model;
    DiagnosticsView view(&model);
    model.setDiagnostics(DiagnosticsModel::Source::Lint,
                         {diagnostic(Dockerfile::Severity::Error, "A", 4, 2), diagnostic(Dockerfile::Severity::Info, "B", 20, 9)});
    QSignalSpy spy(&view, &DiagnosticsView::locationActivated);
    view.activateRow(1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 20);
    QCOMPARE(spy.at(0).at(1).toInt(), 9);

    // A double click (or Enter) on a row of the tree does the same.
    QTreeView *tree = view.tree();
    const QModelIndex index = tree->model()->index(0, DiagnosticsModel::MessageColumn);
    emit tree->doubleClicked(index);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toInt(), 4);
}

QTEST_MAIN(tst_DiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
