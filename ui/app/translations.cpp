#include "ui/app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Manifold::Ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString preferredLanguage()
{
    const QString configured =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    if (configured != QLatin1String("system") && availableLanguages().contains(configured))
        return configured;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (QString language : uiLanguages) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (availableLanguages().contains(language))
            return language;
        // zh_Hans_CN, zh_CN.UTF-8 and plain zh all mean Simplified Chinese here.
        if (language.startsWith(QLatin1String("zh")) && !language.contains(QLatin1String("Hant")) &&
            !language.contains(QLatin1String("TW")) && !language.contains(QLatin1String("HK")))
            return QStringLiteral("zh_CN");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    auto *manifold = new QTranslator(app);
    if (!manifold->load(QStringLiteral(":/i18n/manifold_") + language)) {
        delete manifold;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(manifold);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace Manifold::Ui
