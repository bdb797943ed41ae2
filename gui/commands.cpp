#include "gui/commands.h"

#include "engine/validate.h"
#include "gui/projectdocument.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace careshift::commands {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// The first problem the change causes, in the words of validate().
QString check(const Project& candidate) {
    const auto problems = validate(candidate);
    return problems.empty() ? QString() : qs(problems.front().toString());
}

class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(ProjectDocument* doc, const FieldRef& ref, QVariant before, QVariant after)
        : m_doc(doc)
        , m_ref(ref)
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        setText(QObject::tr("Change %1").arg(fieldDescription(doc->project(), ref)));
        m_lastEdit.start();
    }
    int id() const override { return 1; }
    void undo() override { m_doc->setField(m_ref, m_before); }
    void redo() override { m_doc->setField(m_ref, m_after); }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = static_cast<const SetFieldCommand*>(other);
        if (!(o->m_ref == m_ref) || m_lastEdit.elapsed() > 2000)
            return false;
        m_after = o->m_after;
        m_lastEdit.restart();
        setObsolete(m_after == m_before); // dragged back to where it started
        return true;
    }

private:
    ProjectDocument* m_doc;
    FieldRef m_ref;
    QVariant m_before;
    QVariant m_after;
    QElapsedTimer m_lastEdit;
};

/// Structural edits (add, delete, reorder) keep the whole project before and
/// after: exact, and simple enough to trust.
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
    if (QString problem = check(after); !problem.isEmpty())
        return problem;
    doc->undoStack()->push(new SnapshotCommand(doc, text, after));
    return {};
}

