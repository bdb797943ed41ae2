#include "gui/document/commands.h"

#include "store/cohortjson.h"

#include "engine/options.h"
#include "engine/validate.h"
#include "gui/document/projectdocument.h"
#include "gui/translations.h"
#include "store/tariffcsv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <set>

namespace careshift::commands {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
/// The context of this file's messages in the catalogue.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(careshift::commands)
};
QString capitalised(QString s) {
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/// Why a candidate project is refused: the first problem the change brings
/// that the project did not have, preferring one on the edited object. Named
/// by the edited field when it is about the edited object, else in full.
QString check(const Project& before, const Project& candidate, const FieldPath* edited,
              const QString& what, FieldPath* where = nullptr) {
    const auto after = validate(candidate);
    if (after.empty())
        return {};
    std::set<std::string> old;
    for (const Problem& p : validate(before))
        old.insert(p.toString());
    const Problem* chosen = nullptr;
    for (const Problem& p : after) {
        if (old.count(p.toString()))
            continue;
        if (!chosen)
            chosen = &p;
        if (edited && p.path.kind == edited->kind && p.path.object == edited->object) {
            chosen = &p;
            break;
        }
    }
    if (!chosen)
        chosen = &after.front(); // the project was already invalid (never through the façade)
    if (where)
        *where = chosen->path;
    const bool sameObject = edited && chosen->path.kind == edited->kind &&
                            chosen->path.object == edited->object && !chosen->path.object.empty();
    if (sameObject || (edited && chosen->path == *edited))
        return capitalised(what) + QStringLiteral(": ") + qs(chosen->message);
    return what.isEmpty() ? qs(chosen->toString())
                          : capitalised(what) + QStringLiteral(": ") + qs(chosen->toString());
}

class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(ProjectDocument* doc, FieldPath before, FieldPath after, QVariant oldValue,
                    QVariant newValue)
        : m_doc(doc)
        , m_pathBefore(std::move(before))
        , m_pathAfter(std::move(after))
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue)) {
        setText(Tr::tr("Change %1").arg(fieldDescription(doc->project(), m_pathBefore)));
        m_lastEdit.start();
    }
    int id() const override { return 1; }
    void undo() override { m_doc->setField(m_pathAfter, m_old); }
    void redo() override { m_doc->setField(m_pathBefore, m_new); }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = static_cast<const SetFieldCommand*>(other);
        // Only a field that keeps its address merges (typing, dragging).
        if (!(o->m_pathBefore == m_pathBefore) || !(m_pathBefore == m_pathAfter) ||
            !(o->m_pathAfter == o->m_pathBefore) || m_lastEdit.elapsed() > 2000)
            return false;
        m_new = o->m_new;
        m_lastEdit.restart();
        setObsolete(m_new == m_old); // dragged back to where it started
        return true;
    }

private:
    ProjectDocument* m_doc;
    FieldPath m_pathBefore;
    FieldPath m_pathAfter;
    QVariant m_old;
    QVariant m_new;
    QElapsedTimer m_lastEdit;
};

/// Structural edits (add, delete, reorder, a batch of cells) keep the whole
/// project before and after: exact, and simple enough to trust.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(ProjectDocument* doc, const QString& text, Project after)
        : m_doc(doc)
        , m_before(doc->project())
        , m_after(std::move(after)) {
        setText(text);
    }
    void undo() override { m_doc->replaceProject(m_before); }
    void redo() override { m_doc->replaceProject(m_after); }

private:
    ProjectDocument* m_doc;
    Project m_before;
    Project m_after;
};

QString pushSnapshot(ProjectDocument* doc, const QString& text, const Project& after) {
    if (QString problem = check(doc->project(), after, nullptr, QString()); !problem.isEmpty())
        return problem;
    doc->undoStack()->push(new SnapshotCommand(doc, text, after));
    return {};
}

} // namespace

QString restoreProject(ProjectDocument* doc, const Project& project, const QString& text) {
    return pushSnapshot(doc, text, project);
}

