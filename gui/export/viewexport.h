#pragma once

/// \file viewexport.h
/// Getting what is on screen out of CareShift (issue 12): a chart as PNG (at
/// twice its size on screen) or SVG (vectors, Qt Svg), any table as
/// tab-separated text, and the current view printed. Every file goes
/// through the atomic writer, so a failed export leaves the old file.

#include <QByteArray>
#include <QImage>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QPainter;
class QRectF;
class QWidget;

namespace careshift::viewexport {

/// The widget drawn at `scale` times its size (2: a crisp image for a slide).
QImage image(QWidget* widget, qreal scale = 2.0);
/// The widget as PNG bytes at `scale`.
QByteArray png(QWidget* widget, qreal scale = 2.0);
/// The widget as an SVG document (vectors where the widget paints them).
QByteArray svg(QWidget* widget, const QString& title);
/// Writes the widget to `path`: SVG when it ends ".svg", else PNG at 2x.
/// Throws store::SaveError.
void writeImage(QWidget* widget, const QString& path, const QString& title);

/// Every row of a model with its header as tab-separated text (what is
/// shown: the display role), tabs and line breaks in cells as spaces.
QString modelTsv(const QAbstractItemModel* model);

/// Every row of a model with its header as CSV (RFC 4180): a cell holding a
/// number (its edit value) is written as that number, full precision and
/// no separators; any other cell as its text, neutralised against formula
/// injection (csvText(): a leading = + - @ tab or CR gets a ').
QString modelCsv(const QAbstractItemModel* model);

/// Adds "Export Chart as PNG…", "Export Chart as SVG…" and "Copy Chart" to a
/// chart's context menu.
void addChartActions(QWidget* chart, const QString& title);

/// Draws `widget` scaled to fit `page` (keeping its shape), for printing.
void renderFitted(QWidget* widget, QPainter& painter, const QRectF& page);

} // namespace careshift::viewexport
