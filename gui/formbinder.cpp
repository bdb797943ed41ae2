#include "gui/formbinder.h"

#include "gui/commands.h"
#include "gui/projectdocument.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace careshift {

FormBinder::FormBinder(ProjectDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc) {
    connect(doc, &ProjectDocument::fieldChanged, this, [this] { refresh(); });
    connect(doc, &ProjectDocument::structureChanged, this, [this] { refresh(); });
}

QDoubleSpinBox* FormBinder::makeSpinBox(const FieldInfo& info, QWidget* parent) {
    auto* spin = new QDoubleSpinBox(parent);
    const bool percent = info.kind == FieldKind::Percent;
    spin->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    spin->setRange(info.minimum * (percent ? 100 : 1), info.maximum * (percent ? 100 : 1));
    spin->setDecimals(info.kind == FieldKind::Count || info.kind == FieldKind::Integer
                          ? 0
                          : (percent ? 1 : info.decimals));
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(false); // typing pushes once, on Enter or leaving the box
    if (info.kind == FieldKind::Money)
        spin->setPrefix(QStringLiteral("£"));
    if (percent)
        spin->setSuffix(QStringLiteral("%"));
    spin->setAccessibleName(info.label);
    spin->setToolTip(info.description);
    spin->setMinimumWidth(140);
    return spin;
}

void FormBinder::bind(QLineEdit* edit, const FieldRef& ref) {
    m_bindings.push_back({edit, ref});
    const std::size_t i = m_bindings.size() - 1;
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, i] {
        if (edit->isModified())
            push(m_bindings[i].ref, edit->text(), true);
        edit->setModified(false);
    });
    show(m_bindings.back());
}

void FormBinder::bind(QDoubleSpinBox* spin, const FieldRef& ref) {
    m_bindings.push_back({spin, ref});
    const std::size_t i = m_bindings.size() - 1;
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, i](double v) {
        const bool percent = spin->suffix() == QStringLiteral("%");
        push(m_bindings[i].ref, percent ? v / 100.0 : v, false);
    });
    show(m_bindings.back());
}

void FormBinder::bind(QComboBox* combo, const FieldRef& ref) {
    m_bindings.push_back({combo, ref});
    const std::size_t i = m_bindings.size() - 1;
    connect(combo, &QComboBox::activated, this, [this, combo, i](int index) {
        push(m_bindings[i].ref, combo->itemData(index).toString(), false);
    });
    show(m_bindings.back());
}

void FormBinder::bind(QPlainTextEdit* edit, const FieldRef& ref) {
    m_bindings.push_back({edit, ref});
    const std::size_t i = m_bindings.size() - 1;
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, i] { push(m_bindings[i].ref, edit->toPlainText(), false); });
    show(m_bindings.back());
}

void FormBinder::bind(QSlider* slider, const FieldRef& ref) {
    slider->setRange(0, 1000); // tenths of a percent
    m_bindings.push_back({slider, ref});
    const std::size_t i = m_bindings.size() - 1;
    connect(slider, &QSlider::valueChanged, this,
            [this, i](int v) { push(m_bindings[i].ref, v / 1000.0, false); });
    show(m_bindings.back());
}

void FormBinder::setRow(int row) {
    for (Binding& b : m_bindings)
        b.ref.row = row;
    refresh();
}

void FormBinder::refresh() {
    for (const Binding& b : m_bindings)
        show(b);
}

void FormBinder::push(const FieldRef& ref, const QVariant& value, bool fromText) {
    if (m_updating)
        return;
    const QString error = fromText ? commands::setFieldFromText(m_doc, ref, value.toString())
                                   : commands::setField(m_doc, ref, value);
    if (!error.isEmpty()) {
        emit refused(error);
        refresh(); // snap back to the value the project still has
    }
}

void FormBinder::show(const Binding& b) {
    if (!b.widget)
        return;
    const QVariant v = fieldValue(m_doc->project(), b.ref);
    if (!v.isValid())
        return;
    m_updating = true;
    const QSignalBlocker blocker(b.widget);
    if (auto* edit = qobject_cast<QLineEdit*>(b.widget)) {
        if (!edit->hasFocus() || !edit->isModified())
            edit->setText(v.toString());
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(b.widget)) {
        spin->setValue(v.toDouble() * (spin->suffix() == QStringLiteral("%") ? 100 : 1));
    } else if (auto* combo = qobject_cast<QComboBox*>(b.widget)) {
        // Choices can change (a provider renamed): rebuild them each time.
        combo->clear();
        for (const Choice& c : fieldInfo(m_doc->project(), b.ref.table, b.ref.column).choices)
            combo->addItem(c.label, c.key);
        combo->setCurrentIndex(combo->findData(v.toString()));
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(b.widget)) {
        if (text->toPlainText() != v.toString())
            text->setPlainText(v.toString());
    } else if (auto* slider = qobject_cast<QSlider*>(b.widget)) {
        slider->setValue(static_cast<int>(std::lround(v.toDouble() * 1000)));
    }
    m_updating = false;
}

} // namespace careshift
