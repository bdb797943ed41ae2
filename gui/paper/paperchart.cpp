#include "gui/paper/paperchart.h"

#include "engine/format.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace careshift {

namespace {

QString money(double v) {
    return QString::fromStdString(formatMoney(v));
}

/// A step of 1, 2 or 5 times a power of ten that cuts `span` into about four.
double niceStep(double span) {
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

/// Fill of series i: a shade and a pattern, so grey print keeps them apart.
QBrush seriesBrush(std::size_t i) {
    switch (i % 3) {
    case 0:
        return QBrush(QColor(0x44, 0x44, 0x44));
    case 1:
        return QBrush(Qt::black, Qt::BDiagPattern);
    default:
        return QBrush(QColor(0xbb, 0xbb, 0xbb));
    }
}

/// The chart being drawn's text scale (PaperChart::fontScale).
thread_local double tFontScale = 1;

QFont chartFont(double points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points * tFontScale);
    f.setBold(bold);
    return f;
}

struct Scale {
    double lo = 0;
    double hi = 1;
    double step = 1;
};

Scale scaleOf(const PaperChart& c) {
    double lo = 0;
    double hi = 0;
    auto take = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const auto& s : c.series)
        for (double v : s)
            take(v);
    for (double v : c.line)
        take(v);
    if (hi - lo <= 0)
        hi = lo + 1;
    Scale sc;
    sc.step = niceStep(hi - lo);
    sc.lo = std::floor(lo / sc.step) * sc.step;
    sc.hi = std::ceil(hi / sc.step) * sc.step;
    if (sc.hi - sc.lo <= 0)
        sc.hi = sc.lo + sc.step;
    return sc;
}

/// The legend across the top of the plot; returns its height.
double drawLegend(QPainter& p, const QRectF& area, const PaperChart& c, double mm) {
    QStringList names = c.seriesNames;
    if (!c.line.empty() && !c.lineName.isEmpty())
        names << c.lineName;
    if (names.size() < 2 && c.line.empty())
        return 0;
    p.setFont(chartFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    double x = area.left();
    const double y = area.top();
    const double box = 3 * mm;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool isLine = i >= c.seriesNames.size();
        const QRectF swatch(x, y + (fm.height() - box) / 2, box, box);
        if (isLine) {
            p.setPen(QPen(Qt::black, 0.4 * mm));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                       QPointF(swatch.right(), swatch.center().y()));
            p.setBrush(Qt::white);
            p.drawEllipse(swatch.center(), 0.8 * mm, 0.8 * mm);
        } else {
            p.setPen(QPen(Qt::black, 0.15 * mm));
            p.setBrush(seriesBrush(static_cast<std::size_t>(i)));
            p.drawRect(swatch);
        }
        p.setPen(Qt::black);
        const QString text = fm.elidedText(names[i], Qt::ElideRight, area.width() / 2);
        p.drawText(QPointF(x + box + 1.5 * mm, y + fm.ascent()), text);
        x += box + 1.5 * mm + fm.horizontalAdvance(text) + 5 * mm;
    }
    return fm.height() + 1.5 * mm;
}

