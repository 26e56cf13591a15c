#include "ui/mainwindow/actionicons.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/style/palettes.h"
#include "ui/style/themedicon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

using namespace Manifold::Ui;

class tst_Icons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyIconFileIsValid();
    void actionsHaveTheirIcons_data();
    void actionsHaveTheirIcons();
    void iconsFollowThePalette_data();
    void iconsFollowThePalette();
    void windowUsesTheApplicationIcon();

private:
    // The colour of the most opaque pixel: the stroke colour.
    static QColor strokeColor(const QIcon &icon, QIcon::Mode mode = QIcon::Normal);
    QScopedPointer<MainWindow> m_window;
};

void tst_Icons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window.reset(new MainWindow);
}

QColor tst_Icons::strokeColor(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(48, 48), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() > best.alpha())
                best = image.pixelColor(x, y);
    return best;
}

void tst_Icons::everyIconFileIsValid()
{
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    QVERIFY(files.size() >= 30);
    for (const QString &file : files) {
        QSvgRenderer renderer(QStringLiteral(":/icons/") + file);
        QVERIFY2(renderer.isValid(), qPrintable(file));
    }
}

void tst_Icons::actionsHaveTheirIcons_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("icon");
    for (const auto &[objectName, icon] : actionIconNames())
        QTest::newRow(qPrintable(objectName)) << objectName << icon;
}

void tst_Icons::actionsHaveTheirIcons()
{
    QFETCH(QString, objectName);
    QFETCH(QString, icon);
    QVERIFY2(!themedIcon(icon).isNull(), qPrintable(icon + QStringLiteral(".svg is missing")));
    QAction *action = m_window->findChild<QAction *>(objectName);
    QVERIFY2(action, qPrintable(objectName));
    QVERIFY(!action->icon().isNull());
    QVERIFY(strokeColor(action->icon()).alpha() > 200); // it draws something
}

void tst_Icons::iconsFollowThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// One icon set for both themes: the strokes take the palette's text colour at paint time.
void tst_Icons::iconsFollowThePalette()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    const QIcon icon = themedIcon(QStringLiteral("build"));
    auto close = [](const QColor &a, const QColor &b) {
        return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
    };
    const QColor normal = strokeColor(icon);
    QVERIFY2(close(normal, palette.color(QPalette::Active, QPalette::WindowText)), qPrintable(normal.name()));
    const QColor disabled = strokeColor(icon, QIcon::Disabled);
    QVERIFY2(close(disabled, palette.color(QPalette::Disabled, QPalette::WindowText)), qPrintable(disabled.name()));
    QVERIFY(themedIcon(QStringLiteral("no-such-icon")).isNull());
}

void tst_Icons::windowUsesTheApplicationIcon()
{
    QVERIFY(!applicationIcon().isNull());
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(!m_window->windowIcon().pixmap(64, 64).isNull());
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
