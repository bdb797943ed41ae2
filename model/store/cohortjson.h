#pragma once

/// \file cohortjson.h
/// A cohort (Markov) model as JSON (docs/cohort-models.md; JSON Schema in
/// docs/careshift-cohort.schema.json): a file of its own
/// ({"format": "careshift-cohort", ...}) or an entry of a project's
/// "cohortModels". Reading is strict, as for projects: a wrong type, an
/// unknown key or a model that does not compile is an error naming the file
/// and the JSON path or the model, state, cycle and field.

#include "engine/cohort.h"
#include "store/fileerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace careshift::store {

/// The version of the cohort file format this build reads and writes.
inline constexpr int kCohortFormatVersion = 1;

/// The largest cohort model file read (a model is a few kilobytes).
inline constexpr qint64 kMaxCohortFileSize = qint64(16) * 1024 * 1024;

/// Opens a model file (a regular file of at most kMaxCohortFileSize bytes)
/// and reads it with readCohortJson. Throws LoadError.
cohort::Model loadCohortFile(const QString& path);

/// Reads and compiles a model file. Throws LoadError.
cohort::Model readCohortJson(const QByteArray& json, const QString& sourceName);
/// The model as a file, readable by readCohortJson.
QByteArray writeCohortJson(const cohort::Model& model);

/// One model as a JSON object (no "format" and "version"), and back. The
/// reader throws LoadError naming `path` ("cohortModels[0]") in `sourceName`;
/// it does not compile the model.
QJsonObject cohortToJson(const cohort::Model& model);
cohort::Model cohortFromJson(const QJsonObject& object, const QString& sourceName,
                             const QString& path);

/// The results of a model run as the CLI's JSON (docs/cohort-models.md,
/// "Output"): per strategy id, cost, lifeYears, qalys (discounted),
/// undiscounted, deaths and trace; and the frontier.
QJsonObject cohortResultJson(const cohort::Model& model, const cohort::ModelResult& result);

} // namespace careshift::store
