#pragma once

/// \file style.h
/// Colours that must follow the palette (a dark palette, issue 13): the
/// secondary text of tiles, captions and help lines, NHS grey on light
/// and a light grey on dark, both above 4.5:1 against their background.

#include <QApplication>
#include <QPalette>
#include <QString>

namespace careshift {

inline bool darkPalette() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

/// A style sheet for secondary text: NHS dark grey (#425563) on a light
/// palette, #b8c2cc on a dark one.
inline QString secondaryTextStyle() {
    return darkPalette() ? QStringLiteral("color: #b8c2cc;") : QStringLiteral("color: #425563;");
}

} // namespace careshift