std::string uniqueId(const Project& p, const std::string& base, bool scenario) {
    auto taken = [&](const std::string& id) {
        return scenario ? p.findScenario(id) != nullptr : p.findIntervention(id) != nullptr;
    };
    std::string id = base.empty() ? std::string("item") : base;
    for (int n = 2; taken(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

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

template <typename T> bool validIndex(const std::vector<T>& v, int i) {
    return i >= 0 && static_cast<std::size_t>(i) < v.size();
}

/// The list a scenario or intervention edit works on, with its words.
template <typename T> struct Collection {
    std::vector<T> Project::*items;
    bool scenario; ///< ids are unique among scenarios (else interventions)
    const char* noun;
};
const Collection<Scenario> kScenarios{&Project::scenarios, true, "scenario"};
const Collection<Intervention> kInterventions{&Project::interventions, false, "intervention"};

template <typename T> QString duplicateIn(ProjectDocument* doc, const Collection<T>& c, int index) {
    Project p = doc->project();
    auto& items = p.*(c.items);
    if (!validIndex(items, index))
        return QObject::tr("There is no such %1.").arg(QLatin1String(c.noun));
    T copy = items[static_cast<std::size_t>(index)];
    copy.name = QObject::tr("%1 (copy)").arg(qs(copy.name)).toStdString();
    copy.id = uniqueId(p, copy.id, c.scenario);
    items.insert(items.begin() + index + 1, copy);
    return pushSnapshot(
        doc, QObject::tr("Duplicate %1 %2").arg(QLatin1String(c.noun), qs(copy.name)), p);
}

template <typename T>
QString moveIn(ProjectDocument* doc, const Collection<T>& c, int index, int delta) {
    Project p = doc->project();
    auto& items = p.*(c.items);
    const int to = index + delta;
    if (!validIndex(items, index) || !validIndex(items, to))
        return QObject::tr("The %1 cannot move further.").arg(QLatin1String(c.noun));
    std::swap(items[static_cast<std::size_t>(index)], items[static_cast<std::size_t>(to)]);
    return pushSnapshot(
        doc,
        QObject::tr("Move %1 %2")
            .arg(QLatin1String(c.noun), qs(items[static_cast<std::size_t>(to)].name)),
        p);
}

} // namespace

QString setField(ProjectDocument* doc, const FieldRef& ref, const QVariant& value) {
    const QVariant before = fieldValue(doc->project(), ref);
    if (!before.isValid())
        return QObject::tr("There is no such field.");
    if (before == value)
        return {};
    Project candidate = doc->project();
    if (const QString error = applyField(candidate, ref, value); !error.isEmpty())
        return QObject::tr("%1: %2").arg(fieldDescription(doc->project(), ref), error);
    if (QString problem = check(candidate); !problem.isEmpty())
        return problem;
    doc->undoStack()->push(new SetFieldCommand(doc, ref, before, fieldValue(candidate, ref)));
    return {};
}

QString setFieldFromText(ProjectDocument* doc, const FieldRef& ref, const QString& text) {
    QString error;
    const QVariant value = parseInput(doc->project(), ref, text, &error);
    if (!error.isEmpty())
        return error;
    return setField(doc, ref, value);
}

void beginMacro(ProjectDocument* doc, const QString& text) {
    doc->undoStack()->beginMacro(text);
}
void endMacro(ProjectDocument* doc) {
    doc->undoStack()->endMacro();
}

QString addScenario(ProjectDocument* doc, const QString& name) {
    Project p = doc->project();
    Scenario s;
    s.id = uniqueId(p, slug(name), true);
    s.name = name.toStdString();
    p.scenarios.push_back(s);
    return pushSnapshot(doc, QObject::tr("Add scenario %1").arg(name), p);
}

QString duplicateScenario(ProjectDocument* doc, int index) {
    return duplicateIn(doc, kScenarios, index);
}

QString deleteScenario(ProjectDocument* doc, int index) {
    Project p = doc->project();
    if (!validIndex(p.scenarios, index))
        return QObject::tr("There is no such scenario.");
    const QString name = qs(p.scenarios[static_cast<std::size_t>(index)].name);
    p.scenarios.erase(p.scenarios.begin() + index);
    return pushSnapshot(doc, QObject::tr("Delete scenario %1").arg(name), p);
}

QString moveScenario(ProjectDocument* doc, int index, int delta) {
    return moveIn(doc, kScenarios, index, delta);
}

QString addIntervention(ProjectDocument* doc, const QString& name) {
    Project p = doc->project();
    Intervention iv;
    iv.id = uniqueId(p, slug(name), false);
    iv.name = name.toStdString();
    iv.group = Group::Older;
    iv.coverage = 0.1;
    iv.rampUp = {1.0};
    iv.costSetting = Setting::Community;
    p.interventions.push_back(iv);
    return pushSnapshot(doc, QObject::tr("Add intervention %1").arg(name), p);
}

QString duplicateIntervention(ProjectDocument* doc, int index) {
    return duplicateIn(doc, kInterventions, index);
}

QString deleteIntervention(ProjectDocument* doc, int index) {
    Project p = doc->project();
    if (!validIndex(p.interventions, index))
        return QObject::tr("There is no such intervention.");
    const std::string id = p.interventions[static_cast<std::size_t>(index)].id;
    const QString name = qs(p.interventions[static_cast<std::size_t>(index)].name);
    p.interventions.erase(p.interventions.begin() + index);
    for (Scenario& s : p.scenarios)
        std::erase_if(s.items, [&](const ScenarioItem& item) { return item.interventionId == id; });
    return pushSnapshot(doc, QObject::tr("Delete intervention %1").arg(name), p);
}

QString moveIntervention(ProjectDocument* doc, int index, int delta) {
    return moveIn(doc, kInterventions, index, delta);
}

namespace {
std::string freeCode(const Project& p, const std::string& base, bool pod, bool provider) {
    auto taken = [&](const std::string& id) {
        return pod ? p.podIndex(id) >= 0
                   : (provider ? p.providerIndex(id) >= 0 : p.contractIndex(id) >= 0);
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = base + std::to_string(n);
    return id;
}

/// Appends a provider with a free id and returns its id.
std::string appendProvider(Project& p) {
    Provider x;
    x.id = freeCode(p, "provider", false, true);
    x.name = QObject::tr("New provider").toStdString();
    p.providers.push_back(x);
    return x.id;
}

/// Appends an activity-tariff contract with the first provider (making one if
/// there is none) and returns its id.
std::string appendContract(Project& p) {
    Contract c;
    c.id = freeCode(p, "contract", false, false);
    c.name = QObject::tr("New contract").toStdString();
    c.providerId = p.providers.empty() ? appendProvider(p) : p.providers.front().id;
    p.contracts.push_back(c);
    return c.id;
}
} // namespace

QString addProvider(ProjectDocument* doc) {
    Project p = doc->project();
    appendProvider(p);
    return pushSnapshot(doc, QObject::tr("Add provider"), p);
}

QString removeProvider(ProjectDocument* doc, int index) {
    Project p = doc->project();
    if (!validIndex(p.providers, index))
        return QObject::tr("There is no such provider.");
    const std::string id = p.providers[static_cast<std::size_t>(index)].id;
    for (const Contract& c : p.contracts)
        if (c.providerId == id)
            return QObject::tr("Contract '%1' is with this provider: remove it or give it another "
                               "provider first.")
                .arg(qs(c.name.empty() ? c.id : c.name));
    for (Intervention& iv : p.interventions)
        if (iv.costProviderId == id)
            iv.costProviderId.clear(); // its costs now go to "another provider"
    p.providers.erase(p.providers.begin() + index);
    return pushSnapshot(doc, QObject::tr("Remove provider"), p);
}

QString addContract(ProjectDocument* doc) {
    Project p = doc->project();
    appendContract(p);
    return pushSnapshot(doc, QObject::tr("Add contract"), p);
}

QString removeContract(ProjectDocument* doc, int index) {
    Project p = doc->project();
    if (!validIndex(p.contracts, index))
        return QObject::tr("There is no such contract.");
    const std::string id = p.contracts[static_cast<std::size_t>(index)].id;
    for (const Pod& pod : p.pods)
        if (pod.contractId == id)
            return QObject::tr(
                       "%1 is paid through this contract: move it to another contract first.")
                .arg(qs(pod.code));
    p.contracts.erase(p.contracts.begin() + index);
    return pushSnapshot(doc, QObject::tr("Remove contract"), p);
}

QString addPod(ProjectDocument* doc) {
    Project p = doc->project();
    Pod pod;
    pod.code = freeCode(p, "POD", true, false);
    pod.name = QObject::tr("New point of delivery").toStdString();
    pod.unit = "unit";
    pod.setting = Setting::Acute;
    // A PoD is always paid through a contract: make one if there is none.
    pod.contractId = p.contracts.empty() ? appendContract(p) : p.contracts.front().id;
    p.pods.push_back(pod);
    return pushSnapshot(doc, QObject::tr("Add point of delivery %1").arg(qs(pod.code)), p);
}

QString removePod(ProjectDocument* doc, int index) {
    Project p = doc->project();
    if (!validIndex(p.pods, index))
        return QObject::tr("There is no such point of delivery.");
    const std::string code = p.pods[static_cast<std::size_t>(index)].code;
    std::erase_if(p.activity, [&](const Activity& a) { return a.pod == code; });
    for (Intervention& iv : p.interventions) {
        std::erase_if(iv.effects, [&](const ActivityEffect& e) { return e.pod == code; });
        std::erase_if(iv.substitutions,
                      [&](const Substitution& s) { return s.fromPod == code || s.toPod == code; });
    }
    p.pods.erase(p.pods.begin() + index);
    return pushSnapshot(doc, QObject::tr("Remove point of delivery %1").arg(qs(code)), p);
}

QString addEffect(ProjectDocument* doc, int intervention) {
    Project p = doc->project();
    if (!validIndex(p.interventions, intervention))
        return QObject::tr("There is no such intervention.");
    if (p.pods.empty())
        return QObject::tr("Add a point of delivery first.");
    Intervention& iv = p.interventions[static_cast<std::size_t>(intervention)];
    // The first PoD not yet affected, so the new row is valid straight away.
    for (const Pod& pod : p.pods) {
        if (std::none_of(iv.effects.begin(), iv.effects.end(),
                         [&](const ActivityEffect& e) { return e.pod == pod.code; })) {
            iv.effects.push_back({pod.code, -0.1, ""});
            return pushSnapshot(doc, QObject::tr("Add effect to %1").arg(qs(iv.name)), p);
        }
    }
    return QObject::tr("Every point of delivery already has an effect.");
}

QString removeEffect(ProjectDocument* doc, int intervention, int row) {
    Project p = doc->project();
    if (!validIndex(p.interventions, intervention) ||
        !validIndex(p.interventions[static_cast<std::size_t>(intervention)].effects, row))
        return QObject::tr("There is no such effect.");
    auto& effects = p.interventions[static_cast<std::size_t>(intervention)].effects;
    effects.erase(effects.begin() + row);
    return pushSnapshot(doc, QObject::tr("Remove effect"), p);
}

QString addSubstitution(ProjectDocument* doc, int intervention) {
    Project p = doc->project();
    if (!validIndex(p.interventions, intervention))
        return QObject::tr("There is no such intervention.");
    if (p.pods.empty())
        return QObject::tr("Add a point of delivery first.");
    Intervention& iv = p.interventions[static_cast<std::size_t>(intervention)];
    const std::string from = iv.effects.empty() ? p.pods.front().code : iv.effects.front().pod;
    iv.substitutions.push_back({from, p.pods.back().code, 1.0, ""});
    return pushSnapshot(doc, QObject::tr("Add substitution to %1").arg(qs(iv.name)), p);
}

QString removeSubstitution(ProjectDocument* doc, int intervention, int row) {
    Project p = doc->project();
    if (!validIndex(p.interventions, intervention) ||
        !validIndex(p.interventions[static_cast<std::size_t>(intervention)].substitutions, row))
        return QObject::tr("There is no such substitution.");
    auto& subs = p.interventions[static_cast<std::size_t>(intervention)].substitutions;
    subs.erase(subs.begin() + row);
    return pushSnapshot(doc, QObject::tr("Remove substitution"), p);
}

} // namespace careshift::commands
