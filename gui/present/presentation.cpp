#include "gui/present/presentation.h"

#include "engine/describe.h"
#include "engine/format.h"
#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/editors/formbinder.h"
#include "gui/paper/paperchart.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QShortcut>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace careshift {

/// A PaperChart drawn in a widget (the presentation's chart).
class PaperChartWidget : public QWidget {
public:
    explicit PaperChartWidget(QWidget* parent)
        : QWidget(parent) {
        setMinimumHeight(260);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    void setChart(PaperChart chart) {
        m_chart = std::move(chart);
        update();
    }
    const PaperChart& chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        drawPaperChart(p, QRectF(rect()).adjusted(8, 8, -8, -8), m_chart);
    }

private:
    PaperChart m_chart;
};

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// The figures a board asks for first, in the order shown.
const std::vector<std::pair<std::string, const char*>>& figureKeys() {
    static const std::vector<std::pair<std::string, const char*>> keys = {
        {"investment", QT_TRANSLATE_NOOP("careshift::PresentationWindow", "Investment")},
        {"netSaving", QT_TRANSLATE_NOOP("careshift::PresentationWindow", "Net saving (cash)")},
        {"npv", QT_TRANSLATE_NOOP("careshift::PresentationWindow", "NPV (real)")},
        {"roi", QT_TRANSLATE_NOOP("careshift::PresentationWindow", "Return on investment")},
        {"payback", QT_TRANSLATE_NOOP("careshift::PresentationWindow", "Pays back in")},
        {"admissions",
         QT_TRANSLATE_NOOP("careshift::PresentationWindow", "Emergency admissions avoided")},
        {"qalys", QT_TRANSLATE_NOOP("careshift::PresentationWindow", "QALYs gained")},
    };
    return keys;
}

} // namespace

PresentationWindow::PresentationWindow(ProjectDocument* doc, const std::string& scenarioId,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_doc(doc)
    , m_startIndex(doc->undoStack()->index())
    , m_title(new QLabel(this))
    , m_position(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_status(new QLabel(this))
    , m_chart(new PaperChartWidget(this))
    , m_sliderBox(new QWidget(this)) {
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("CareShift — presenting %1").arg(qs(doc->project().commissioner.name)));
    // Large type for a projector: 20 pt body, 40 pt title, 34 pt figures.
    setStyleSheet(QStringLiteral(
        "#presentation { background: white; }"
        "QLabel { font-size: 20pt; color: #212b32; }"
        "QLabel#presentTitle { font-size: 40pt; font-weight: bold; color: #005eb8; }"
        "QLabel#presentPosition { font-size: 18pt; color: #425563; }"
        "QLabel[role=\"figure\"] { font-size: 34pt; font-weight: bold; }"
        "QLabel[role=\"figureTitle\"] { font-size: 16pt; color: #425563; }"
        "QLabel[role=\"slider\"] { font-size: 18pt; }"
        "QLabel#presentStatus { font-size: 16pt; color: #425563; }"
        "QSlider::groove:horizontal { height: 14px; background: #d8dde0; border-radius: 7px; }"
        "QSlider::handle:horizontal { width: 34px; margin: -12px 0; border-radius: 17px;"
        " background: #005eb8; }"));
    for (const Intervention& iv : doc->project().interventions) {
        std::vector<double>& v = m_assumed[iv.id];
        for (const ActivityEffect& e : iv.effects)
            v.push_back(e.change);
    }
    const auto& scenarios = doc->project().scenarios;
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].id == scenarioId)
            m_page = static_cast<int>(i);

    m_title->setObjectName(QStringLiteral("presentTitle"));
    m_title->setWordWrap(true);
    m_position->setObjectName(QStringLiteral("presentPosition"));
    m_notes->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("presentStatus"));
    m_status->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_position, 0, Qt::AlignTop);

    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(36);
    int column = 0;
    for (const auto& [key, title] : figureKeys()) {
        auto* name = new QLabel(tr(title), this);
        name->setProperty("role", QStringLiteral("figureTitle"));
        name->setWordWrap(true);
        auto* value = new QLabel(QStringLiteral("–"), this);
        value->setProperty("role", QStringLiteral("figure"));
        value->setObjectName(QStringLiteral("figure_") + qs(key));
        value->setAccessibleName(tr(title));
        figures->addWidget(name, 0, column, Qt::AlignBottom);
        figures->addWidget(value, 1, column);
        m_figures[key] = value;
        ++column;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    layout->addLayout(figures);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_sliderBox);
    layout->addWidget(m_status);

    // Page keys that work even when a slider has the focus.
    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { showPage(m_page + 1); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { showPage(m_page - 1); });
    shortcut(QKeySequence::Undo, [this] {
        if (m_doc)
            m_doc->undoStack()->undo();
    });
    shortcut(QKeySequence::Redo, [this] {
        if (m_doc)
            m_doc->undoStack()->redo();
    });

    connect(doc, &ProjectDocument::recalculated, this, [this] { refresh(); });
    // A change of structure (an undo, a block edit) rebuilds the sliders only
    // when the page's interventions changed, and never inside a slider's own
    // signal: later, in the event loop.
    connect(doc, &ProjectDocument::structureChanged, this, [this] {
        if (pageSignature() == m_signature)
            return refresh();
        QMetaObject::invokeMethod(
            this, [this] { build(); }, Qt::QueuedConnection);
    });
    connect(doc, &QObject::destroyed, this, &QWidget::close);
    build();
}

