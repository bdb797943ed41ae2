#include "gui/models/iditemmodel.h"

#include <algorithm>

namespace careshift {

namespace {
bool contains(const std::vector<std::string>& v, const std::string& id) {
    return std::find(v.begin(), v.end(), id) != v.end();
}
} // namespace

void IdItemModel::syncRows(const QModelIndex& parent, std::vector<std::string>& rows,
                           const std::vector<std::string>& wanted) {
    const int columns = columnCount(parent);
    if (rows == wanted) {
        if (!rows.empty() && columns > 0)
            emit dataChanged(index(0, 0, parent),
                             index(static_cast<int>(rows.size()) - 1, columns - 1, parent));
        return;
    }
    // A rename in place: same length, one position differs, neither id elsewhere.
    if (rows.size() == wanted.size()) {
        std::vector<std::size_t> differ;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i] != wanted[i])
                differ.push_back(i);
        if (differ.size() == 1 && !contains(wanted, rows[differ[0]]) &&
            !contains(rows, wanted[differ[0]])) {
            rows = wanted;
            emit dataChanged(index(0, 0, parent),
                             index(static_cast<int>(rows.size()) - 1, columns - 1, parent));
            return;
        }
    }
    // Removals, from the bottom so the rows above keep their numbers.
    for (int i = static_cast<int>(rows.size()) - 1; i >= 0; --i) {
        if (contains(wanted, rows[static_cast<std::size_t>(i)]))
            continue;
        beginRemoveRows(parent, i, i);
        rows.erase(rows.begin() + i);
        endRemoveRows();
    }
    // Insertions at the end; the reorder below puts them in place.
    for (const std::string& id : wanted) {
        if (contains(rows, id))
            continue;
        const int at = static_cast<int>(rows.size());
        beginInsertRows(parent, at, at);
        rows.push_back(id);
        endInsertRows();
    }
    if (rows == wanted)
        return;
    const QList<QPersistentModelIndex> parents{QPersistentModelIndex(parent)};
    emit layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& i : from) {
        if (i.parent() != parent || i.row() >= static_cast<int>(rows.size())) {
            to << i;
            continue;
        }
        const auto at =
            std::find(wanted.begin(), wanted.end(), rows[static_cast<std::size_t>(i.row())]);
        to << createIndex(static_cast<int>(at - wanted.begin()), i.column(), i.internalId());
    }
    rows = wanted;
    changePersistentIndexList(from, to);
    emit layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

} // namespace careshift