namespace {

std::string slug(const QString& name) {
    std::string out;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += static_cast<char>(c.unicode());
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

/// A free id in `items` based on `base`: "frailty", "frailty-2", ...
template <typename T, typename Key>
std::string freeId(const std::vector<T>& items, const std::string& base, Key key,
                   const char* separator) {
    auto taken = [&](const std::string& id) {
        return std::any_of(items.begin(), items.end(), [&](const T& x) { return key(x) == id; });
    };
    const std::string stem = base.empty() ? std::string("item") : base;
    std::string id = stem;
    for (int n = 2; taken(id); ++n)
        id = stem + separator + std::to_string(n);
    return id;
}

template <typename T> auto findById(std::vector<T>& items, const std::string& id) {
    return std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
}

/// The list a scenario or intervention edit works on, with its messages:
/// each a whole sentence, so a translator can give the noun its gender and
/// case ("Add scenario %1", never "Add %1 %2" with the noun put in).
template <typename T> struct Collection {
    std::vector<T> Project::*items;
    const char* noSuch;     ///< the item is gone
    const char* cannotMove; ///< already first or last
    const char* duplicate;  ///< undo text, %1 the copy's name
    const char* move;       ///< undo text, %1 the name
    const char* add;        ///< undo text, %1 the name
    const char* remove;     ///< undo text, %1 the name
};
const Collection<Scenario> kScenarios{
    &Project::scenarios,
    QT_TRANSLATE_NOOP("careshift::commands", "There is no such scenario."),
    QT_TRANSLATE_NOOP("careshift::commands", "The scenario cannot move further."),
    QT_TRANSLATE_NOOP("careshift::commands", "Duplicate scenario %1"),
    QT_TRANSLATE_NOOP("careshift::commands", "Move scenario %1"),
    QT_TRANSLATE_NOOP("careshift::commands", "Add scenario %1"),
    QT_TRANSLATE_NOOP("careshift::commands", "Delete scenario %1")};
const Collection<Intervention> kInterventions{
    &Project::interventions,
    QT_TRANSLATE_NOOP("careshift::commands", "There is no such intervention."),
    QT_TRANSLATE_NOOP("careshift::commands", "The intervention cannot move further."),
    QT_TRANSLATE_NOOP("careshift::commands", "Duplicate intervention %1"),
    QT_TRANSLATE_NOOP("careshift::commands", "Move intervention %1"),
    QT_TRANSLATE_NOOP("careshift::commands", "Add intervention %1"),
    QT_TRANSLATE_NOOP("careshift::commands", "Delete intervention %1")};

template <typename T>
QString duplicateIn(ProjectDocument* doc, const Collection<T>& c, const std::string& id,
                    std::string* created) {
    Project p = doc->project();
    auto& items = p.*(c.items);
    const auto it = findById(items, id);
    if (it == items.end())
        return Tr::tr(c.noSuch);
    T copy = *it;
    // Names are unique (a board reads options by name): "X (copy)", "X (copy 2)".
    for (int n = 1;; ++n) {
        copy.name = (n == 1 ? Tr::tr("%1 (copy)").arg(qs(it->name))
                            : Tr::tr("%1 (copy %2)").arg(qs(it->name), QString::number(n)))
                        .toStdString();
        if (std::none_of(items.begin(), items.end(),
                         [&](const T& x) { return x.name == copy.name; }))
            break;
    }
    copy.id = freeId(
        items, copy.id, [](const T& x) { return x.id; }, "-");
    items.insert(it + 1, copy);
    if (created)
        *created = copy.id;
    return pushSnapshot(doc, Tr::tr(c.duplicate).arg(qs(copy.name)), p);
}

template <typename T>
QString moveIn(ProjectDocument* doc, const Collection<T>& c, const std::string& id, int delta) {
    Project p = doc->project();
    auto& items = p.*(c.items);
    const auto it = findById(items, id);
    if (it == items.end())
        return Tr::tr(c.noSuch);
    const auto from = it - items.begin();
    const auto to = from + delta;
    if (to < 0 || to >= static_cast<std::ptrdiff_t>(items.size()))
        return Tr::tr(c.cannotMove);
    // Take it out and put it back `delta` places on; the others keep their order.
    T moving = std::move(items[static_cast<std::size_t>(from)]);
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(moving));
    return pushSnapshot(doc, Tr::tr(c.move).arg(qs(items[static_cast<std::size_t>(to)].name)), p);
}

/// Appends `item` (its name given) with a free id made from the name.
template <typename T>
QString addIn(ProjectDocument* doc, const Collection<T>& c, T item, const QString& name,
              std::string* created) {
    Project p = doc->project();
    auto& items = p.*(c.items);
    item.id = freeId(
        items, slug(name), [](const T& x) { return x.id; }, "-");
    item.name = name.toStdString();
    items.push_back(item);
    if (created)
        *created = item.id;
    return pushSnapshot(doc, Tr::tr(c.add).arg(name), p);
}

/// Deletes the item; `cleanUp` removes what referred to it.
template <typename T, typename CleanUp>
QString deleteIn(ProjectDocument* doc, const Collection<T>& c, const std::string& id,
                 CleanUp cleanUp) {
    Project p = doc->project();
    auto& items = p.*(c.items);
    const auto it = findById(items, id);
    if (it == items.end())
        return Tr::tr(c.noSuch);
    const QString name = qs(it->name);
    items.erase(it);
    cleanUp(p);
    return pushSnapshot(doc, Tr::tr(c.remove).arg(name), p);
}

/// Appends a provider with a free id and returns its id.
std::string appendProvider(Project& p) {
    Provider x;
    x.id = freeId(
        p.providers, "provider", [](const Provider& y) { return y.id; }, "");
    x.name = QCoreApplication::translate("careshift::commands", "New provider").toStdString();
    p.providers.push_back(x);
    return x.id;
}

/// Appends an activity-tariff contract with the first provider (making one if
/// there is none) and returns its id.
std::string appendContract(Project& p) {
    Contract c;
    c.id = freeId(
        p.contracts, "contract", [](const Contract& y) { return y.id; }, "");
    c.name = QCoreApplication::translate("careshift::commands", "New contract").toStdString();
    c.providerId = p.providers.empty() ? appendProvider(p) : p.providers.front().id;
    p.contracts.push_back(c);
    return c.id;
}

} // namespace

