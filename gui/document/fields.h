#pragma once

/// \file fields.h
/// The GUI's side of the field descriptions (engine/describe.h): labels,
/// tooltips and the number of decimals to show, keyed by (Kind, field key),
/// and the conversions between a field and what a user types or reads.
///
/// Every field is addressed by an id-based FieldPath. Values travel as
/// QVariant: double for every number (money, fractions, counts, years),
/// QString for text, ids, references, choice keys and series ("2%, 1.5%"),
/// bool for flags. Ranges come from the engine's description, so a value the
/// engine would refuse is refused here with the same limits.

#include "engine/describe.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace careshift {

struct Choice {
    QVariant key; ///< QString for enumerations and references, double for a year index
    QString label;
};

struct FieldInfo {
    const Field* field = nullptr; ///< the engine's description; null for an unknown key
    QString label;                ///< column header or form label, e.g. "One-off cost"
    QString description;          ///< tooltip: units and meaning
    int decimals = 2;             ///< shown and typed
    std::vector<Choice> choices;  ///< for Choice, Ref and YearIndex fields
    bool editable = true;         ///< ids other than a PoD's code are not edited
    /// How a value is shown and typed when it differs from the field's unit:
    /// an outcome metric's values are plain numbers to the engine but
    /// percentages to a user when the metric counts a share of people.
    std::optional<Unit> shownAs;

    Unit unit() const { return shownAs ? *shownAs : field ? field->unit : Unit::Text; }
    bool isNumber() const { return field && field->isNumber(); }
};

/// How a field of a kind is shown and edited. Choices depend on the project
/// (its PoDs, providers, contracts and years).
FieldInfo fieldInfo(const Project& project, Kind kind, std::string_view key);
/// The same for one object's field: an outcome metric's values (its base
/// value, thresholds, peers' values and the effects on it) are shown as
/// percentages when the metric is a percentage or a ratio.
FieldInfo fieldInfo(const Project& project, const FieldPath& path);

/// The value to edit; an invalid QVariant when the field does not exist.
/// An activity cell or scenario item that is not stored reads as 0 / false.
QVariant fieldValue(const Project& project, const FieldPath& path);

/// The value as a board reads it: £1,590, 2.5%, 30,000, 2016/17, a choice's label.
QString displayText(const Project& project, const FieldPath& path);
/// A value of a field as text, without a project for the choices' labels.
QString valueText(const FieldInfo& info, const QVariant& value);

/// Turns typed or pasted text into a value ("£1,234", "12.5%", "2%, 1.5%",
/// "2018/19", a choice's key or label). A percentage is typed as a percentage:
/// "1" is 1%. Out-of-range values are refused, never clamped. On failure
/// returns an invalid QVariant and sets `error` to a sentence naming the field.
QVariant parseInput(const Project& project, const FieldPath& path, const QString& text,
                    QString* error);

/// Whether `value` may be written to the field: its type, its range (from the
/// engine's description) and, for references, that the object exists. Empty
/// when it may; otherwise "One-off cost must be from £0 to £1,000,000,000,000
/// (not -£5,000)".
/// `typed` is quoted in the message when given (what the user typed).
QString checkValue(const Project& project, const FieldPath& path, const QVariant& value,
                   const QString& typed = {});

/// Writes `value` (checked with checkValue()) into the project. A field that is
/// part of its object's id (a PoD's code, an effect's PoD, a substitution's
/// PoDs) moves the object: `moved` receives the field's new path, and renaming
/// a PoD code updates every reference to it. Returns an error when nothing
/// was written.
QString applyField(Project& project, const FieldPath& path, const QVariant& value,
                   FieldPath* moved = nullptr);

/// Series as text and back: {0.025, 0.02} <-> "2.5%, 2%".
QString seriesText(const std::vector<double>& series);
bool parseSeries(const QString& text, std::vector<double>* out);
/// A fraction as a percentage with up to three decimals: 2.5%, 33.333%.
QString percentText(double fraction);
/// Pounds with separators, pence only when there are any: £1,234, -£5,000.
QString moneyText(double pounds);

/// The name a user knows an object by: "Community frailty team", "NEL",
/// "Older people (70+)", "Acute trust"; its id when it has no name.
QString objectName(const Project& project, Kind kind, const std::string& object);

/// The field in words for undo texts and messages: "coverage of Community
/// frailty team", "price of NEL", "NEL activity of Older people (70+)".
QString fieldDescription(const Project& project, const FieldPath& path);

/// A table's buttons: "Add effect", "Remove effect" (whole messages).
QString addRowText(Kind kind);
QString removeRowText(Kind kind);
/// "That effect no longer exists." (an edit whose object was removed).
QString goneText(Kind kind);

} // namespace careshift
