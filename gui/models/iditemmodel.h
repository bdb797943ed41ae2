#pragma once

/// \file iditemmodel.h
/// Item models whose rows are objects known by id. When the document's
/// structure changes (an add, a delete, a move, a rename), syncRows() brings
/// the rows shown to the project's through fine-grained row removals,
/// insertions and one reorder, so every persistent index (the view's
/// selection and current item) follows its object by id, never by position:
/// after "Move Up" the selection is still on the scenario that moved.

#include <QAbstractItemModel>

#include <string>
#include <vector>

namespace careshift {

class IdItemModel : public QAbstractItemModel {
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

protected:
    /// Makes `rows` (the ids under `parent`) equal to `wanted`. A single id
    /// that changed in place (a PoD code renamed) keeps its row.
    void syncRows(const QModelIndex& parent, std::vector<std::string>& rows,
                  const std::vector<std::string>& wanted);
};

} // namespace careshift
