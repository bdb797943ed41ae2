#pragma once
// Words the engine writes that the GUI shows and translates (issue 13): the
// names of groups, settings, payment mechanisms and the other enumerations,
// and the row labels of the reports. The engine has no Qt, so it cannot call
// tr(); it marks each such literal with CARESHIFT_WORD, which is the literal
// itself. lupdate reads the marker as Qt's QT_TR_NOOP (the build passes
// -tr-function-alias QT_TR_NOOP+=CARESHIFT_WORD), so the words are in the
// catalogue under the context "careshift"; the GUI looks them up with
// engineText() (gui/translations.h). Use it only at namespace scope or in a
// free function (inside a class, lupdate would file the word under the
// class's name); in namespace careshift::cohort the context is that
// namespace's name, which engineText() is then given. The CLI, the CSV and the JSON keep the
// English.
#define CARESHIFT_WORD(text) text
/// A phrase with a count, "%n provider(s) ...": lupdate reads it as
/// QT_TR_N_NOOP, so the catalogue gives its plural forms.
#define CARESHIFT_WORD_N(text) text
