// The translation catalogue at work (issue 13).
//
// The source strings are British English; the en_GB catalogue gives the
// plural forms. The expected forms below are English grammar ("1 page",
// "2 pages"), written by hand.
//
// The audit: the program runs with a pseudo-translation on top (every
// message "⟦source⟧", made from the catalogue by scripts/pseudo-translation.py
// at build time). Every page of the sample project is shown; any text on
// screen with a word outside brackets did not go through tr(), unless the
// word is the project's own data (a scenario's name) or the engine's (see
// kEngineWords). So a new label written without tr() fails here, naming it.

#include "gui/document/projectdocument.h"
#include "gui/export/paperdialog.h"
#include "gui/mainwindow.h"
#include "gui/models/projecttreemodel.h"
#include "gui/present/presentation.h"
#include "gui/results/optionsview.h"
#include "gui/settingsdialog.h"
#include "gui/translations.h"
#include "store/jsonio.h"
#include "store/sample.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeView>
#include <QValueAxis>

#include <algorithm>

using namespace careshift;

namespace {

QString plural(const char* context, const char* source, int n) {
    static QTranslator* en = [] {
        auto* t = new QTranslator(QCoreApplication::instance());
        if (!t->load(QStringLiteral(":/i18n/careshift_en_GB.qm")))
            qFatal("the en_GB catalogue is not in the resources");
        return t;
    }();
    // QCoreApplication::translate() puts the number in for %n; a
    // translator's own translate() leaves it.
    return en->translate(context, source, nullptr, n)
        .replace(QStringLiteral("%n"), QString::number(n));
}

/// Every string value of the project: names, notes and sources are the
/// user's, shown as they are. Whole strings, not their words: a word of a
/// long source note must not excuse the same word in an untranslated label.
void collectStrings(const QJsonValue& v, QStringList& strings) {
    if (v.isString()) {
        if (v.toString().size() >= 2)
            strings << v.toString();
    } else if (v.isArray()) {
        for (const QJsonValue x : v.toArray())
            collectStrings(x, strings);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStrings(it.value(), strings);
    }
}

/// Text as shown: rich text as its plain text, the pseudo-translated
/// segments (innermost first, as messages nest) removed.
QString residue(QString text) {
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.remove(QLatin1Char('&')); // mnemonics
    static const QRegularExpression bracketed(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
    for (int guard = 0; guard < 20 && text.contains(QChar(0x27e6)); ++guard)
        text.replace(bracketed, QStringLiteral(" "));
    return text;
}

class Audit {
public:
    Audit(QSet<QString> allowed, QStringList data)
        : m_allowed(std::move(allowed))
        , m_data(std::move(data)) {
        // As residue() reads them: a name's "&" (A&E) is taken as a mnemonic.
        QStringList withoutAmpersands;
        for (const QString& d : m_data)
            if (d.contains(QLatin1Char('&')))
                withoutAmpersands << QString(d).remove(QLatin1Char('&'));
        m_data << withoutAmpersands;
        // The longest first, so a name is taken out before a shorter one inside it.
        std::sort(m_data.begin(), m_data.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }

    void check(const QString& text, const QString& where) {
        // A word of two letters or more, or "n/a".
        static const QRegularExpression word(
            QStringLiteral("[A-Za-z]{2,}|(?<![A-Za-z])n/a(?![A-Za-z])"));
        QString rest = residue(text);
        for (const QString& d : m_data)
            if (rest.contains(d))
                rest.replace(d, QStringLiteral(" "));
        auto it = word.globalMatch(rest);
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (!m_allowed.contains(w.toLower())) {
                m_found.insert(QStringLiteral("%1: \"%2\" (the word \"%3\")")
                                   .arg(where, text.simplified().left(120), w));
                return;
            }
        }
    }

    void widgets(QWidget* root, const QString& page) {
        QList<QWidget*> all = root->findChildren<QWidget*>();
        all.prepend(root);
        for (QWidget* w : all) {
            if (!w->isVisibleTo(root) && w != root)
                continue;
            const QString where =
                page + QStringLiteral(" / ") + QString::fromLatin1(w->metaObject()->className()) +
                (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName());
            check(w->toolTip(), where + QStringLiteral(" tooltip"));
            if (w->isWindow())
                check(w->windowTitle(), where + QStringLiteral(" title"));
            if (auto* l = qobject_cast<QLabel*>(w))
                check(l->text(), where);
            else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                // OK and Cancel are Qt's words, in Qt's own catalogue.
                auto* box = qobject_cast<QDialogButtonBox*>(b->parentWidget());
                if (!box || box->standardButton(b) == QDialogButtonBox::NoButton)
                    check(b->text(), where);
            } else if (auto* g = qobject_cast<QGroupBox*>(w))
                check(g->title(), where);
            else if (auto* e = qobject_cast<QLineEdit*>(w))
                check(e->placeholderText(), where + QStringLiteral(" placeholder"));
            else if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i)
                    check(t->tabText(i), where);
            else if (auto* v = qobject_cast<QAbstractItemView*>(w))
                model(v->model(), where);
            else if (auto* c = qobject_cast<QChartView*>(w))
                chart(c->chart(), where);
            if (auto* g = qobject_cast<QGroupBox*>(w))
                check(g->title(), where);
        }
    }