QString setField(ProjectDocument* doc, const FieldPath& path, const QVariant& value) {
    const Project& project = doc->project();
    const QVariant before = fieldValue(project, path);
    if (!before.isValid())
        return goneText(path.kind);
    const QString what = fieldDescription(project, path);
    if (QString error = checkValue(project, path, value); !error.isEmpty())
        return capitalised(what) + QStringLiteral(": ") + error;
    Project candidate = project;
    FieldPath moved;
    if (QString error = applyField(candidate, path, value, &moved); !error.isEmpty())
        return capitalised(what) + QStringLiteral(": ") + error;
    const QVariant after = fieldValue(candidate, moved);
    if (after == before)
        return {};
    if (QString problem = check(project, candidate, &path, what); !problem.isEmpty())
        return problem;
    doc->undoStack()->push(new SetFieldCommand(doc, path, moved, before, after));
    return {};
}

QString setFieldFromText(ProjectDocument* doc, const FieldPath& path, const QString& text) {
    QString error;
    const QVariant value = parseInput(doc->project(), path, text, &error);
    if (!error.isEmpty())
        return capitalised(fieldDescription(doc->project(), path)) + QStringLiteral(": ") + error;
    return setField(doc, path, value);
}

std::vector<Refusal> setFieldsFromText(ProjectDocument* doc, const std::vector<CellEdit>& cells,
                                       const QString& text) {
    std::vector<Refusal> refused;
    Project candidate = doc->project();
    int changed = 0;
    for (const CellEdit& cell : cells) {
        QString error;
        // A peer's value of a metric may be absent: an empty cell clears it.
        if (cell.path.kind == Kind::PeerValue && objectExists(candidate, cell.path) &&
            cell.text.trimmed().isEmpty()) {
            const auto ids = splitId(cell.path.object);
            const int m = candidate.metricIndex(ids.first);
            if (std::erase_if(candidate.metrics[static_cast<std::size_t>(m)].peerValues,
                              [&](const PeerValue& v) { return v.peer == ids.second; }))
                ++changed;
            continue;
        }
        if (!fieldValue(candidate, cell.path).isValid() &&
            !(cell.path.kind == Kind::PeerValue && objectExists(candidate, cell.path))) {
            refused.push_back(
                {cell.path, Tr::tr("%1: there is no cell here to paste into").arg(cell.where)});
            continue;
        }
        const FieldInfo info = fieldInfo(candidate, cell.path);
        if (!info.editable)
            continue; // an id column in the block: left as it is
        const QVariant value = parseInput(candidate, cell.path, cell.text, &error);
        if (error.isEmpty() && fieldValue(candidate, cell.path) == value)
            continue;
        if (error.isEmpty())
            error = applyField(candidate, cell.path, value);
        if (!error.isEmpty()) {
            refused.push_back({cell.path, Tr::tr("%1: %2").arg(cell.where, error)});
            continue;
        }
        ++changed;
    }
    if (!refused.empty())
        return refused;
    // The block as a whole must leave a project that can be computed.
    FieldPath where;
    if (QString problem = check(doc->project(), candidate, nullptr, QString(), &where);
        !problem.isEmpty())
        return {{where, problem}};
    if (changed > 0)
        doc->undoStack()->push(new SnapshotCommand(doc, text, candidate));
    return {};
}

