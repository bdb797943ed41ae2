#pragma once

#include "gui/fields.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QWidget;

namespace careshift {

class ProjectDocument;

/// Binds form widgets to document fields. A widget shows its field's value
/// and, when the user changes it, asks commands::setField() for the change;
/// a refused change is reported through refused() and the widget snaps back.
/// Spin boxes and sliders push on every step; the undo stack merges the
/// steps of one drag into a single undo.
class FormBinder : public QObject {
    Q_OBJECT
public:
    explicit FormBinder(ProjectDocument* doc, QObject* parent = nullptr);

    /// A spin box set up for the field's kind and range (money, %, count).
    static QDoubleSpinBox* makeSpinBox(const FieldInfo& info, QWidget* parent);

    void bind(QLineEdit* edit, const FieldRef& ref);
    void bind(QDoubleSpinBox* spin, const FieldRef& ref);
    void bind(QComboBox* combo, const FieldRef& ref);
    void bind(QPlainTextEdit* edit, const FieldRef& ref);
    /// A slider from 0 to 100 for a percentage field.
    void bind(QSlider* slider, const FieldRef& ref);

    /// Points every binding at another row (the intervention being edited).
    void setRow(int row);
    void refresh();

signals:
    void refused(const QString& reason);

private:
    struct Binding {
        QPointer<QWidget> widget;
        FieldRef ref;
    };
    void push(const FieldRef& ref, const QVariant& value, bool fromText);
    void show(const Binding& b);

    ProjectDocument* m_doc;
    std::vector<Binding> m_bindings;
    bool m_updating = false;
};

} // namespace careshift
