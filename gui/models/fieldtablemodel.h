#pragma once

#include "gui/document/commands.h"
#include "gui/document/fields.h"
#include "gui/models/iditemmodel.h"

#include <QStyledItemDelegate>
#include <QTableView>

namespace careshift {

class ProjectDocument;

/// One table of the document as an editable item model: the objects of a
/// kind (points of delivery, contracts, an intervention's effects, ...) as
/// rows, known by id, and chosen fields as columns, by key. The activity
/// table is a matrix: patient groups by points of delivery. It never edits
/// the project itself: setData() goes through the command façade, so every
/// edit is one undo step and is validated; a refused edit emits editRefused().
class FieldTableModel : public IdItemModel {
    Q_OBJECT
public:
    enum Roles { UnitRole = Qt::UserRole, PathRole };

    /// `columns` are field keys of `kind`; ignored for Activity (one column
    /// per PoD) and ScenarioItem (one checkable column).
    FieldTableModel(ProjectDocument* doc, Kind kind, std::vector<std::string> columns,
                    QObject* parent = nullptr);

    /// The intervention (effects, substitutions) or scenario (its items) whose
    /// children are shown.
    void setParentObject(const std::string& id);
    const std::string& parentObject() const { return m_parent; }
    Kind kind() const { return m_kind; }
    FieldPath pathAt(const QModelIndex& index) const;
    QModelIndex indexOf(const FieldPath& path) const;
    /// The object id of a row.
    std::string rowId(int row) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ProjectDocument* document() const { return m_doc; }

    /// Pastes a block of tab-separated text with its top-left cell at `start`:
    /// all or nothing, one undo step. Returns every refused cell.
    std::vector<commands::Refusal> pasteText(const QModelIndex& start, const QString& text);

signals:
    void editRefused(const QModelIndex& index, const QString& reason);

private:
    std::vector<std::string> wantedRows() const;
    std::vector<std::string> wantedColumns() const;
    void onStructureChanged();
    void onFieldChanged(const FieldPath& path);
    bool shows(Kind kind) const;

    ProjectDocument* m_doc;
    Kind m_kind;
    std::string m_parent;
    std::vector<std::string> m_rows;
    std::vector<std::string> m_columns;
};

/// Editors from the one editor factory, for any table cell.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

/// A table view that copies its selection as tab-separated text and pastes a
/// block of cells from a spreadsheet as one undo step.
class FieldTableView : public QTableView {
    Q_OBJECT
public:
    explicit FieldTableView(QWidget* parent = nullptr);
    void copySelection();
    /// Pastes tab-separated text at the current cell; returns every problem
    /// (nothing is pasted when there is one) and selects the first refused cell.
    QString pasteText(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace careshift
