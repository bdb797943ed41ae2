#include "gui/summarytiles.h"

#include "engine/format.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace careshift {

namespace {
QString money(double v) {
    return QString::fromStdString(formatMoney(v));
}
} // namespace

SummaryTiles::SummaryTiles(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    addTile(QStringLiteral("netSaving"), tr("Net saving"));
    addTile(QStringLiteral("npv"), tr("Net present value"));
    addTile(QStringLiteral("roi"), tr("Return on investment"));
    addTile(QStringLiteral("payback"), tr("Payback year"));
    addTile(QStringLiteral("investment"), tr("Investment"));
    addTile(QStringLiteral("admissions"), tr("Emergency admissions avoided"));
    addTile(QStringLiteral("bedDays"), tr("Bed days avoided"));
    addTile(QStringLiteral("breakEven"), tr("Break-even effect"));
}

void SummaryTiles::addTile(const QString& key, const QString& title) {
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tileFrame"));
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setStyleSheet(
        QStringLiteral("#tileFrame { background: palette(base); border: 1px solid #d8dde0; "
                       "border-left: 4px solid #005eb8; border-radius: 3px; }"));
    auto* v = new QVBoxLayout(tile);
    v->setContentsMargins(10, 6, 10, 6);
    v->setSpacing(0);
    auto* heading = new QLabel(title, tile);
    heading->setStyleSheet(QStringLiteral("color: #425563;"));
    auto* value = new QLabel(QStringLiteral("–"), tile);
    value->setObjectName(QStringLiteral("tile_") + key);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* detail = new QLabel(tile);
    detail->setStyleSheet(QStringLiteral("color: #425563;"));
    detail->setWordWrap(true);
    v->addWidget(heading);
    v->addWidget(value);
    v->addWidget(detail);
    auto* grid = static_cast<QGridLayout*>(layout());
    const int n = static_cast<int>(m_values.size());
    grid->addWidget(tile, n / 4, n % 4);
    m_values[key] = value;
    m_details[key] = detail;
    value->setAccessibleName(title);
}

void SummaryTiles::set(const QString& key, const QString& value, const QString& detail) {
    m_values.at(key)->setText(value);
    m_values.at(key)->setAccessibleDescription(value + QLatin1Char(' ') + detail);
    m_details.at(key)->setText(detail);
}

QString SummaryTiles::value(const QString& key) const {
    return m_values.at(key)->text();
}

void SummaryTiles::show(const Appraisal& a, int baseYear, int horizon, double discountRate) {
    const Impact& im = a.impact;
    const QString over = tr("over %1 years").arg(horizon);
    set(QStringLiteral("netSaving"), money(im.netSaving),
        im.netSaving < 0 ? tr("net cost %1").arg(over) : over);
    set(QStringLiteral("npv"), money(im.npv),
        tr("discounted at %1% a year").arg(discountRate * 100, 0, 'f', 1));
    set(QStringLiteral("roi"),
        im.roi ? QStringLiteral("%1%").arg(*im.roi * 100, 0, 'f', 0) : tr("n/a"),
        im.roi ? tr("net saving / investment") : tr("no investment"));
    if (im.paybackYear)
        set(QStringLiteral("payback"),
            QString::fromStdString(formatFinancialYear(baseYear + *im.paybackYear)),
            tr("cumulative net saving reaches zero"));
    else
        set(QStringLiteral("payback"), tr("None"),
            im.investment > 0 ? tr("not within %1 years").arg(horizon) : tr("no investment"));
    set(QStringLiteral("investment"), money(im.investment), over);
    set(QStringLiteral("admissions"), QString::fromStdString(formatCount(im.admissionsAvoided)),
        over);
    set(QStringLiteral("bedDays"), QString::fromStdString(formatCount(im.bedDaysAvoided)), over);
    set(QStringLiteral("breakEven"),
        a.breakEven ? QStringLiteral("×%1").arg(*a.breakEven, 0, 'f', 2) : tr("n/a"),
        a.breakEven ? tr("effect sizes at which NPV is zero") : tr("no effect size breaks even"));
}

} // namespace careshift