void drawColumns(QPainter& p, QRectF plot, const PaperChart& c, double mm) {
    const Scale sc = scaleOf(c);
    p.setFont(chartFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    // Axis labels on the left: as wide as the widest tick label.
    double labelWidth = 0;
    for (double v = sc.lo; v <= sc.hi + sc.step / 2; v += sc.step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(money(v)));
    plot.setLeft(plot.left() + labelWidth + 2 * mm);
    plot.setBottom(plot.bottom() - fm.height() - 1.5 * mm);
    auto yOf = [&](double v) {
        return plot.bottom() - (v - sc.lo) / (sc.hi - sc.lo) * plot.height();
    };
    // Grid and tick labels.
    for (double v = sc.lo; v <= sc.hi + sc.step / 2; v += sc.step) {
        const double y = yOf(v);
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.15 * mm));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        const QString t = money(std::abs(v) < sc.step / 1e6 ? 0.0 : v);
        p.drawText(
            QRectF(plot.left() - labelWidth - 2 * mm, y - fm.height() / 2, labelWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, t);
    }
    const auto n = static_cast<double>(std::max<qsizetype>(1, c.labels.size()));
    const double band = plot.width() / n;
    const auto seriesCount = static_cast<double>(std::max<std::size_t>(1, c.series.size()));
    const double barWidth = band * 0.7 / seriesCount;
    const bool valuesFit = fm.horizontalAdvance(QStringLiteral("-£00.0m")) < barWidth * 1.1;
    // Values are written last, on a white ground, so the line never crosses them.
    std::vector<std::pair<QRectF, QString>> labels;
    for (qsizetype i = 0; i < c.labels.size(); ++i) {
        const double x0 = plot.left() + band * static_cast<double>(i) + band * 0.15;
        for (std::size_t s = 0; s < c.series.size(); ++s) {
            if (static_cast<std::size_t>(i) >= c.series[s].size())
                continue;
            const double v = c.series[s][static_cast<std::size_t>(i)];
            if (!std::isfinite(v))
                continue;
            const double y0 = yOf(0);
            const double y1 = yOf(v);
            const QRectF bar(x0 + barWidth * static_cast<double>(s), std::min(y0, y1), barWidth,
                             std::abs(y1 - y0));
            p.setPen(QPen(Qt::black, 0.15 * mm));
            p.setBrush(seriesBrush(s));
            p.drawRect(bar);
            if (valuesFit) {
                const QString t = money(v);
                const double w = fm.horizontalAdvance(t) + 1 * mm;
                labels.emplace_back(QRectF(bar.center().x() - w / 2,
                                           v >= 0 ? bar.top() - fm.height() : bar.bottom(), w,
                                           fm.height()),
                                    t);
            }
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + band * static_cast<double>(i), plot.bottom() + 1 * mm, band,
                          fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(c.labels[i], Qt::ElideRight, band));
    }
    // The zero line and the axis.
    p.setPen(QPen(Qt::black, 0.25 * mm));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    if (!c.line.empty()) {
        QPainterPath path;
        for (std::size_t i = 0; i < c.line.size() && i < static_cast<std::size_t>(c.labels.size());
             ++i) {
            const QPointF pt(plot.left() + band * (static_cast<double>(i) + 0.5), yOf(c.line[i]));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(Qt::black, 0.4 * mm * tFontScale));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(Qt::white);
        for (std::size_t i = 0; i < c.line.size() && i < static_cast<std::size_t>(c.labels.size());
             ++i)
            p.drawEllipse(
                QPointF(plot.left() + band * (static_cast<double>(i) + 0.5), yOf(c.line[i])),
                0.8 * mm, 0.8 * mm);
    }
    for (const auto& [box, text] : labels) {
        p.fillRect(box, QColor(255, 255, 255, 230));
        p.setPen(Qt::black);
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void drawBars(QPainter& p, QRectF plot, const PaperChart& c, double mm) {
    const Scale sc = scaleOf(c);
    p.setFont(chartFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    const double labelWidth = plot.width() * 0.34;
    const double valueRoom = fm.horizontalAdvance(QStringLiteral("-£000.0m")) + 1.5 * mm;
    const QRectF bars(plot.left() + labelWidth + 2 * mm, plot.top(),
                      plot.width() - labelWidth - 2 * mm - 2 * valueRoom, plot.height());
    auto xOf = [&](double v) {
        return bars.left() + valueRoom + (v - sc.lo) / (sc.hi - sc.lo) * bars.width();
    };
    const auto n = static_cast<double>(std::max<qsizetype>(1, c.labels.size()));
    const double band = bars.height() / n;
    const std::vector<double>& values = c.series.empty() ? c.line : c.series[0];
    for (qsizetype i = 0; i < c.labels.size(); ++i) {
        const double top = bars.top() + band * static_cast<double>(i);
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left(), top, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(c.labels[i], Qt::ElideRight, labelWidth));
        if (static_cast<std::size_t>(i) >= values.size() ||
            !std::isfinite(values[static_cast<std::size_t>(i)]))
            continue;
        const double v = values[static_cast<std::size_t>(i)];
        const double x0 = xOf(0);
        const double x1 = xOf(v);
        const QRectF bar(std::min(x0, x1), top + band * 0.2, std::abs(x1 - x0), band * 0.6);
        p.setPen(QPen(Qt::black, 0.15 * mm));
        p.setBrush(seriesBrush(v >= 0 ? 0 : 1));
        p.drawRect(bar);
        p.setPen(Qt::black);
        const QString t = money(v);
        if (v >= 0)
            p.drawText(QRectF(bar.right() + 1 * mm, top, valueRoom, band),
                       Qt::AlignLeft | Qt::AlignVCenter, t);
        else
            p.drawText(QRectF(bar.left() - valueRoom - 1 * mm, top, valueRoom, band),
                       Qt::AlignRight | Qt::AlignVCenter, t);
    }
    p.setPen(QPen(Qt::black, 0.25 * mm));
    p.drawLine(QPointF(xOf(0), bars.top()), QPointF(xOf(0), bars.bottom()));
}

} // namespace

void drawPaperChart(QPainter& painter, const QRectF& rect, const PaperChart& chart) {
    painter.save();
    tFontScale = chart.fontScale > 0 ? chart.fontScale : 1;
    painter.setRenderHint(QPainter::Antialiasing);
    const double mm = painter.device() ? painter.device()->logicalDpiX() / 25.4 : 96 / 25.4;
    QRectF area = rect.adjusted(1 * mm, 1 * mm, -1 * mm, -1 * mm);
    painter.setPen(Qt::black);
    if (!chart.title.isEmpty()) {
        painter.setFont(chartFont(8, true));
        const QFontMetricsF fm(painter.font(), painter.device());
        painter.drawText(QPointF(area.left(), area.top() + fm.ascent()),
                         fm.elidedText(chart.title, Qt::ElideRight, area.width()));
        area.setTop(area.top() + fm.height() + 1.5 * mm);
    }
    area.setTop(area.top() + drawLegend(painter, area, chart, mm));
    area.setTop(area.top() + 2 * mm); // room for a value above the tallest bar
    if (chart.type == PaperChart::Columns)
        drawColumns(painter, area, chart, mm);
    else
        drawBars(painter, area, chart, mm);
    painter.restore();
}

} // namespace careshift
