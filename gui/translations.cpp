#include "gui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace careshift {

namespace {

constexpr auto kPrefix = "careshift_";
constexpr auto kFolder = ":/i18n";

/// Loads `file` (a path or a resource) into a translator parented to the
/// application, and installs it; false if it is not a catalogue.
bool install(const QString& file) {
    auto* t = new QTranslator(QCoreApplication::instance());
    if (!t->load(file) || !QCoreApplication::installTranslator(t)) {
        delete t;
        return false;
    }
    return true;
}

} // namespace

QString engineText(std::string_view words, int n, const char* context) {
    // lupdate files a CARESHIFT_WORD under its namespace.
    const QByteArray source(words.data(), static_cast<qsizetype>(words.size()));
    return QCoreApplication::translate(context, source.constData(), nullptr, n);
}

QStringList availableTranslations() {
    QStringList languages;
    const QStringList files =
        QDir(QLatin1String(kFolder)).entryList({QLatin1String(kPrefix) + QStringLiteral("*.qm")});
    for (const QString& f : files)
        languages << f.mid(static_cast<qsizetype>(qstrlen(kPrefix)))
                         .chopped(3); // "careshift_en_GB.qm" -> "en_GB"
    return languages;
}

QStringList installTranslations() {
    static QStringList installed;
    static bool done = false;
    if (done || QCoreApplication::instance() == nullptr)
        return installed;
    done = true;
    // Translators are searched most recent first: the plural forms of the
    // source language go in first, as the fallback for everything else.
    const QString base = QLatin1String(kFolder) + QLatin1Char('/') + QLatin1String(kPrefix);
    if (install(base + QStringLiteral("en_GB")))
        installed << QStringLiteral("en_GB");
    // The user's language, if CareShift has it ("cy_GB", "cy"); never en_GB twice.
    auto* user = new QTranslator(QCoreApplication::instance());
    if (user->load(QLocale(), QLatin1String("careshift"), QStringLiteral("_"),
                   QLatin1String(kFolder)) &&
        !user->filePath().endsWith(QStringLiteral("en_GB.qm")) &&
        QCoreApplication::installTranslator(user))
        installed << user->language();
    else
        delete user;
    // Qt's own words (OK, Cancel, key names) in the user's language, where
    // Debian's qt6-translations-l10n is installed.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        !QCoreApplication::installTranslator(qt))
        delete qt;
    const QString extra = qEnvironmentVariable("CARESHIFT_TRANSLATION");
    if (!extra.isEmpty()) {
        if (install(extra))
            installed << extra;
        else
            qWarning("CARESHIFT_TRANSLATION: %s is not a translation catalogue (.qm)",
                     qPrintable(extra));
    }
    return installed;
}

} // namespace careshift

// Every QCoreApplication (the app, the CLI's board paper, each test) starts
// with the catalogues installed.
namespace {
void installTranslationsAtStartup() {
    careshift::installTranslations();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installTranslationsAtStartup)
