#include "gui/export/viewexport.h"

#include "engine/report.h"
#include "store/atomicfile.h"
#include "store/fileerror.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

namespace careshift::viewexport {

QImage image(QWidget* widget, qreal scale) {
    QImage img((QSizeF(widget->size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    widget->render(&p);
    p.end();
    return img;
}

QByteArray png(QWidget* widget, qreal scale) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image(widget, scale).save(&buffer, "PNG");
    return bytes;
}

QByteArray svg(QWidget* widget, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(widget->size());
    gen.setViewBox(QRect(QPoint(0, 0), widget->size()));
    gen.setTitle(title);
    gen.setDescription(QStringLiteral("CareShift chart"));
    QPainter p(&gen);
    widget->render(&p);
    p.end();
    return bytes;
}

void writeImage(QWidget* widget, const QString& path, const QString& title) {
    const bool isSvg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    store::writeFileAtomically(path, isSvg ? svg(widget, title) : png(widget));
}

QString modelTsv(const QAbstractItemModel* model) {
    auto cell = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return s;
    };
    QString out;
    QStringList header;
    bool anyHeader = false;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString h = model->headerData(c, Qt::Horizontal).toString();
        anyHeader = anyHeader || !h.isEmpty();
        header << cell(h);
    }
    const bool rowHeaders = model->rowCount() > 0 &&
                            model->headerData(0, Qt::Vertical).toString() != QStringLiteral("1");
    if (anyHeader)
        out += (rowHeaders ? QStringLiteral("\t") : QString()) + header.join(QLatin1Char('\t')) +
               QLatin1Char('\n');
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        if (rowHeaders)
            row << cell(model->headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < model->columnCount(); ++c)
            row << cell(model->index(r, c).data().toString());
        out += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QString modelCsv(const QAbstractItemModel* model) {
    auto text = [](const QString& s) { return QString::fromStdString(csvText(s.toStdString())); };
    auto cell = [&](const QModelIndex& index) {
        const QVariant edit = index.data(Qt::EditRole);
        const auto type = edit.metaType().id();
        if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong ||
            type == QMetaType::UInt) {
            const double v = edit.toDouble();
            if (std::isfinite(v))
                return QString::number(v, 'g', 15);
        }
        return text(index.data(Qt::DisplayRole).toString());
    };
    QString out;
    const bool rowHeaders = model->rowCount() > 0 &&
                            model->headerData(0, Qt::Vertical).toString() != QStringLiteral("1");
    QStringList header;
    if (rowHeaders)
        header << QString();
    for (int c = 0; c < model->columnCount(); ++c)
        header << text(model->headerData(c, Qt::Horizontal).toString());
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        if (rowHeaders)
            row << text(model->headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < model->columnCount(); ++c)
            row << cell(model->index(r, c));
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

void addChartActions(QWidget* chart, const QString& title) {
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto exportAs = [chart, title](bool asSvg) {
        const QString filter =
            asSvg ? QObject::tr("SVG images (*.svg)") : QObject::tr("PNG images (*.png)");
        QString path = QFileDialog::getSaveFileName(
            chart, asSvg ? QObject::tr("Export Chart as SVG") : QObject::tr("Export Chart as PNG"),
            QStringLiteral("careshift-chart.") +
                (asSvg ? QStringLiteral("svg") : QStringLiteral("png")),
            filter);
        if (path.isEmpty())
            return;
        const QString suffix = asSvg ? QStringLiteral(".svg") : QStringLiteral(".png");
        if (!path.endsWith(suffix, Qt::CaseInsensitive))
            path += suffix;
        try {
            writeImage(chart, path, title);
        } catch (const store::FileError& e) {
            QMessageBox::warning(chart, QObject::tr("Export failed"),
                                 e.messages().join(QLatin1Char('\n')));
        }
    };
    auto* png = new QAction(QObject::tr("Export Chart as PNG…"), chart);
    QObject::connect(png, &QAction::triggered, chart, [exportAs] { exportAs(false); });
    auto* svgAction = new QAction(QObject::tr("Export Chart as SVG…"), chart);
    QObject::connect(svgAction, &QAction::triggered, chart, [exportAs] { exportAs(true); });
    auto* copy = new QAction(QObject::tr("Copy Chart"), chart);
    QObject::connect(copy, &QAction::triggered, chart,
                     [chart] { QApplication::clipboard()->setImage(image(chart)); });
    chart->addActions({png, svgAction, copy});
}

void renderFitted(QWidget* widget, QPainter& painter, const QRectF& page) {
    const QSizeF size = widget->size();
    if (size.isEmpty())
        return;
    const qreal scale = std::min(page.width() / size.width(), page.height() / size.height());
    painter.save();
    painter.translate(page.topLeft());
    painter.scale(scale, scale);
    widget->render(&painter);
    painter.restore();
}

} // namespace careshift::viewexport