PresentationWindow::~PresentationWindow() = default;

int PresentationWindow::pageCount() const {
    return m_doc ? static_cast<int>(m_doc->project().scenarios.size()) : 0;
}

std::string PresentationWindow::scenarioId() const {
    if (!m_doc || m_page < 0 || m_page >= pageCount())
        return {};
    return m_doc->project().scenarios[static_cast<std::size_t>(m_page)].id;
}

void PresentationWindow::showPage(int page) {
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    build();
}

QString PresentationWindow::figure(const std::string& key) const {
    const auto it = m_figures.find(key);
    return it == m_figures.end() ? QString() : it->second->text();
}

QSlider* PresentationWindow::reachSlider(const std::string& id) const {
    const auto it = m_reach.find(id);
    return it == m_reach.end() ? nullptr : it->second;
}

QSlider* PresentationWindow::effectSlider(const std::string& id) const {
    const auto it = m_effect.find(id);
    return it == m_effect.end() ? nullptr : it->second;
}

int PresentationWindow::editsMade() const {
    return m_doc ? std::max(0, m_doc->undoStack()->index() - m_startIndex) : 0;
}

std::string PresentationWindow::pageSignature() const {
    if (!m_doc || m_page < 0 || m_page >= pageCount())
        return {};
    const Project& p = m_doc->project();
    const Scenario& s = p.scenarios[static_cast<std::size_t>(m_page)];
    std::string signature = s.id;
    for (const ScenarioItem& item : s.items) {
        const Intervention* iv = p.findIntervention(item.interventionId);
        if (iv && item.enabled)
            signature +=
                '\x1f' + iv->id + '\x1e' + iv->name + '\x1e' + std::to_string(iv->effects.size());
    }
    return signature;
}

