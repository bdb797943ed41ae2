#pragma once

#include "gui/document/fields.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QSlider;
class QWidget;

namespace careshift {

class ProjectDocument;

/// Binds form editors (made by editors::create()) to document fields by
/// id-based path. An editor shows its field's value and, when the user changes
/// it, asks commands::setField() for the change; a refused change is reported
/// through refused() and the editor snaps back to the value the project still
/// has (never keeps showing refused text). Spin boxes and sliders push on every
/// step; the undo stack merges the steps of one drag into a single undo.
class FormBinder : public QObject {
    Q_OBJECT
public:
    explicit FormBinder(ProjectDocument* doc, QObject* parent = nullptr);

    /// Makes the editor for a field (editors::create) and binds it.
    QWidget* editorFor(const FieldPath& path, QWidget* parent, bool multiline = false);
    void bind(QWidget* editor, const FieldPath& path);
    /// A slider from 0 to 100% for a percentage field.
    void bind(QSlider* slider, const FieldPath& path);

    /// Points every binding at another object of the same kind (the
    /// intervention or scenario being edited).
    void setObject(const std::string& object);
    const std::string& object() const { return m_object; }
    void refresh();
    /// The editor bound to a field key (the first one; the coverage slider
    /// comes after its spin box), or null.
    QWidget* editorOf(std::string_view key) const;

signals:
    void refused(const QString& reason);

private:
    struct Binding {
        QPointer<QWidget> widget;
        FieldPath path;
    };
    void push(std::size_t binding, const QVariant& value, bool isText);
    void show(const Binding& b, bool force);

    ProjectDocument* m_doc;
    std::vector<Binding> m_bindings;
    std::string m_object;
    bool m_updating = false;
};

} // namespace careshift
