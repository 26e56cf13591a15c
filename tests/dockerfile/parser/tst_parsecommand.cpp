#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using Manifold::Test::runManifold;

// `manifold parse` end to end, running the built binary.
class TestParseCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dumpPrintsBuildkitFormat()
    {
        const QString path = write(QStringLiteral("ok.Dockerfile"),
                                   "FROM --platform=$BUILDPLATFORM alpine AS a\nENV A=1\nONBUILD RUN x\n");
        QByteArray out;
        QByteArray err;
        QCOMPARE(runManifold({QStringLiteral("parse"), path, QStringLiteral("--dump")}, &out, &err), 0);
        QCOMPARE(out, QByteArray("(from [\"--platform=$BUILDPLATFORM\"] \"alpine\" \"AS\" \"a\")\n"
                                 "(env \"A\" \"1\" \"=\")\n(onbuild (run \"x\"))\n"));
        QVERIFY(err.isEmpty());
    }

    void summaryAndDiagnostics()
    {
        const QString path = write(QStringLiteral("bad.Dockerfile"), "FROM alpine\nRUNN make\nRUN a \\\n\n b\n");
        QByteArray out;
        QByteArray err;
        QCOMPARE(runManifold({QStringLiteral("parse"), path}, &out, &err), 1);
        QVERIFY2(out.contains("3 instructions, 1 stage"), out.constData());
        const QByteArray expected = path.toUtf8()
            + QByteArray(":2:1: error: unknown instruction: RUNN (did you mean RUN?)");
        QVERIFY2(err.contains(expected), err.constData());
        QVERIFY2(err.contains("fix: Replace 'RUNN' with RUN."), err.constData());
        QVERIFY2(err.contains(":5:1: warning: Empty continuation line"), err.constData());
    }

    void jsonHasTreeRangesAndDiagnostics()
    {
        const QString path = write(QStringLiteral("json.Dockerfile"), "# syntax=a/b\nFROM alpine\nENV PATH\n");
        QByteArray out;
        QCOMPARE(runManifold({QStringLiteral("parse"), path, QStringLiteral("--json")}, &out), 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("directives")).toObject().value(QStringLiteral("syntax")).toString(),
                 QStringLiteral("a/b"));
        const QJsonArray instructions = root.value(QStringLiteral("instructions")).toArray();
        QCOMPARE(instructions.size(), 1);
        const QJsonObject from = instructions.first().toObject();
        QCOMPARE(from.value(QStringLiteral("keyword")).toString(), QStringLiteral("from"));
        const QJsonObject argRange = from.value(QStringLiteral("args")).toArray().first().toObject()
                                         .value(QStringLiteral("range")).toObject();
        QCOMPARE(argRange.value(QStringLiteral("start")).toObject().value(QStringLiteral("column")).toInt(), 6);
        const QJsonObject diagnostic = root.value(QStringLiteral("diagnostics")).toArray().first().toObject();
        QCOMPARE(diagnostic.value(QStringLiteral("id")).toString(), QStringLiteral("MissingArguments"));
        QCOMPARE(diagnostic.value(QStringLiteral("range")).toObject().value(QStringLiteral("start"))
                     .toObject().value(QStringLiteral("line")).toInt(), 3);
    }

    void missingFile()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(runManifold({QStringLiteral("parse"), m_dir.filePath(QStringLiteral("absent"))}, &out, &err), 1);
        QVERIFY2(err.contains("cannot read the Dockerfile"), err.constData());
    }

    void usageError()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(runManifold({QStringLiteral("parse")}, &out, &err), 2);
        QVERIFY2(err.contains("expected exactly one Dockerfile"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestParseCommand)
#include "tst_parsecommand.moc"