QString addScenario(ProjectDocument* doc, const QString& name, std::string* created) {
    return addIn(doc, kScenarios, Scenario{}, name, created);
}

QString duplicateScenario(ProjectDocument* doc, const std::string& id, std::string* created) {
    return duplicateIn(doc, kScenarios, id, created);
}

QString deleteScenario(ProjectDocument* doc, const std::string& id) {
    return deleteIn(doc, kScenarios, id, [](Project&) {});
}

QString moveScenario(ProjectDocument* doc, const std::string& id, int delta) {
    return moveIn(doc, kScenarios, id, delta);
}

QString addIntervention(ProjectDocument* doc, const QString& name, std::string* created) {
    Intervention iv;
    iv.group = Group::Older;
    iv.coverage = 0.1;
    iv.rampUp = {1.0};
    iv.costSetting = Setting::Community;
    return addIn(doc, kInterventions, iv, name, created);
}

QString duplicateIntervention(ProjectDocument* doc, const std::string& id, std::string* created) {
    return duplicateIn(doc, kInterventions, id, created);
}

QString deleteIntervention(ProjectDocument* doc, const std::string& id) {
    return deleteIn(doc, kInterventions, id, [&id](Project& p) {
        for (Scenario& s : p.scenarios)
            std::erase_if(s.items,
                          [&](const ScenarioItem& item) { return item.interventionId == id; });
        // A cohort strategy it drove stays, as a strategy no intervention drives.
        for (cohort::Model& m : p.cohorts)
            for (cohort::Strategy& st : m.strategies)
                if (st.intervention == id)
                    st.intervention.clear();
    });
}

QString moveIntervention(ProjectDocument* doc, const std::string& id, int delta) {
    return moveIn(doc, kInterventions, id, delta);
}

/// Adds a row made by `append` (which returns its id) as one undo step.
template <typename Append>
QString addWith(ProjectDocument* doc, Append append, const QString& text, std::string* created) {
    Project p = doc->project();
    const std::string id = append(p);
    if (created)
        *created = id;
    return pushSnapshot(doc, text, p);
}

QString addProvider(ProjectDocument* doc, std::string* created) {
    return addWith(doc, appendProvider, Tr::tr("Add provider"), created);
}

QString removeProvider(ProjectDocument* doc, const std::string& id) {
    Project p = doc->project();
    const auto it = findById(p.providers, id);
    if (it == p.providers.end())
        return Tr::tr("There is no such provider.");
    for (const Contract& c : p.contracts)
        if (c.providerId == id)
            return Tr::tr("Contract '%1' is with this provider: remove it or give it another "
                          "provider first.")
                .arg(qs(c.name.empty() ? c.id : c.name));
    for (Intervention& iv : p.interventions)
        if (iv.costProviderId == id)
            iv.costProviderId.clear(); // its costs now go to "another provider"
    const QString name = qs(it->name.empty() ? it->id : it->name);
    p.providers.erase(it);
    return pushSnapshot(doc, Tr::tr("Remove provider %1").arg(name), p);
}

QString addContract(ProjectDocument* doc, std::string* created) {
    return addWith(doc, appendContract, Tr::tr("Add contract"), created);
}

QString removeContract(ProjectDocument* doc, const std::string& id) {
    Project p = doc->project();
    const auto it = findById(p.contracts, id);
    if (it == p.contracts.end())
        return Tr::tr("There is no such contract.");
    for (const Pod& pod : p.pods)
        if (pod.contractId == id)
            return Tr::tr("%1 is paid through this contract: move it to another contract first.")
                .arg(qs(pod.code));
    for (const Scenario& s : p.scenarios)
        for (const ContractRule& r : s.contractRules)
            if (r.contractId == id)
                return Tr::tr("Scenario %1 gives this contract its own payment rules: remove them "
                              "first.")
                    .arg(qs(s.name));
    const QString name = qs(it->name.empty() ? it->id : it->name);
    p.contracts.erase(it);
    return pushSnapshot(doc, Tr::tr("Remove contract %1").arg(name), p);
}

