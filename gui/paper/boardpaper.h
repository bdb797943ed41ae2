#pragma once

/// \file boardpaper.h
/// The board paper (issue 12): an A4 PDF that reads like an NHS board
/// paper, written with Qt's own PDF path (QPdfWriter, a QTextDocument laid
/// out on its pages, charts drawn as vectors by QPainter). The desktop app's
/// File > Export > Board Paper and `careshift-cli report FILE --pdf OUT` both
/// call writeBoardPaper(), so the two papers are the same. Qt Gui only (no
/// widgets): it needs a QGuiApplication for fonts, not a window.
/// What is in it and why: docs/board-paper.md.

#include "engine/project.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <string>
#include <vector>

namespace careshift {

struct PaperOptions {
    /// The options in the paper, by scenario id, in project order; empty
    /// means every scenario. An id that names no scenario is an error.
    std::vector<std::string> scenarioIds;
    QString title;  ///< default: "Shifting care: options for the board"
    QString author; ///< default: "Not stated"
    QString version = QStringLiteral("1.0");
    QDate date = QDate::currentDate();
    QString fileName; ///< the project file the paper was made from (cover); "" = unsaved
    /// The recommendation, written by the author; empty leaves a marked
    /// space for it ("To be written by the author").
    QString recommendation;
};

/// The PDF's bytes. Scenarios that cannot be projected are listed with
/// their reason instead of figures. Throws std::invalid_argument for a
/// scenario id that names no scenario.
QByteArray boardPaperPdf(const Project& project, const PaperOptions& options,
                         int* pageCount = nullptr);

/// Writes the PDF to `path` through the atomic writer (store::SaveError on
/// failure; the old file is kept). Returns the number of pages.
int writeBoardPaper(const QString& path, const Project& project, const PaperOptions& options);

/// The first 16 hex digits of the SHA-256 of the project's canonical JSON:
/// the checksum a board paper's cover and a saved file carry, so a reader
/// can tell which version of the project the paper came from.
QString projectChecksum(const Project& project);

} // namespace careshift