    void menus(QMenuBar* bar) {
        for (QAction* top : bar->actions())
            action(top, QStringLiteral("menu"));
    }

    QStringList found() const {
        QStringList out(m_found.begin(), m_found.end());
        out.sort();
        return out;
    }

private:
    QSet<QString> m_allowed;
    QStringList m_data;
    QSet<QString> m_found;

    void action(QAction* a, const QString& where) {
        if (a->isSeparator())
            return;
        check(a->text(), where);
        check(a->toolTip() == QString(a->text()).remove(QLatin1Char('&')) ? QString()
                                                                          : a->toolTip(),
              where + QStringLiteral(" tooltip"));
        if (QMenu* m = a->menu())
            for (QAction* sub : m->actions())
                action(sub, where + QStringLiteral(" > ") + residue(a->text()).trimmed());
    }

    void model(QAbstractItemModel* m, const QString& where) {
        if (m == nullptr)
            return;
        for (int c = 0; c < m->columnCount(); ++c)
            check(m->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" header"));
        // The labels of the rows and every cell's tooltip; the cells of the
        // top level (the tree's headings, the yearly table's row names).
        for (int r = 0; r < std::min(m->rowCount(), 60); ++r) {
            check(m->headerData(r, Qt::Vertical).toString(), where + QStringLiteral(" row header"));
            for (int c = 0; c < m->columnCount(); ++c) {
                const QModelIndex i = m->index(r, c);
                check(m->data(i).toString(), where + QStringLiteral(" cell"));
                check(m->data(i, Qt::ToolTipRole).toString(),
                      where + QStringLiteral(" cell tooltip"));
                for (int k = 0; k < std::min(m->rowCount(i), 60); ++k)
                    check(m->data(m->index(k, c, i)).toString(), where + QStringLiteral(" cell"));
            }
        }
    }

    void chart(QChart* c, const QString& where) {
        check(c->title(), where + QStringLiteral(" chart title"));
        for (QAbstractAxis* axis : c->axes())
            check(axis->titleText(), where + QStringLiteral(" axis"));
        for (QLegendMarker* m : c->legend()->markers())
            check(m->label(), where + QStringLiteral(" legend"));
    }
};

/// Words that are names, not English: these may stand outside brackets.
QSet<QString> allowedWords() {
    QSet<QString> words;
    // "bn": the British figure format's billions (£1.78bn), as "m" and "k".
    const char* const kNames[] = {"bn",   "CareShift", "NHS", "ICB", "CCG",  "HRG",    "PbR",
                                  "QALY", "QALYs",     "NPV", "ROI", "ICER", "MFF",    "CSV",
                                  "PDF",  "XLSX",      "PNG", "SVG", "JSON", "SQLite", "Qt"};
    for (const char* n : kNames)
        words.insert(QString::fromLatin1(n).toLower());
    // Keys as QKeySequence::NativeText names them: Qt's words, in Qt's catalogue.
    const char* const kKeys[] = {"Ctrl",   "Shift",     "Alt",  "Meta",  "Del", "Esc",   "PgUp",
                                 "PgDown", "Home",      "End",  "Ins",   "Tab", "Enter", "Return",
                                 "Space",  "Backspace", "Left", "Right", "Up",  "Down"};
    for (const char* k : kKeys)
        words.insert(QString::fromLatin1(k).toLower());
    return words;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsInstalled();
    void pluralForms_data();
    void pluralForms();
    void thePaperSpeaksInPlurals();
    void pseudoTranslationReachesTheWindow();
    void everyTextOnScreenIsTranslated();
};

void TestTranslations::catalogueIsInstalled() {
    // en_GB first (the plural forms), the pseudo-translation on top.
    const QStringList installed = installTranslations();
    QCOMPARE(installed.value(0), QStringLiteral("en_GB"));
    QCOMPARE(installed.value(installed.size() - 1),
             QString::fromLocal8Bit(qgetenv("CARESHIFT_TRANSLATION")));
    QCOMPARE(availableTranslations(), QStringList{QStringLiteral("en_GB")});
    // Idempotent: a second call installs nothing more.
    QCOMPARE(installTranslations(), installed);
}

void TestTranslations::pluralForms_data() {
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QByteArray paper = "careshift::BoardPaper";
    const QByteArray window = "careshift::MainWindow";
    QTest::newRow("1 page") << window << QByteArray("Board paper written: %1 (%n page(s))") << 1
                            << QStringLiteral("Board paper written: %1 (1 page)");
    QTest::newRow("28 pages") << window << QByteArray("Board paper written: %1 (%n page(s))") << 28
                              << QStringLiteral("Board paper written: %1 (28 pages)");
    QTest::newRow("1 option") << paper << QByteArray("%n option(s)") << 1
                              << QStringLiteral("1 option");
    QTest::newRow("4 options") << paper << QByteArray("%n option(s)") << 4
                               << QStringLiteral("4 options");
    QTest::newRow("0 options") << paper << QByteArray("%n option(s)") << 0
                               << QStringLiteral("0 options");
    // A singular subject takes a singular verb.
    const QByteArray presenting = "%n change(s) made while presenting are in the project, "
                                  "unsaved; Edit > Undo reverts them.";
    QTest::newRow("1 change") << window << presenting << 1
                              << QStringLiteral("1 change made while presenting is in the "
                                                "project, unsaved; Edit > Undo reverts it.");
    QTest::newRow("3 changes") << window << presenting << 3
                               << QStringLiteral("3 changes made while presenting are in the "
                                                 "project, unsaved; Edit > Undo reverts them.");
    QTest::newRow("1 year") << QByteArray("careshift::SummaryTiles")
                            << QByteArray("over %n year(s)") << 1 << QStringLiteral("over 1 year");
}

