#pragma once

/// \file commands.h
/// The only way to change a document: a small façade over the undo commands
/// (after Subsurface). Every function addresses what it changes by id, never
/// by position, checks the change on a copy of the project (the field's range
/// from the engine's description, then the engine's validate()) and refuses
/// it, pushing nothing, if it would make the project impossible. The returned
/// string then says why, naming the field and the object by name. An empty
/// string means the change is on the undo stack.

#include "gui/document/fields.h"

#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace careshift {
class ProjectDocument;
}

namespace careshift::commands {

/// Sets one field. Repeated edits of the same field within two seconds (typing,
/// a slider drag) merge into one undo step.
QString setField(ProjectDocument* doc, const FieldPath& path, const QVariant& value);

/// Parses text as the user typed or pasted it ("£1,234", "12%") and sets it.
QString setFieldFromText(ProjectDocument* doc, const FieldPath& path, const QString& text);

/// A block of typed or pasted cells, all or nothing: every cell is parsed and
/// the whole change validated once. On success one undo step named `text`;
/// otherwise nothing changes and the result lists every refused cell, with
/// its path (so the view can select it) and a line naming it from `where`
/// ("Row 2 (Long-term conditions), People (base year): ...").
struct CellEdit {
    FieldPath path;
    QString text;
    QString where; ///< the cell as the user sees it
};
struct Refusal {
    FieldPath path; ///< the refused cell, or the field of the problem the block causes
    QString message;
};
std::vector<Refusal> setFieldsFromText(ProjectDocument* doc, const std::vector<CellEdit>& cells,
                                       const QString& text);

/// The whole project replaced by `project` as one undo step named `text`
/// (restoring unsaved changes after a crash); refused if it is not valid.
QString restoreProject(ProjectDocument* doc, const Project& project, const QString& text);

// Scenarios and interventions, by id. `created` receives a new object's id.
QString addScenario(ProjectDocument* doc, const QString& name, std::string* created = nullptr);
QString duplicateScenario(ProjectDocument* doc, const std::string& id,
                          std::string* created = nullptr);
QString deleteScenario(ProjectDocument* doc, const std::string& id);
QString moveScenario(ProjectDocument* doc, const std::string& id, int delta);

QString addIntervention(ProjectDocument* doc, const QString& name, std::string* created = nullptr);
QString duplicateIntervention(ProjectDocument* doc, const std::string& id,
                              std::string* created = nullptr);
/// Also removes it from every scenario.
QString deleteIntervention(ProjectDocument* doc, const std::string& id);
QString moveIntervention(ProjectDocument* doc, const std::string& id, int delta);

// Baseline rows. Removing a PoD also removes its activity and every effect
// and substitution that names it; a provider or contract still in use is
// not removed (the message says what uses it).
QString addPod(ProjectDocument* doc, std::string* created = nullptr);
QString removePod(ProjectDocument* doc, const std::string& code);
QString addProvider(ProjectDocument* doc, std::string* created = nullptr);
QString removeProvider(ProjectDocument* doc, const std::string& id);
QString addContract(ProjectDocument* doc, std::string* created = nullptr);
QString removeContract(ProjectDocument* doc, const std::string& id);

// An intervention's effects and substitutions; `row` is the child's object id
// ("intervention/pod", "intervention/from>to").
QString addEffect(ProjectDocument* doc, const std::string& intervention);
QString removeEffect(ProjectDocument* doc, const std::string& effect);
QString addSubstitution(ProjectDocument* doc, const std::string& intervention);
QString removeSubstitution(ProjectDocument* doc, const std::string& substitution);

/// Adds the rows of an HRG tariff CSV to the tariff (store/tariffcsv.h): one
/// undo step, all rows or none. `imported` is the number of rows read.
QString importTariff(ProjectDocument* doc, const QString& path, int* imported = nullptr);

/// Adds or removes a row of a table by kind (the Add and Remove buttons under
/// each table). `parent` is the intervention for effects and substitutions.
QString addRow(ProjectDocument* doc, Kind kind, const std::string& parent = {});
QString removeRow(ProjectDocument* doc, Kind kind, const std::string& id);
/// Replaces the project's cohort model `index` (Project::cohorts) with
/// `model`, checked like every edit: one undo step named `text`, or the
/// reason it is refused (the model, state, cycle and field).
QString setCohortModel(ProjectDocument* doc, std::size_t index, const cohort::Model& model,
                       const QString& text);
/// Adds a cohort model file (store/cohortjson.h) to the project, tied to the
/// group it names: one undo step, or why not (the file's errors, no group,
/// a model for that group already).
QString importCohortModel(ProjectDocument* doc, const QString& path);
/// Removes cohort model `index`: one undo step.
QString removeCohortModel(ProjectDocument* doc, std::size_t index);

} // namespace careshift::commands
