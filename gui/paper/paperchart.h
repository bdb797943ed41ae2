#pragma once

/// \file paperchart.h
/// The board paper's charts, drawn with QPainter so that a PDF gets them
/// as vectors and a printed page in grey still reads: every series has its
/// own fill (solid dark grey, hatched, light grey) as well as its own
/// shade, values are written on the bars, and labels are elided to fit.

#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace careshift {

struct PaperChart {
    enum Type {
        /// One bar per label, left to right (`series[0]`), with an optional
        /// line of `line` values (e.g. the cumulative saving) over them.
        Columns,
        /// One bar per label, top to bottom (options, providers), value at its end.
        Bars,
    };
    Type type = Columns;
    QString title;
    QStringList labels;
    QStringList seriesNames;                 ///< legend; one per series
    std::vector<std::vector<double>> series; ///< [series][label]
    std::vector<double> line;                ///< Columns: an optional line, one value per label
    QString lineName;
    double widthMm = 160; ///< in a document; a widget gives its own size
    double heightMm = 70;
    double fontScale = 1; ///< text size: 1 for paper (7-8 pt), about 2 on a projector
};

/// Draws `chart` in `rect` (device units of `painter`); text is sized in
/// points at the device's resolution, lines in millimetres.
void drawPaperChart(QPainter& painter, const QRectF& rect, const PaperChart& chart);

} // namespace careshift