void TestTranslations::pluralForms() {
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(plural(context.constData(), source.constData(), n), expected);
}

void TestTranslations::thePaperSpeaksInPlurals() {
    // Through the installed catalogues (the pseudo one on top brackets it).
    QCOMPARE(QCoreApplication::translate("careshift::BoardPaper", "%n option(s)", nullptr, 1),
             QStringLiteral("\u27e61 option\u27e7"));
    QCOMPARE(QCoreApplication::translate("careshift::BoardPaper", "%n option(s)", nullptr, 3),
             QStringLiteral("\u27e63 options\u27e7"));
}

void TestTranslations::pseudoTranslationReachesTheWindow() {
    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    QStringList menus;
    for (QAction* a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus.first(), QStringLiteral("\u27e6&File\u27e7"));
    QVERIFY(menus.contains(QStringLiteral("\u27e6&Help\u27e7")));
}

void TestTranslations::everyTextOnScreenIsTranslated() {
    const Project sample = store::loadSample();
    QStringList data;
    collectStrings(QJsonDocument::fromJson(store::writeProjectJson(sample)).object(), data);
    Audit audit(allowedWords(), data);
    MainWindow w(std::make_unique<ProjectDocument>(sample));
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    audit.menus(w.menuBar());
    // Every page of the tree, and every chart tab of every scenario.
    ProjectTreeModel* tree = w.treeModel();
    QList<QModelIndex> pending{QModelIndex()};
    int pages = 0;
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int r = 0; r < tree->rowCount(parent); ++r) {
            const QModelIndex i = tree->index(r, 0, parent);
            pending << i;
            const TreeNode node = tree->nodeAt(i);
            if (!node.isPage() || !w.showNode(node))
                continue;
            ++pages;
            QCoreApplication::processEvents();
            const QString page = QString::fromStdString(node.id.empty() ? "page" : node.id) +
                                 QLatin1Char('/') + QString::number(node.type);
            auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("chartTabs"));
            if (node.type == TreeNode::Scenario && tabs) {
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QCoreApplication::processEvents();
                    audit.widgets(&w, page + QStringLiteral(" tab ") + QString::number(t));
                }
            } else {
                audit.widgets(&w, page);
            }
        }
    }
    QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
    // The options window and Preferences.
    QVERIFY(w.showNode(QStringLiteral("options")));
    QCoreApplication::processEvents();
    if (QWidget* options = w.optionsView())
        audit.widgets(options->window(), QStringLiteral("options"));
    // A scenario under each payment regime: the regimes' names are the engine's.
    QVERIFY(w.showNode(QStringLiteral("options:frailty")));
    QCoreApplication::processEvents();
    QVERIFY(w.optionsView());
    audit.widgets(w.optionsView()->window(), QStringLiteral("payment regimes"));
    // An outcome metric's chart against its peers.
    QVERIFY(w.showNode(QStringLiteral("scenario:combined#6/falls-admissions-65")));
    QCoreApplication::processEvents();
    QVERIFY(w.outcomeChartWindow());
    audit.widgets(w.outcomeChartWindow(), QStringLiteral("outcome chart"));
    PaperDialog paper(sample, QStringLiteral("sample.careshift"), &w);
    paper.show();
    QCoreApplication::processEvents();
    audit.widgets(&paper, QStringLiteral("board paper dialog"));
    audit.check(w.shortcutsHtml(), QStringLiteral("keyboard shortcuts"));
    audit.check(MainWindow::aboutText(), QStringLiteral("about"));
    // The presentation, on the combined option.
    QVERIFY(w.showNode(QStringLiteral("present:combined")));
    QCoreApplication::processEvents();
    QVERIFY(w.presentation() != nullptr);
    audit.widgets(w.presentation(), QStringLiteral("presentation"));
    w.presentation()->close();
    SettingsDialog settings(&w);
    settings.show();
    QCoreApplication::processEvents();
    audit.widgets(&settings, QStringLiteral("preferences"));

    const QStringList found = audit.found();
    for (const QString& f : found)
        qInfo("not translated: %s", qPrintable(f));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 texts not translated:\n").arg(found.size()) +
                        found.join(QLatin1Char('\n'))));
}

int main(int argc, char** argv) {
    // Before the application: its startup installs the catalogues.
    qputenv("CARESHIFT_TRANSLATION", CARESHIFT_PSEUDO_QM);
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