QString setCohortModel(ProjectDocument* doc, std::size_t index, const cohort::Model& model,
                       const QString& text) {
    Project p = doc->project();
    if (index >= p.cohorts.size())
        return Tr::tr("There is no such cohort model.");
    p.cohorts[index] = model;
    return pushSnapshot(doc, text, p);
}

QString importCohortModel(ProjectDocument* doc, const QString& path) {
    try {
        const cohort::Model model = store::loadCohortFile(path);
        if (model.group.empty())
            return Tr::tr("%1: the model names no patient group (\"group\": \"older\", ...): a "
                          "model in a project splits a group's people into its states")
                .arg(QFileInfo(path).fileName());
        Project p = doc->project();
        for (const auto& m : p.cohorts)
            if (m.group == model.group)
                return Tr::tr("The project already has a cohort model for %1: remove it first.")
                    .arg(qs(model.group));
        p.cohorts.push_back(model);
        return pushSnapshot(doc, Tr::tr("Import cohort model %1").arg(qs(model.id)), p);
    } catch (const store::FileError& e) {
        return e.messages().join(QLatin1Char('\n'));
    }
}

QString removeCohortModel(ProjectDocument* doc, std::size_t index) {
    Project p = doc->project();
    if (index >= p.cohorts.size())
        return Tr::tr("There is no such cohort model.");
    const std::string id = p.cohorts[index].id;
    p.cohorts.erase(p.cohorts.begin() + static_cast<std::ptrdiff_t>(index));
    return pushSnapshot(doc, Tr::tr("Remove cohort model %1").arg(qs(id)), p);
}

QString importTariff(ProjectDocument* doc, const QString& path, int* imported) {
    try {
        int rows = 0;
        const Project p = store::importTariffFile(doc->project(), path, &rows);
        if (imported)
            *imported = rows;
        return pushSnapshot(
            doc, Tr::tr("Import %n HRG(s) from %1", nullptr, rows).arg(QFileInfo(path).fileName()),
            p);
    } catch (const store::FileError& e) {
        return e.messages().join(QLatin1Char('\n'));
    }
}

QString addHrg(ProjectDocument* doc) {
    Project p = doc->project();
    HrgTariff row;
    row.code = freeId(
        p.tariff, "HRG", [](const HrgTariff& x) { return x.code; }, "");
    row.name = Tr::tr("New HRG").toStdString();
    p.tariff.push_back(row);
    return pushSnapshot(doc, Tr::tr("Add HRG %1").arg(qs(row.code)), p);
}

QString removeHrg(ProjectDocument* doc, const std::string& code) {
    Project p = doc->project();
    const auto it = std::find_if(p.tariff.begin(), p.tariff.end(),
                                 [&](const HrgTariff& t) { return t.code == code; });
    if (it == p.tariff.end())
        return Tr::tr("There is no such HRG.");
    for (const Pod& pod : p.pods)
        for (const HrgShare& s : pod.hrgMix)
            if (s.hrg == code)
                return Tr::tr("%1 is priced with this HRG: remove it from its HRG mix first.")
                    .arg(qs(pod.code));
    p.tariff.erase(it);
    return pushSnapshot(doc, Tr::tr("Remove HRG %1").arg(qs(code)), p);
}

QString addHrgShare(ProjectDocument* doc, const std::string& podCode) {
    Project p = doc->project();
    const int i = p.podIndex(podCode);
    if (i < 0)
        return Tr::tr("Choose a point of delivery first.");
    Pod& pod = p.pods[static_cast<std::size_t>(i)];
    if (pod.role != PodRole::EmergencyAdmission && pod.role != PodRole::Elective)
        return Tr::tr("Only a point of delivery that counts as an emergency admission or as "
                      "elective activity is priced from the HRG tariff: change what %1 counts as "
                      "first.")
            .arg(qs(pod.code));
    double used = 0;
    for (const HrgShare& s : pod.hrgMix)
        used += s.share;
    for (const HrgTariff& t : p.tariff) {
        if (std::any_of(pod.hrgMix.begin(), pod.hrgMix.end(),
                        [&](const HrgShare& s) { return s.hrg == t.code; }))
            continue;
        // The share still free, so that the mix adds up to 100%.
        pod.hrgMix.push_back({t.code, std::max(0.0, 1.0 - used), pod.bedDaysPerUnit});
        return pushSnapshot(doc, Tr::tr("Price %1 with HRG %2").arg(qs(pod.code), qs(t.code)), p);
    }
    return p.tariff.empty()
               ? Tr::tr("The tariff has no HRG yet: import one (File > Import) or add one.")
               : Tr::tr("Every HRG of the tariff is already in this mix.");
}

