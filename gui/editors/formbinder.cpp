#include "gui/editors/formbinder.h"

#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/editors/editorfactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace careshift {

FormBinder::FormBinder(ProjectDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc) {
    connect(doc, &ProjectDocument::fieldChanged, this, [this](const FieldPath& path) {
        // A bound field changed, or something its choices are made of: the
        // names of providers, contracts and PoDs, the base year and horizon
        // (the start years offered).
        const bool choices = path.kind == Kind::Provider || path.kind == Kind::Contract ||
                             path.kind == Kind::Pod || path.kind == Kind::Commissioner ||
                             path.kind == Kind::Assumptions;
        for (const Binding& b : m_bindings)
            if (choices || (b.path.kind == path.kind && b.path.object == path.object))
                return refresh();
    });
    connect(doc, &ProjectDocument::structureChanged, this, [this] { refresh(); });
}

QWidget* FormBinder::editorFor(const FieldPath& path, QWidget* parent, bool multiline) {
    QWidget* editor = editors::create(fieldInfo(m_doc->project(), path), parent, multiline);
    bind(editor, path);
    return editor;
}

void FormBinder::bind(QWidget* editor, const FieldPath& path) {
    m_bindings.push_back({editor, path});
    const std::size_t i = m_bindings.size() - 1;
    if (auto* spin = qobject_cast<FieldSpinBox*>(editor)) {
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, spin, i] { push(i, spin->fieldValue(), false); });
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::activated, this,
                [this, combo, i](int index) { push(i, combo->itemData(index), false); });
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        connect(check, &QCheckBox::toggled, this, [this, i](bool on) { push(i, on, false); });
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this,
                [this, text, i] { push(i, text->toPlainText(), false); });
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, i] {
            if (edit->isModified())
                push(i, edit->text(), true);
            edit->setModified(false);
        });
    }
    show(m_bindings.back(), true);
}

void FormBinder::bind(QSlider* slider, const FieldPath& path) {
    slider->setRange(0, 1000); // tenths of a percent
    m_bindings.push_back({slider, path});
    const std::size_t i = m_bindings.size() - 1;
    connect(slider, &QSlider::valueChanged, this, [this, i](int v) { push(i, v / 1000.0, false); });
    show(m_bindings.back(), true);
}

void FormBinder::setObject(const std::string& object) {
    m_object = object;
    for (Binding& b : m_bindings)
        b.path.object = object;
    for (const Binding& b : m_bindings)
        show(b, true);
}

void FormBinder::refresh() {
    for (const Binding& b : m_bindings)
        show(b, false);
}

QWidget* FormBinder::editorOf(std::string_view key) const {
    for (const Binding& b : m_bindings)
        if (b.path.field == key && b.widget && !qobject_cast<QSlider*>(b.widget))
            return b.widget;
    return nullptr;
}

void FormBinder::push(std::size_t binding, const QVariant& value, bool isText) {
    if (m_updating)
        return;
    const FieldPath path = m_bindings[binding].path;
    const QString error = isText ? commands::setFieldFromText(m_doc, path, value.toString())
                                 : commands::setField(m_doc, path, value);
    if (!error.isEmpty()) {
        emit refused(error);
        show(m_bindings[binding], true); // snap back to the value the project still has
    }
}

void FormBinder::show(const Binding& b, bool force) {
    if (!b.widget)
        return;
    const Project& p = m_doc->project();
    const QVariant v = fieldValue(p, b.path);
    b.widget->setEnabled(v.isValid());
    if (!v.isValid())
        return;
    m_updating = true;
    const QSignalBlocker blocker(b.widget);
    if (auto* slider = qobject_cast<QSlider*>(b.widget)) {
        slider->setValue(static_cast<int>(std::lround(v.toDouble() * 1000)));
    } else if (auto* edit = qobject_cast<QLineEdit*>(b.widget)) {
        // Leave text being typed alone, unless it was refused (force).
        if (force || !edit->hasFocus() || !edit->isModified())
            editors::setValue(edit, fieldInfo(p, b.path), v);
    } else {
        editors::setValue(b.widget, fieldInfo(p, b.path), v);
    }
    m_updating = false;
}

} // namespace careshift
