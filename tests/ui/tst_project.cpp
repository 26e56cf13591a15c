#include "ui/project/project.h"
#include "ui/project/recentprojects.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold::Ui;

class tst_Project : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void pathsAreRelativeInTheFile();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void failedSaveKeepsThePreviousFile();
    void recentListOrder_data();
    void recentListOrder();
    void moveToRegistry_data();
    void moveToRegistry();
};

void tst_Project::roundTrip_data()
{
    QTest::addColumn<QStringList>("platforms");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QStringList>("args"); // key, value pairs

    QTest::newRow("minimal") << QStringList() << QStringList() << QString() << QString() << QString() << QStringList();
    QTest::newRow("sample") << QStringList{"linux/amd64", "linux/arm64"}
                            << QStringList{"localhost:5002/sample:1.0"} << "final" << "buildah" << "localhost:5002"
                            << QStringList{"BASE_IMAGE", "localhost:5002/busybox:latest"};
    QTest::newRow("unicode and spaces") << QStringList{"linux/arm/v7"} << QStringList{"r.example/ü:1", "r.example/b:2"}
                                        << "stage two" << "podman" << "" << QStringList{"A", "x y", "B", ""};
}

void tst_Project::roundTrip()
{
    QFETCH(QStringList, platforms);
    QFETCH(QStringList, tags);
    QFETCH(QString, target);
    QFETCH(QString, engine);
    QFETCH(QString, registry);
    QFETCH(QStringList, args);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath("src/docker"));
    Project project = Project::forDockerfile(dir.filePath("src/docker/Dockerfile"));
    project.context = dir.filePath("src");
    project.name = "demo";
    project.platforms = platforms;
    project.tags = tags;
    project.target = target;
    project.engine = engine;
    project.registry = registry;
    for (int i = 0; i + 1 < args.size(); i += 2)
        project.buildArgs.insert(args.at(i), args.at(i + 1));

    const QString path = dir.filePath("demo.manifold");
    const Manifold::Status saved = project.save(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));

    const Manifold::Result<Project> loaded = Project::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    Project expected = project;
    expected.filePath = QFileInfo(path).absoluteFilePath();
    QCOMPARE(loaded->dockerfile, expected.dockerfile);
    QCOMPARE(loaded->context, expected.context);
    QCOMPARE(*loaded, expected);
}

void tst_Project::pathsAreRelativeInTheFile()
{
    QTemporaryDir dir;
    Project project = Project::forDockerfile(dir.filePath("Dockerfile"));
    const QString path = dir.filePath("p.manifold");
    QVERIFY(project.save(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(object.value("dockerfile").toString(), QString("Dockerfile"));
    QCOMPARE(object.value("context").toString(), QString("."));
    QCOMPARE(object.value("version").toInt(), Project::FormatVersion);

    // Moving the folder keeps the project valid.
    QTemporaryDir other;
    QVERIFY(QFile::copy(path, other.filePath("p.manifold")));
    const auto moved = Project::load(other.filePath("p.manifold"));
    QVERIFY(moved.ok());
    QCOMPARE(moved->dockerfile, QDir(other.path()).absoluteFilePath("Dockerfile"));
}

void tst_Project::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not json") << QByteArray("{ \"dockerfile\": ") << "project.json" << "JSON";
    QTest::newRow("array") << QByteArray("[]") << "project.format" << "object";
    QTest::newRow("no dockerfile") << QByteArray("{\"name\": \"x\"}") << "project.format" << "Dockerfile";
    QTest::newRow("platforms not list") << QByteArray("{\"dockerfile\":\"D\",\"platforms\":\"linux/amd64\"}")
                                        << "project.format" << "platforms";
    QTest::newRow("platform not string") << QByteArray("{\"dockerfile\":\"D\",\"platforms\":[1]}") << "project.format"
                                         << "platforms";
    QTest::newRow("arg not string") << QByteArray("{\"dockerfile\":\"D\",\"buildArgs\":{\"A\":1}}") << "project.format"
                                    << "A";
    QTest::newRow("newer format") << QByteArray("{\"version\": 99, \"dockerfile\":\"D\"}") << "project.version" << "99";
}

void tst_Project::rejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.manifold");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const auto loaded = Project::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY2(loaded.error().message.contains(mentions), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().location.startsWith(path));
    QVERIFY(!loaded.error().hint.isEmpty());

    const auto missing = Project::load(dir.filePath("missing.manifold"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QString("project.read"));
}

void tst_Project::failedSaveKeepsThePreviousFile()
{
    QTemporaryDir dir;
    Project project = Project::forDockerfile(dir.filePath("Dockerfile"));
    project.name = "first";
    const QString path = dir.filePath("keep.manifold");
    QVERIFY(project.save(path).ok());

    // A save into a folder that does not exist fails without touching anything else.
    const Manifold::Status failed = project.save(dir.filePath("missing/dir/keep.manifold"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QString("project.write"));
    QCOMPARE(Project::load(path)->name, QString("first"));
}

void tst_Project::recentListOrder_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("empty") << QStringList() << "/a" << QStringList{"/a"};
    QTest::newRow("moves to front") << QStringList{"/a", "/b", "/c"} << "/c" << QStringList{"/c", "/a", "/b"};
    QStringList ten;
    for (int i = 0; i < RecentProjects::MaximumCount; ++i)
        ten << QString("/p%1").arg(i);
    QStringList expected = ten;
    expected.prepend("/new");
    expected.removeLast();
    QTest::newRow("bounded") << ten << "/new" << expected;
}

void tst_Project::recentListOrder()
{
    QFETCH(QStringList, before);
    QFETCH(QString, added);
    QFETCH(QStringList, after);
    QCOMPARE(RecentProjects::prepend(before, added), after);
}

void tst_Project::moveToRegistry_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("baseImage");
    QTest::newRow("sample to fixture") << "localhost:5002" << "127.0.0.1:41234"
                                       << QStringList{"127.0.0.1:41234/multiarch-example:latest", "docker.io/library/x:1"}
                                       << "127.0.0.1:41234/busybox:latest";
    QTest::newRow("same registry") << "localhost:5002" << "localhost:5002"
                                   << QStringList{"localhost:5002/multiarch-example:latest", "docker.io/library/x:1"}
                                   << "localhost:5002/busybox:latest";
    QTest::newRow("cleared keeps references") << "localhost:5002" << ""
                                              << QStringList{"localhost:5002/multiarch-example:latest", "docker.io/library/x:1"}
                                              << "localhost:5002/busybox:latest";
    QTest::newRow("no registry before") << "" << "r.example"
                                        << QStringList{"localhost:5002/multiarch-example:latest", "docker.io/library/x:1"}
                                        << "localhost:5002/busybox:latest";
}

void tst_Project::moveToRegistry()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, tags);
    QFETCH(QString, baseImage);
    Project project;
    project.registry = from;
    project.tags = {"localhost:5002/multiarch-example:latest", "docker.io/library/x:1"};
    project.buildArgs.insert("BASE_IMAGE", "localhost:5002/busybox:latest");
    project.buildArgs.insert("OTHER", "localhost:50021/y"); // another port is another registry
    project.moveToRegistry(to);
    QCOMPARE(project.registry, to);
    QCOMPARE(project.tags, tags);
    QCOMPARE(project.buildArgs.value("BASE_IMAGE"), baseImage);
    QCOMPARE(project.buildArgs.value("OTHER"), QString("localhost:50021/y"));
}

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