QString removeHrgShare(ProjectDocument* doc, const std::string& share) {
    Project p = doc->project();
    const auto ids = splitId(share);
    const int i = p.podIndex(ids.first);
    if (i < 0 || !std::erase_if(p.pods[static_cast<std::size_t>(i)].hrgMix,
                                [&](const HrgShare& s) { return s.hrg == ids.second; }))
        return Tr::tr("There is no such HRG share.");
    return pushSnapshot(doc, Tr::tr("Remove HRG %1 from %2").arg(qs(ids.second), qs(ids.first)), p);
}

QString addContractRule(ProjectDocument* doc, const std::string& scenario) {
    Project p = doc->project();
    const auto it = findById(p.scenarios, scenario);
    if (it == p.scenarios.end())
        return Tr::tr("There is no such scenario.");
    // The first contract that has no rule in this scenario yet: the contracts
    // a regime comparison re-rules (hospital contracts) first.
    std::vector<int> order = regimeContracts(p);
    for (int c = 0; c < static_cast<int>(p.contracts.size()); ++c)
        if (std::find(order.begin(), order.end(), c) == order.end())
            order.push_back(c);
    for (int c : order) {
        const std::string& id = p.contracts[static_cast<std::size_t>(c)].id;
        if (std::any_of(it->contractRules.begin(), it->contractRules.end(),
                        [&](const ContractRule& r) { return r.contractId == id; }))
            continue;
        // Today's rules: "what if this contract were paid as contracts are now?"
        it->contractRules.push_back({id, Regime::Api2025});
        return pushSnapshot(doc, Tr::tr("Add payment rules to %1").arg(qs(it->name)), p);
    }
    return p.contracts.empty()
               ? Tr::tr("Add a contract first.")
               : Tr::tr("Every contract already has its own rules in this scenario.");
}

QString removeContractRule(ProjectDocument* doc, const std::string& rule) {
    Project p = doc->project();
    const auto ids = splitId(rule);
    const auto it = findById(p.scenarios, ids.first);
    if (it == p.scenarios.end() || !std::erase_if(it->contractRules, [&](const ContractRule& r) {
            return r.contractId == ids.second;
        }))
        return Tr::tr("There are no such payment rules.");
    return pushSnapshot(doc, Tr::tr("Remove payment rules from %1").arg(qs(it->name)), p);
}

QString addPod(ProjectDocument* doc, std::string* created) {
    Project p = doc->project();
    Pod pod;
    pod.code = freeId(
        p.pods, "POD", [](const Pod& x) { return x.code; }, "");
    pod.name = Tr::tr("New point of delivery").toStdString();
    pod.unit = "unit";
    pod.setting = Setting::Acute;
    // A PoD is always paid through a contract: make one if there is none.
    pod.contractId = p.contracts.empty() ? appendContract(p) : p.contracts.front().id;
    p.pods.push_back(pod);
    if (created)
        *created = pod.code;
    return pushSnapshot(doc, Tr::tr("Add point of delivery %1").arg(qs(pod.code)), p);
}

QString removePod(ProjectDocument* doc, const std::string& code) {
    Project p = doc->project();
    const int index = p.podIndex(code);
    if (index < 0)
        return Tr::tr("There is no such point of delivery.");
    std::erase_if(p.activity, [&](const Activity& a) { return a.pod == code; });
    for (Intervention& iv : p.interventions) {
        std::erase_if(iv.effects, [&](const ActivityEffect& e) { return e.pod == code; });
        std::erase_if(iv.substitutions,
                      [&](const Substitution& s) { return s.fromPod == code || s.toPod == code; });
    }
    // A cohort model's states stop naming it: the group's activity there is
    // gone with the PoD.
    for (cohort::Model& m : p.cohorts)
        for (cohort::State& st : m.states)
            std::erase_if(st.activity,
                          [&](const cohort::StateActivity& a) { return a.pod == code; });
    p.pods.erase(p.pods.begin() + index);
    return pushSnapshot(doc, Tr::tr("Remove point of delivery %1").arg(qs(code)), p);
}

