// bcrypt htpasswd lines as distribution reads them ($2y$, libcrypt), and refused input.

#include "core/localregistry/htpasswdfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;

class TestHtpasswdFile : public QObject
{
    Q_OBJECT

private slots:
    void hashesWithBcrypt2y_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << "alice" << "s3cret";
        QTest::newRow("unicode password") << "bob" << QStringLiteral("pässwörd✓");
        QTest::newRow("spaces") << "carol" << "correct horse battery staple";
    }
    void hashesWithBcrypt2y()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        const Result<QByteArray> line = HtpasswdFile::hashLine(user, password, 4);
        QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().toString()));
        QVERIFY(line->startsWith(QByteArray(user.toUtf8() + QByteArray(":$2y$04$"))));
        QVERIFY(!line->contains(password.toUtf8()));
        QVERIFY(HtpasswdFile::matches(*line, password));
        QVERIFY(!HtpasswdFile::matches(*line, password + QLatin1Char('x')));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty user") << "" << "pw" << "localregistry.htpasswd.user";
        QTest::newRow("colon in user") << "a:b" << "pw" << "localregistry.htpasswd.user";
        QTest::newRow("newline in user") << "a\nb" << "pw" << "localregistry.htpasswd.user";
        QTest::newRow("empty password") << "alice" << "" << "localregistry.htpasswd.password";
    }
    void refusesBadInput()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Result<QByteArray> line = HtpasswdFile::hashLine(user, password, 4);
        QVERIFY(!line.ok());
        QCOMPARE(line.error().code, code);
        QVERIFY(!line.error().hint.isEmpty());
    }

    void writesOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/htpasswd"));
        const Status written = HtpasswdFile::write(path, QStringLiteral("alice"), QStringLiteral("pw"), 4);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.endsWith('\n'));
        QVERIFY(HtpasswdFile::matches(content.trimmed(), QStringLiteral("pw")));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestHtpasswdFile)
#include "tst_htpasswdfile.moc"
