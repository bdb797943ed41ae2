#pragma once

/// \file commands.h
/// The only way to change a document: a small façade over the undo commands
/// (after Subsurface). Each function checks the change on a copy of the
/// project with the engine's validate() and refuses it, pushing nothing, if
/// it would make the project impossible; the returned string then says why.
/// An empty string means the change is on the undo stack.

#include "gui/fields.h"

#include <QString>
#include <QVariant>

namespace careshift {
class ProjectDocument;
}

namespace careshift::commands {

/// Sets one field. Repeated edits of the same field within two seconds (typing,
/// a slider drag) merge into one undo step.
QString setField(ProjectDocument* doc, const FieldRef& ref, const QVariant& value);

/// Parses text as the user typed or pasted it ("£1,234", "12%") and sets it.
QString setFieldFromText(ProjectDocument* doc, const FieldRef& ref, const QString& text);

/// Groups the following edits into one undo step (a paste of a block).
void beginMacro(ProjectDocument* doc, const QString& text);
void endMacro(ProjectDocument* doc);

// Scenarios (index into project().scenarios).
QString addScenario(ProjectDocument* doc, const QString& name);
QString duplicateScenario(ProjectDocument* doc, int index);
QString deleteScenario(ProjectDocument* doc, int index);
QString moveScenario(ProjectDocument* doc, int index, int delta);

// Interventions (index into project().interventions).
QString addIntervention(ProjectDocument* doc, const QString& name);
QString duplicateIntervention(ProjectDocument* doc, int index);
/// Also removes it from every scenario.
QString deleteIntervention(ProjectDocument* doc, int index);
QString moveIntervention(ProjectDocument* doc, int index, int delta);

// Baseline rows. Removing a PoD also removes its activity and every effect
// and substitution that names it; a provider or contract still in use is
// not removed (the message says what uses it).
QString addPod(ProjectDocument* doc);
QString removePod(ProjectDocument* doc, int index);
QString addProvider(ProjectDocument* doc);
QString removeProvider(ProjectDocument* doc, int index);
QString addContract(ProjectDocument* doc);
QString removeContract(ProjectDocument* doc, int index);

// An intervention's effects and substitutions.
QString addEffect(ProjectDocument* doc, int intervention);
QString removeEffect(ProjectDocument* doc, int intervention, int row);
QString addSubstitution(ProjectDocument* doc, int intervention);
QString removeSubstitution(ProjectDocument* doc, int intervention, int row);

} // namespace careshift::commands
