#pragma once
// A report row's label in the user's language (issue 13): the engine's
// words (ReportRow::words) translated, its argument put in, its indent
// kept. A row labelled with the project's own text (a provider's name)
// is shown as it is.

#include "engine/report.h"
#include "gui/translations.h"

namespace careshift {

inline QString reportRowLabel(const ReportRow& r) {
    if (r.words.empty())
        return QString::fromStdString(r.label);
    QString text = engineText(r.words, r.count);
    if (text.contains(QLatin1String("%1"))) {
        const QString argument =
            r.argumentIsWord ? engineText(r.argument) : QString::fromStdString(r.argument);
        text = text.arg(argument);
    }
    return QString(r.indent, QLatin1Char(' ')) + text;
}

} // namespace careshift
