#pragma once

#include "gui/models/iditemmodel.h"

#include <string>

namespace careshift {

class ProjectDocument;
struct FieldPath;

/// A node of the project tree: what the central area shows.
struct TreeNode {
    enum Type {
        None,
        Commissioner, ///< the commissioner and assumptions
        Baseline,
        Population,
        Activity,
        Pods,
        Contracts,
        Outcomes, ///< outcome metrics, peers and the board's weights
        Cohorts,  ///< cohort (Markov) models
        Interventions,
        Intervention, ///< id = the intervention's id
        Scenarios,
        Scenario, ///< id = the scenario's id
    };
    Type type = None;
    std::string id;

    bool operator==(const TreeNode&) const = default;
    bool isPage() const {
        return type != None && type != Baseline && type != Interventions && type != Scenarios;
    }
};

/// The project tree (commissioner, baseline tables, interventions,
/// scenarios) over the document, by id: after a scenario is moved, renamed or
/// a neighbour deleted, the view's current item and selection stay on the
/// same scenario.
class ProjectTreeModel : public IdItemModel {
    Q_OBJECT
public:
    enum Roles { NodeTypeRole = Qt::UserRole, NodeIdRole };

    explicit ProjectTreeModel(ProjectDocument* doc, QObject* parent = nullptr);

    TreeNode nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(const TreeNode& node) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    enum TopRow { CommissionerRow, BaselineRow, InterventionsRow, ScenariosRow, TopRowCount };
    void onStructureChanged();
    void onFieldChanged(const FieldPath& path);
    std::vector<std::string> ids(TopRow row) const;

    ProjectDocument* m_doc;
    std::vector<std::string> m_interventions;
    std::vector<std::string> m_scenarios;
};

} // namespace careshift