QString addEffect(ProjectDocument* doc, const std::string& intervention) {
    Project p = doc->project();
    const auto it = findById(p.interventions, intervention);
    if (it == p.interventions.end())
        return Tr::tr("There is no such intervention.");
    if (p.pods.empty())
        return Tr::tr("Add a point of delivery first.");
    // The first PoD not yet affected, so the new row is valid straight away.
    for (const Pod& pod : p.pods) {
        if (std::none_of(it->effects.begin(), it->effects.end(),
                         [&](const ActivityEffect& e) { return e.pod == pod.code; })) {
            it->effects.push_back({pod.code, -0.1, ""});
            return pushSnapshot(doc, Tr::tr("Add effect to %1").arg(qs(it->name)), p);
        }
    }
    return Tr::tr("Every point of delivery already has an effect.");
}

namespace {
/// Removes an intervention's child ("intervention/key") whose key is `key(child)`.
template <typename T, typename Key>
QString removeChild(ProjectDocument* doc, const std::string& child,
                    std::vector<T> Intervention::*children, Key key, const QString& missing,
                    const char* text) {
    Project p = doc->project();
    const auto ids = splitId(child);
    const auto it = findById(p.interventions, ids.first);
    if (it == p.interventions.end() ||
        !std::erase_if((*it).*children, [&](const T& c) { return key(c) == ids.second; }))
        return missing;
    return pushSnapshot(
        doc,
        Tr::tr(text).arg(qs(ids.second).replace(QLatin1Char('>'), QStringLiteral(" → ")),
                         qs(it->name)),
        p);
}
} // namespace

QString removeEffect(ProjectDocument* doc, const std::string& effect) {
    return removeChild(
        doc, effect, &Intervention::effects, [](const ActivityEffect& e) { return e.pod; },
        Tr::tr("There is no such effect."),
        QT_TRANSLATE_NOOP("careshift::commands", "Remove effect on %1 from %2"));
}

QString addSubstitution(ProjectDocument* doc, const std::string& intervention) {
    Project p = doc->project();
    const auto it = findById(p.interventions, intervention);
    if (it == p.interventions.end())
        return Tr::tr("There is no such intervention.");
    if (p.pods.empty())
        return Tr::tr("Add a point of delivery first.");
    // A pair not used yet: a substitution is known by its two PoDs.
    auto used = [&](const std::string& from, const std::string& to) {
        return std::any_of(
            it->substitutions.begin(), it->substitutions.end(),
            [&](const Substitution& s) { return s.fromPod == from && s.toPod == to; });
    };
    std::vector<std::string> froms;
    for (const ActivityEffect& e : it->effects)
        froms.push_back(e.pod);
    for (const Pod& pod : p.pods)
        froms.push_back(pod.code);
    for (const std::string& from : froms) {
        for (auto to = p.pods.rbegin(); to != p.pods.rend(); ++to) {
            if (to->code == from || used(from, to->code))
                continue;
            it->substitutions.push_back({from, to->code, 1.0, ""});
            return pushSnapshot(doc, Tr::tr("Add substitution to %1").arg(qs(it->name)), p);
        }
    }
    return Tr::tr("Every pair of points of delivery already has a substitution.");
}

QString removeSubstitution(ProjectDocument* doc, const std::string& substitution) {
    return removeChild(
        doc, substitution, &Intervention::substitutions,
        [](const Substitution& x) { return x.fromPod + ">" + x.toPod; },
        Tr::tr("There is no such substitution."),
        QT_TRANSLATE_NOOP("careshift::commands", "Remove substitution %1 from %2"));
}

QString addMetric(ProjectDocument* doc) {
    Project p = doc->project();
    Metric m;
    m.id = freeId(
        p.metrics, "metric", [](const Metric& x) { return x.id; }, "-");
    m.name = Tr::tr("New metric").toStdString();
    p.metrics.push_back(m);
    return pushSnapshot(doc, Tr::tr("Add an outcome metric"), p);
}

QString removeMetric(ProjectDocument* doc, const std::string& id) {
    Project p = doc->project();
    const auto it = findById(p.metrics, id);
    if (it == p.metrics.end())
        return Tr::tr("There is no such metric.");
    const QString name = qs(it->name.empty() ? it->id : it->name);
    p.metrics.erase(it);
    // Its effects go with it: an effect on a metric that is not there means nothing.
    for (Intervention& iv : p.interventions)
        std::erase_if(iv.metricEffects, [&](const MetricEffect& e) { return e.metric == id; });
    return pushSnapshot(doc, Tr::tr("Remove outcome metric %1").arg(name), p);
}

