#pragma once
// CareShift's translation catalogues (issue 13). The source strings are
// British English; the en_GB catalogue gives their plural forms ("%n
// option(s)" -> "1 option", "2 options"), so it is always installed, and a
// catalogue for the user's language, where one exists, goes on top.

#include <QString>
#include <QStringList>

#include <string_view>

namespace careshift {

/// Installs the catalogues into the running QCoreApplication: en_GB, then
/// the best match for the user's languages, then the file named by the
/// CARESHIFT_TRANSLATION environment variable (a translator trying a .qm).
/// Idempotent; runs by itself when a QCoreApplication starts, so the GUI,
/// the CLI's board paper and the tests all get it. Returns the catalogues
/// installed, most specific last.
QStringList installTranslations();

/// A word the engine wrote (marked CARESHIFT_WORD, model/engine/words.h) in
/// the user's language: a group's name, a setting's, a report row's words.
/// `n` for a phrase with a count (CARESHIFT_WORD_N). The English where the
/// catalogue has no translation. `context`: the namespace the word is
/// marked in ("careshift::cohort" for the cohort models' words).
QString engineText(std::string_view words, int n = -1, const char* context = "careshift");

/// The languages CareShift has a catalogue for ("en_GB", ...).
QStringList availableTranslations();

} // namespace careshift
