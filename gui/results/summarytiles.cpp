#include "gui/results/summarytiles.h"

#include "engine/format.h"
#include "gui/style.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace careshift {

namespace {
QString money(double v) {
    return QString::fromStdString(formatMoney(v));
}

/// Sets a label's text only when it changes, so an edit that leaves a tile's
/// figure as it was neither repaints nor re-lays out the tile.
void setText(QLabel* label, const QString& text) {
    if (label->text() != text)
        label->setText(text);
}
} // namespace

SummaryTiles::SummaryTiles(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    addTile(QStringLiteral("netSaving"), tr("Net saving"));
    addTile(QStringLiteral("npv"), tr("Net present value"));
    addTile(QStringLiteral("roi"), tr("ROI"), tr("Return on investment"));
    addTile(QStringLiteral("payback"), tr("Payback year"));
    addTile(QStringLiteral("investment"), tr("Investment"));
    addTile(QStringLiteral("admissions"), tr("Admissions avoided"));
    addTile(QStringLiteral("bedDays"), tr("Bed days avoided"));
    addTile(QStringLiteral("breakEven"), tr("Break-even effect"));
    // The tiles' height never depends on what they say.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SummaryTiles::addTile(const QString& key, const QString& title, const QString& spoken) {
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tileFrame"));
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setStyleSheet(
        QStringLiteral("#tileFrame { background: palette(base); border: 1px solid palette(mid); "
                       "border-left: 4px solid #005eb8; border-radius: 3px; }"));
    auto* v = new QVBoxLayout(tile);
    v->setContentsMargins(10, 6, 10, 6);
    v->setSpacing(0);
    auto* heading = new QLabel(title, tile);
    heading->setObjectName(QStringLiteral("tileHeading_") + key);
    heading->setStyleSheet(secondaryTextStyle());
    auto* value = new QLabel(QStringLiteral("–"), tile);
    value->setObjectName(QStringLiteral("tile_") + key);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    // Selectable by keyboard, so it takes focus: tabbing through the tiles
    // reads each figure.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    auto* detail = new QLabel(tile);
    detail->setObjectName(QStringLiteral("tileCaption_") + key);
    detail->setStyleSheet(secondaryTextStyle());
    detail->setWordWrap(true);
    detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Two lines of caption whatever the caption: tiles keep their height.
    detail->setFixedHeight(2 * detail->fontMetrics().lineSpacing() + 2);
    v->addWidget(heading);
    v->addWidget(value);
    v->addWidget(detail);
    auto* grid = static_cast<QGridLayout*>(layout());
    const int n = static_cast<int>(m_tiles.size());
    // Four equal columns whatever the tiles say; headings and captions are
    // short enough to fit a tile at 1280x800.
    tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    grid->addWidget(tile, n / 4, n % 4);
    grid->setColumnStretch(n % 4, 1);
    m_tiles[key] = Tile{spoken.isEmpty() ? title : spoken, value, detail};
    value->setAccessibleName(m_tiles[key].title);
}

void SummaryTiles::set(const QString& key, const QString& value, const QString& detail) {
    const Tile& tile = m_tiles.at(key);
    setText(tile.value, value);
    setText(tile.detail, detail);
    const QString name = detail.isEmpty()
                             ? QStringLiteral("%1: %2").arg(tile.title, value)
                             : QStringLiteral("%1: %2 %3").arg(tile.title, value, detail);
    if (tile.value->accessibleName() != name) {
        tile.value->setAccessibleName(name);
        tile.value->setAccessibleDescription(detail);
    }
}

QString SummaryTiles::value(const QString& key) const {
    return m_tiles.at(key).value->text();
}

void SummaryTiles::clear() {
    for (const auto& [key, tile] : m_tiles)
        set(key, QStringLiteral("–"), tr("no figures: see the message below"));
}

void SummaryTiles::show(const Appraisal& a, int baseYear, int horizon, double discountRate) {
    const Impact& im = a.impact;
    const QString over = tr("over %n year(s)", nullptr, horizon);
    set(QStringLiteral("netSaving"), money(im.netSaving),
        im.netSaving < 0 ? tr("a net cost %1").arg(over) : over);
    // Real terms first (the Green Book discounts constant prices); cash beside it.
    set(QStringLiteral("npv"), money(im.npv),
        tr("real terms at %1%; cash %2").arg(discountRate * 100, 0, 'f', 1).arg(money(im.npvCash)));
    set(QStringLiteral("roi"),
        im.roi ? QStringLiteral("%1%").arg(*im.roi * 100, 0, 'f', 0) : tr("n/a"),
        im.roi ? tr("net saving / investment") : tr("no investment"));
    if (im.paybackYear)
        set(QStringLiteral("payback"),
            QString::fromStdString(formatFinancialYear(baseYear + *im.paybackYear)),
            tr("cumulative net saving \u2265 £0"));
    else if (im.investment > 0)
        set(QStringLiteral("payback"), tr("None"), tr("not within %n year(s)", nullptr, horizon));
    else // as the ROI tile and the CLI say it
        set(QStringLiteral("payback"), tr("n/a"), tr("no investment"));
    set(QStringLiteral("investment"), money(im.investment), over);
    set(QStringLiteral("admissions"), QString::fromStdString(formatCount(im.admissionsAvoided)),
        tr("emergency, %1").arg(over));
    set(QStringLiteral("bedDays"), QString::fromStdString(formatCount(im.bedDaysAvoided)), over);
    if (!a.breakEvenAchievable)
        // Breaking even would take effects below -100% among the people reached.
        // "None", like a payback that never comes; the caption says why.
        set(QStringLiteral("breakEven"), tr("None"), tr("not achievable: effects past -100%"));
    else if (a.breakEven)
        set(QStringLiteral("breakEven"), QStringLiteral("×%1").arg(*a.breakEven, 0, 'f', 2),
            tr("effect multiplier for NPV £0"));
    else
        set(QStringLiteral("breakEven"), tr("n/a"), tr("no effect size breaks even"));
}

} // namespace careshift
