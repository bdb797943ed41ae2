#!/usr/bin/env bash
# Renders resources/desktop/careshift.svg to the PNG sizes a desktop uses
# (16-256 px, in resources/desktop/icons/NxN/careshift.png) with Qt's own SVG
# renderer, so the PNGs match the SVG. Run after changing the SVG; the PNGs
# are committed. Not part of the build.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/render.cpp" <<'CPP'
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QSvgRenderer svg(QString::fromUtf8(argv[1]));
    for (int n : {16, 24, 32, 48, 64, 128, 256}) {
        QImage img(n, n, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        const QString dir = QString::fromUtf8(argv[2]) + QStringLiteral("/%1x%1").arg(n);
        QDir().mkpath(dir);
        if (!img.save(dir + QStringLiteral("/careshift.png")))
            return 1;
    }
    return 0;
}
CPP
g++ -std=c++17 -fPIC "$work/render.cpp" -o "$work/render" $(pkg-config --cflags --libs Qt6Gui Qt6Svg)
QT_QPA_PLATFORM=offscreen "$work/render" resources/desktop/careshift.svg resources/desktop/icons
echo "rendered resources/desktop/icons/*/careshift.png"
