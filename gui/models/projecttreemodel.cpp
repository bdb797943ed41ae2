#include "gui/models/projecttreemodel.h"

#include "gui/document/projectdocument.h"

#include <algorithm>

namespace careshift {

namespace {
constexpr TreeNode::Type kBaselineChildren[] = {TreeNode::Population, TreeNode::Activity,
                                                TreeNode::Pods,       TreeNode::Contracts,
                                                TreeNode::Outcomes,   TreeNode::Cohorts};
constexpr int kBaselineCount = 6;
} // namespace

ProjectTreeModel::ProjectTreeModel(ProjectDocument* doc, QObject* parent)
    : IdItemModel(parent)
    , m_doc(doc)
    , m_interventions(ids(InterventionsRow))
    , m_scenarios(ids(ScenariosRow)) {
    connect(doc, &ProjectDocument::structureChanged, this, &ProjectTreeModel::onStructureChanged);
    connect(doc, &ProjectDocument::fieldChanged, this, &ProjectTreeModel::onFieldChanged);
}

std::vector<std::string> ProjectTreeModel::ids(TopRow row) const {
    std::vector<std::string> out;
    const Project& p = m_doc->project();
    if (row == InterventionsRow)
        for (const auto& x : p.interventions)
            out.push_back(x.id);
    if (row == ScenariosRow)
        for (const auto& x : p.scenarios)
            out.push_back(x.id);
    return out;
}

TreeNode ProjectTreeModel::nodeAt(const QModelIndex& index) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        switch (index.row()) {
        case CommissionerRow:
            return {TreeNode::Commissioner, {}};
        case BaselineRow:
            return {TreeNode::Baseline, {}};
        case InterventionsRow:
            return {TreeNode::Interventions, {}};
        case ScenariosRow:
            return {TreeNode::Scenarios, {}};
        default:
            return {};
        }
    }
    const auto row = static_cast<std::size_t>(index.row());
    switch (static_cast<int>(index.internalId()) - 1) {
    case BaselineRow:
        return row < kBaselineCount ? TreeNode{kBaselineChildren[row], {}} : TreeNode{};
    case InterventionsRow:
        return row < m_interventions.size() ? TreeNode{TreeNode::Intervention, m_interventions[row]}
                                            : TreeNode{};
    case ScenariosRow:
        return row < m_scenarios.size() ? TreeNode{TreeNode::Scenario, m_scenarios[row]}
                                        : TreeNode{};
    default:
        return {};
    }
}

QModelIndex ProjectTreeModel::indexOf(const TreeNode& node) const {
    auto in = [&](TopRow top, const std::vector<std::string>& list) -> QModelIndex {
        const auto it = std::find(list.begin(), list.end(), node.id);
        return it == list.end() ? QModelIndex()
                                : index(static_cast<int>(it - list.begin()), 0, index(top, 0));
    };
    switch (node.type) {
    case TreeNode::None:
        return {};
    case TreeNode::Commissioner:
        return index(CommissionerRow, 0);
    case TreeNode::Baseline:
        return index(BaselineRow, 0);
    case TreeNode::Interventions:
        return index(InterventionsRow, 0);
    case TreeNode::Scenarios:
        return index(ScenariosRow, 0);
    case TreeNode::Intervention:
        return in(InterventionsRow, m_interventions);
    case TreeNode::Scenario:
        return in(ScenariosRow, m_scenarios);
    default:
        for (int i = 0; i < kBaselineCount; ++i)
            if (kBaselineChildren[i] == node.type)
                return index(i, 0, index(BaselineRow, 0));
        return {};
    }
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, quintptr(0));
    return createIndex(row, 0, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, quintptr(0));
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return TopRowCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    switch (parent.row()) {
    case BaselineRow:
        return kBaselineCount;
    case InterventionsRow:
        return static_cast<int>(m_interventions.size());
    case ScenariosRow:
        return static_cast<int>(m_scenarios.size());
    default:
        return 0;
    }
}

int ProjectTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TreeNode node = nodeAt(index);
    const Project& p = m_doc->project();
    if (role == NodeTypeRole)
        return static_cast<int>(node.type);
    if (role == NodeIdRole)
        return QString::fromStdString(node.id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (node.type) {
    case TreeNode::Commissioner:
        return p.commissioner.name.empty() ? tr("Commissioner")
                                           : QString::fromStdString(p.commissioner.name);
    case TreeNode::Baseline:
        return tr("Baseline");
    case TreeNode::Population:
        return tr("Population");
    case TreeNode::Activity:
        return tr("Activity");
    case TreeNode::Pods:
        return tr("Points of delivery and prices");
    case TreeNode::Contracts:
        return tr("Providers and contracts");
    case TreeNode::Outcomes:
        return tr("Outcomes and peers");
    case TreeNode::Cohorts:
        return tr("Cohort models");
    case TreeNode::Interventions:
        return tr("Interventions");
    case TreeNode::Scenarios:
        return tr("Scenarios");
    case TreeNode::Intervention:
        if (const Intervention* iv = p.findIntervention(node.id))
            return QString::fromStdString(iv->name.empty() ? iv->id : iv->name);
        return {};
    case TreeNode::Scenario:
        for (const Scenario& s : p.scenarios)
            if (s.id == node.id)
                return QString::fromStdString(s.name.empty() ? s.id : s.name);
        return {};
    case TreeNode::None:
        break;
    }
    return {};
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void ProjectTreeModel::onStructureChanged() {
    emit dataChanged(index(CommissionerRow, 0), index(CommissionerRow, 0));
    syncRows(index(InterventionsRow, 0), m_interventions, ids(InterventionsRow));
    syncRows(index(ScenariosRow, 0), m_scenarios, ids(ScenariosRow));
}

void ProjectTreeModel::onFieldChanged(const FieldPath& path) {
    if (path.field != "name")
        return;
    QModelIndex i;
    if (path.kind == Kind::Commissioner)
        i = index(CommissionerRow, 0);
    else if (path.kind == Kind::Intervention)
        i = indexOf({TreeNode::Intervention, path.object});
    else if (path.kind == Kind::Scenario)
        i = indexOf({TreeNode::Scenario, path.object});
    if (i.isValid())
        emit dataChanged(i, i);
}

} // namespace careshift
