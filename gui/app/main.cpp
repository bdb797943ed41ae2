// The CareShift desktop application. Opens the project file given on the
// command line (.careshift or .json), or the embedded sample project.
// --screenshot FILE renders the window to a PNG and exits (used by
// scripts/run.sh when there is no display, and for the docs).

#include "gui/document/projectdocument.h"
#include "gui/mainwindow.h"
#include "gui/present/presentation.h"
#include "gui/results/optionsview.h"
#include "gui/settingsdialog.h"
#include "gui/singleinstance.h"
#include "store/jsonio.h"
#include "store/projectfile.h"
#include "store/sample.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CareShift"));
    QApplication::setApplicationVersion(QStringLiteral(CARESHIFT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CareShift"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Scenario modelling for NHS commissioners"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("sample"),
                      QCoreApplication::translate("main", "Open the embedded sample project.")});
    parser.addOption({QStringLiteral("scenario"),
                      QCoreApplication::translate("main", "Show this scenario first."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("main", "Save a PNG of the window to FILE and quit."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("view"),
         QCoreApplication::translate(
             "main", "Show this part of the project first: assumptions, population, activity, "
                     "pods, contracts, intervention:ID, scenario:ID, options or present:ID."),
         QStringLiteral("node")});

    parser.process(app);

    std::unique_ptr<careshift::ProjectDocument> doc;
    const QStringList files = parser.positionalArguments();
    // One CareShift per user: a file double-clicked while CareShift runs is
    // handed to it (its window comes to the front, or it opens there).
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    // A start with no file brings the running copy to the front (File > New
    // makes another window there); --sample and screenshots run on their own.
    careshift::SingleInstance single;
    if (!screenshot && !parser.isSet(QStringLiteral("sample")) &&
        single.sendToRunning(files.isEmpty() ? QString()
                                             : QFileInfo(files.first()).absoluteFilePath()))
        return 0;
    try {
        if (!files.isEmpty() && !parser.isSet(QStringLiteral("sample")))
            doc = careshift::ProjectDocument::open(files.first());
        else
            doc = std::make_unique<careshift::ProjectDocument>(careshift::store::loadSample());
    } catch (const careshift::store::FileError& e) {
        const QString text = e.messages().join(QLatin1Char('\n'));
        qCritical("%s", qPrintable(text));
        if (!parser.isSet(QStringLiteral("screenshot")))
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "CareShift: cannot open the file"),
                text);
        return 1;
    }
    const careshift::Preferences preferences = careshift::Preferences::load();
    preferences.applyAppearance();
    preferences.applyFormats();
    careshift::MainWindow window(std::move(doc));
    // A project from the command line is locked like one opened from the
    // menu: someone else holding it is said, and it may open read-only.
    if (!parser.isSet(QStringLiteral("screenshot")) && !window.claimOpenFile())
        return 0;
    if (parser.isSet(QStringLiteral("scenario")) &&
        !window.selectScenario(parser.value(QStringLiteral("scenario"))))
        qWarning("No scenario with that id; showing the first.");
    if (parser.isSet(QStringLiteral("view")) &&
        !window.showNode(parser.value(QStringLiteral("view"))))
        qWarning("No such view.");
    window.show();
    const bool running = !screenshot && single.listen([&window](const QString& path) {
        if (path.isEmpty()) {
            window.bringToFront();
            return;
        }
        const bool open = careshift::MainWindow::windowFor(path) != nullptr;
        const careshift::MainWindow* shown = careshift::MainWindow::openOrRaise(path);
        qCDebug(careshift::lcInstance, "%s: \"%s\"",
                !shown ? "not opened"
                : open ? "shown (already open)"
                       : "shown (opened)",
                qUtf8Printable(path));
    });
    // Work a crash left unsaved is offered back (issue 13), by the running
    // copy only: a second copy (--sample) does not offer the same files too.
    if (!screenshot && (running || !single.anotherRunning()))
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString path = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(500, &window, [&window, path] {
            // The presentation or the options window, when a view opened
            // it, is what was asked for; the presentation at 1920x1080.
            if (QWidget* present = window.presentation()) {
                present->showNormal();
                present->resize(1920, 1080);
                QApplication::processEvents();
            }
            QWidget* shown = window.presentation()         ? window.presentation()
                             : window.optionsView()        ? window.optionsView()->window()
                             : window.outcomeChartWindow() ? window.outcomeChartWindow()
                                                           : static_cast<QWidget*>(&window);
            const bool ok = shown->grab().save(path);
            if (!ok)
                qWarning("Could not save the screenshot.");
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