void PresentationWindow::build() {
    if (!m_doc)
        return;
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    m_signature = pageSignature();
    // The sliders of the page's interventions, made afresh for the page.
    for (FormBinder* b : m_binders)
        b->deleteLater();
    m_binders.clear();
    m_reach.clear();
    m_effect.clear();
    m_reachLabel.clear();
    m_effectLabel.clear();
    delete m_sliderGrid;
    for (QWidget* old : m_sliderBox->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->deleteLater();
    }
    m_sliderGrid = new QGridLayout(m_sliderBox);
    m_sliderGrid->setContentsMargins(0, 0, 0, 0);
    m_sliderGrid->setHorizontalSpacing(24);
    m_sliderGrid->setVerticalSpacing(12);
    m_sliderGrid->setColumnStretch(2, 1);
    m_sliderGrid->setColumnStretch(4, 1);

    const Project& p = m_doc->project();
    int row = 0;
    if (pageCount() > 0) {
        const Scenario& s = p.scenarios[static_cast<std::size_t>(m_page)];
        for (const ScenarioItem& item : s.items) {
            const Intervention* iv = p.findIntervention(item.interventionId);
            if (!iv || !item.enabled)
                continue;
            const std::string id = iv->id;
            auto* name = new QLabel(qs(iv->name.empty() ? id : iv->name), m_sliderBox);
            name->setProperty("role", QStringLiteral("slider"));
            // A long name wraps in its column instead of squeezing the sliders.
            name->setWordWrap(true);
            name->ensurePolished(); // the 18 pt of the style sheet
            name->setMinimumWidth(
                std::min(460, name->fontMetrics().horizontalAdvance(name->text()) + 8));
            name->setMaximumWidth(460);
            name->setToolTip(name->text());
            auto* reach = new QSlider(Qt::Horizontal, m_sliderBox);
            reach->setObjectName(QStringLiteral("presentReach_") + qs(id));
            reach->setAccessibleName(tr("Reach of %1").arg(name->text()));
            auto* binder = new FormBinder(m_doc, this);
            binder->bind(reach, FieldPath{Kind::Intervention, id, "coverage"});
            m_binders.push_back(binder);
            auto* reachLabel = new QLabel(m_sliderBox);
            reachLabel->setProperty("role", QStringLiteral("slider"));
            reachLabel->setMinimumWidth(260);

            auto* effect = new QSlider(Qt::Horizontal, m_sliderBox);
            effect->setObjectName(QStringLiteral("presentEffect_") + qs(id));
            effect->setAccessibleName(
                tr("Effect of %1, as a share of the assumed effect").arg(name->text()));
            effect->setRange(0, 200);
            effect->setSingleStep(5);
            effect->setPageStep(25);
            effect->setEnabled(!iv->effects.empty());
            effect->setValue(effectPercent(id));
            auto* effectLabel = new QLabel(m_sliderBox);
            effectLabel->setProperty("role", QStringLiteral("slider"));
            effectLabel->setMinimumWidth(300);
            // A drag is one undo step: the moves between press and release
            // go into one macro.
            connect(effect, &QSlider::sliderPressed, this, [this] {
                if (m_doc && !m_inMacro) {
                    m_doc->undoStack()->beginMacro(tr("Change an effect while presenting"));
                    m_inMacro = true;
                }
            });
            connect(effect, &QSlider::sliderReleased, this, [this] {
                if (m_doc && m_inMacro) {
                    m_doc->undoStack()->endMacro();
                    m_inMacro = false;
                }
            });
            connect(effect, &QSlider::valueChanged, this, [this, id](int v) { setEffect(id, v); });

            auto* reachName = new QLabel(tr("Reach"), m_sliderBox);
            reachName->setProperty("role", QStringLiteral("figureTitle"));
            m_sliderGrid->addWidget(name, row, 0);
            m_sliderGrid->addWidget(reachName, row, 1);
            m_sliderGrid->addWidget(reach, row, 2);
            m_sliderGrid->addWidget(reachLabel, row, 3);
            m_sliderGrid->addWidget(effect, row, 4);
            m_sliderGrid->addWidget(effectLabel, row, 5);
            m_reach[id] = reach;
            m_effect[id] = effect;
            m_reachLabel[id] = reachLabel;
            m_effectLabel[id] = effectLabel;
            ++row;
        }
    }
    m_sliderBox->setVisible(row > 0);
    refresh();
}

int PresentationWindow::effectPercent(const std::string& id) const {
    const Intervention* iv = m_doc ? m_doc->project().findIntervention(id) : nullptr;
    const auto it = m_assumed.find(id);
    if (!iv || it == m_assumed.end())
        return 100;
    for (std::size_t i = 0; i < iv->effects.size() && i < it->second.size(); ++i)
        if (it->second[i] != 0)
            return static_cast<int>(std::lround(iv->effects[i].change / it->second[i] * 100));
    return 100;
}

void PresentationWindow::setEffect(const std::string& id, int percent) {
    if (!m_doc)
        return;
    const Intervention* iv = m_doc->project().findIntervention(id);
    const auto it = m_assumed.find(id);
    if (!iv || it == m_assumed.end() || percent == effectPercent(id))
        return;
    // Every effect of the intervention at `percent` of its assumed value,
    // validated together as one edit.
    std::vector<commands::CellEdit> cells;
    for (std::size_t i = 0; i < iv->effects.size() && i < it->second.size(); ++i) {
        const double change = it->second[i] * percent / 100.0;
        cells.push_back({FieldPath{Kind::Effect, effectId(id, iv->effects[i].pod), "change"},
                         QString::number(change * 100, 'g', 15) + QLatin1Char('%'),
                         qs(iv->effects[i].pod)});
    }
    const auto refused = commands::setFieldsFromText(
        m_doc, cells,
        tr("Effect of %1 at %2% of assumed").arg(qs(iv->name), QString::number(percent)));
    if (!refused.empty()) {
        m_problem = refused.front().message;
        m_status->setText(tr("Not changed: %1").arg(m_problem));
        if (QSlider* s = effectSlider(id)) {
            const QSignalBlocker block(s);
            s->setValue(effectPercent(id));
        }
    } else {
        m_problem.clear();
    }
}