QString addPeer(ProjectDocument* doc) {
    Project p = doc->project();
    Peer peer;
    peer.id = freeId(
        p.peers, "peer", [](const Peer& x) { return x.id; }, "-");
    peer.name = Tr::tr("New peer").toStdString();
    p.peers.push_back(peer);
    return pushSnapshot(doc, Tr::tr("Add a peer"), p);
}

QString removePeer(ProjectDocument* doc, const std::string& id) {
    Project p = doc->project();
    const auto it = findById(p.peers, id);
    if (it == p.peers.end())
        return Tr::tr("There is no such peer.");
    const QString name = qs(it->name.empty() ? it->id : it->name);
    p.peers.erase(it);
    for (Metric& m : p.metrics)
        std::erase_if(m.peerValues, [&](const PeerValue& v) { return v.peer == id; });
    return pushSnapshot(doc, Tr::tr("Remove peer %1 and its values").arg(name), p);
}

QString addMetricEffect(ProjectDocument* doc, const std::string& intervention) {
    Project p = doc->project();
    const auto it = findById(p.interventions, intervention);
    if (it == p.interventions.end())
        return Tr::tr("There is no such intervention.");
    // A typed metric of the group it reaches that it does not change yet.
    for (const Metric& m : p.metrics) {
        if (m.group != it->group || m.basis != MetricBasis::Typed ||
            std::any_of(it->metricEffects.begin(), it->metricEffects.end(),
                        [&](const MetricEffect& e) { return e.metric == m.id; }))
            continue;
        it->metricEffects.push_back({m.id, EffectMode::Relative, 0.0, ""});
        return pushSnapshot(doc, Tr::tr("Add effect on %1 to %2").arg(qs(m.name), qs(it->name)), p);
    }
    return Tr::tr("Every typed outcome metric of %1 already has an effect of this intervention "
                  "(metrics based on the projection move with its effects on activity).")
        .arg(engineText(groupName(it->group)));
}

QString removeMetricEffect(ProjectDocument* doc, const std::string& effect) {
    return removeChild(
        doc, effect, &Intervention::metricEffects, [](const MetricEffect& e) { return e.metric; },
        Tr::tr("There is no such effect."),
        QT_TRANSLATE_NOOP("careshift::commands", "Remove effect on %1 from %2"));
}

QString addRow(ProjectDocument* doc, Kind kind, const std::string& parent) {
    switch (kind) {
    case Kind::Metric:
        return addMetric(doc);
    case Kind::Peer:
        return addPeer(doc);
    case Kind::MetricEffect:
        return addMetricEffect(doc, parent);
    case Kind::Pod:
        return addPod(doc);
    case Kind::Provider:
        return addProvider(doc);
    case Kind::Contract:
        return addContract(doc);
    case Kind::Effect:
        return addEffect(doc, parent);
    case Kind::Substitution:
        return addSubstitution(doc, parent);
    case Kind::ContractRule:
        return addContractRule(doc, parent);
    case Kind::Hrg:
        return addHrg(doc);
    case Kind::HrgShare:
        return addHrgShare(doc, parent);
    default:
        return Tr::tr("Rows cannot be added here.");
    }
}

QString removeRow(ProjectDocument* doc, Kind kind, const std::string& id) {
    switch (kind) {
    case Kind::Metric:
        return removeMetric(doc, id);
    case Kind::Peer:
        return removePeer(doc, id);
    case Kind::MetricEffect:
        return removeMetricEffect(doc, id);
    case Kind::Pod:
        return removePod(doc, id);
    case Kind::Provider:
        return removeProvider(doc, id);
    case Kind::Contract:
        return removeContract(doc, id);
    case Kind::Effect:
        return removeEffect(doc, id);
    case Kind::Substitution:
        return removeSubstitution(doc, id);
    case Kind::ContractRule:
        return removeContractRule(doc, id);
    case Kind::Hrg:
        return removeHrg(doc, id);
    case Kind::HrgShare:
        return removeHrgShare(doc, id);
    default:
        return Tr::tr("Rows cannot be removed here.");
    }
}

} // namespace careshift::commands
