#pragma once

#include "gui/fields.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QTableView>

namespace careshift {

class ProjectDocument;

/// One table of the document (population, activity, PoDs, contracts, an
/// intervention's effects, ...) as an editable item model. It never edits the
/// project itself: setData() goes through commands::setField(), so every edit
/// is one undo step and is validated; a refused edit emits editRefused().
class FieldTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { FieldKindRole = Qt::UserRole, FieldRefRole };

    /// `parent` is the intervention or scenario index for Effect,
    /// Substitution and ScenarioItem tables.
    FieldTableModel(ProjectDocument* doc, Table table, QObject* parent = nullptr,
                    int parentRow = -1);

    void setParentRow(int parentRow);
    int parentRow() const { return m_parent; }
    Table table() const { return m_table; }
    FieldRef refAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ProjectDocument* document() const { return m_doc; }

signals:
    void editRefused(const QModelIndex& index, const QString& reason);

private:
    void onFieldChanged(const FieldRef& ref);

    ProjectDocument* m_doc;
    Table m_table;
    int m_parent;
};

/// Editors that fit each field: spin boxes with the valid range for money,
/// percentages and counts, combo boxes for references, text for the rest.
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
    /// Pastes tab-separated text at the current cell; returns the first problem.
    QString pasteText(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace careshift
