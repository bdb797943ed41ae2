#pragma once

/// \file jsonio.h
/// The project as JSON: the readable form the sample is kept in, and the
/// interchange format. Reading is strict: a missing field, a wrong type or an
/// unknown key value is an error naming the file and the JSON path
/// (e.g. "anytown.json: pods[3].price: expected a number"), and the engine's
/// validate() runs before a project is returned, so a caller never receives a
/// project it cannot compute.

#include "engine/project.h"
#include "engine/validate.h"
#include "store/fileerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace careshift::store {

/// The JSON format version this build reads and writes.
inline constexpr int kJsonFormatVersion = 4;

/// The byte offset of the first byte of `bytes` that is not valid UTF-8 (an
/// overlong form, a surrogate, a stray continuation, a cut sequence), or -1.
qsizetype invalidUtf8At(const QByteArray& bytes);

/// What QJsonDocument accepts silently but a file must not hold (issue 11,
/// defect 12): a NUL byte, text that is not UTF-8 (it would be replaced
/// without a word), a lone UTF-16 surrogate escape, and an object with the
/// same key twice (the last would win without a word). Throws LoadError
/// naming `source` and the line.
void checkJsonText(const QByteArray& json, const QString& source);

/// checkJsonText(), then parses: the top-level object, or LoadError naming
/// `sourceName` and the line.
QJsonObject parseJsonObject(const QByteArray& json, const QString& sourceName);

/// Parses and validates a project. `sourceName` (a file name) prefixes every
/// message. Throws LoadError.
Project readProjectJson(const QByteArray& json, const QString& sourceName);

/// The project as indented JSON, readable by readProjectJson.
QByteArray writeProjectJson(const Project& project);

/// Turns engine problems into messages prefixed with the source name.
QStringList problemMessages(const std::vector<Problem>& problems, const QString& sourceName);

} // namespace careshift::store