void PresentationWindow::refresh() {
    if (!m_doc || pageCount() == 0)
        return;
    const Project& p = m_doc->project();
    const Scenario& s = p.scenarios[static_cast<std::size_t>(m_page)];
    m_title->setText(qs(s.name.empty() ? s.id : s.name));
    m_position->setText(tr("Option %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_notes->setText(qs(s.notes));
    m_notes->setVisible(!s.notes.empty());
    const int base = p.commissioner.baseYear;

    for (const auto& [id, slider] : m_reach) {
        const Intervention* iv = p.findIntervention(id);
        if (!iv)
            continue;
        m_reachLabel[id]->setText(tr("%1 of the group").arg(qs(formatPercent(iv->coverage, 1))));
        const int percent = effectPercent(id);
        if (m_effect[id]->value() != percent && !m_effect[id]->isSliderDown()) {
            const QSignalBlocker block(m_effect[id]);
            m_effect[id]->setValue(percent);
        }
        m_effectLabel[id]->setText(iv->effects.empty() ? tr("no effect on activity")
                                                       : tr("effect %1% of assumed").arg(percent));
    }

    const ScenarioResults r = m_doc->results(s.id);
    if (!r.appraisal) {
        for (auto& [key, label] : m_figures)
            label->setText(QStringLiteral("–"));
        m_chart->setChart(PaperChart{});
        m_status->setText(tr("No figures: %1").arg(r.problem));
        return;
    }
    const Appraisal& a = *r.appraisal;
    const OptionSummary o = summarise(p, s, a);
    m_figures["investment"]->setText(qs(formatMoney(o.investment)));
    m_figures["netSaving"]->setText(qs(formatMoney(o.netSaving)));
    m_figures["npv"]->setText(qs(formatMoney(o.npv)));
    m_figures["roi"]->setText(o.roi ? qs(formatPercent(*o.roi, 0)) : tr("n/a"));
    m_figures["payback"]->setText(o.paybackYear ? qs(formatFinancialYear(base + *o.paybackYear))
                                                : tr("not in period"));
    m_figures["admissions"]->setText(qs(formatCount(o.admissionsAvoided)));
    m_figures["qalys"]->setText(o.qalysGained ? qs(formatDecimal(*o.qalysGained, 1)) : tr("n/a"));

    PaperChart c;
    c.title = tr("Net saving to the commissioner by year (cash)");
    c.seriesNames = {tr("Net saving in the year")};
    c.lineName = tr("Cumulative");
    c.fontScale = 2.0;
    c.series.emplace_back();
    for (std::size_t t = 0; t < a.impact.years.size(); ++t) {
        c.labels << qs(formatFinancialYear(base + static_cast<int>(t)));
        c.series[0].push_back(a.impact.years[t].netSaving);
        c.line.push_back(a.impact.years[t].cumulativeNetSaving);
    }
    m_chart->setChart(c);

    const int edits = editsMade();
    if (m_problem.isEmpty())
        m_status->setText(
            edits == 0
                ? tr("Page Up / Page Down: options · drag a slider to ask \"what if\" · Esc: "
                     "leave")
                : tr("Changes made while presenting: %1, in the project (unsaved); Ctrl+Z "
                     "undoes the last · Esc: leave")
                      .arg(edits));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    // Esc and the page keys are also shortcuts (they work while a slider has
    // the focus); here they are for a window that is not the active one.
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        showPage(m_page + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        showPage(m_page - 1);
        return;
    case Qt::Key_Home:
        showPage(0);
        return;
    case Qt::Key_End:
        showPage(pageCount() - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::closeEvent(QCloseEvent* event) {
    if (m_doc && m_inMacro) {
        m_doc->undoStack()->endMacro();
        m_inMacro = false;
    }
    emit finished(editsMade());
    QWidget::closeEvent(event);
}

} // namespace careshift
