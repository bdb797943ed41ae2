#pragma once

/// \file editorfactory.h
/// The one editor factory: form fields, table delegates and the intervention
/// page all get their editors here, so a field is edited, shown and refused
/// the same way everywhere.
///
/// Numbers are edited in a FieldSpinBox whose range is NOT the field's valid
/// range: a spin box clamps what is typed into its range, which silently
/// turned "-5000" into £0. The spin box takes any number; the document
/// refuses an out-of-range one with the reason and the editor snaps back.

#include "gui/document/fields.h"

#include <QDoubleSpinBox>

class QWidget;

namespace careshift {

/// A spin box for money, percentages, counts, plain numbers and years. Years
/// show as financial years ("2016/17") and are never grouped with commas.
class FieldSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    FieldSpinBox(const FieldInfo& info, QWidget* parent = nullptr);

    /// The field's value (a fraction for a percentage) <-> what the box shows.
    double fieldValue() const;
    void setFieldValue(double value);
    bool isPercent() const { return m_unit == Unit::Fraction; }

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    Unit m_unit;
};

namespace editors {

/// An editor for the field: FieldSpinBox for numbers, QComboBox for choices,
/// references and start years, QCheckBox for flags, QPlainTextEdit for notes
/// (Tab moves focus, Ctrl+Tab types a tab), QLineEdit for the rest. It has the
/// field's label as its accessible name and its description as tooltip.
QWidget* create(const FieldInfo& info, QWidget* parent, bool multiline = false);

/// Shows `value` in an editor made by create(); combo choices are refilled
/// from `info` (they change when a provider is renamed).
void setValue(QWidget* editor, const FieldInfo& info, const QVariant& value);

/// The value in the editor: a double, bool or choice key, or QString text to
/// be parsed (line edits). `isText` says which.
QVariant value(QWidget* editor, bool* isText);

} // namespace editors
} // namespace careshift
