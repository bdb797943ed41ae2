#pragma once

/// \file sample.h
/// The embedded sample commissioner, NHS Anytown CCG (resources/sample/anytown.json).

#include "engine/project.h"

#include <QByteArray>

namespace careshift::store {

/// The sample's JSON text as built into the program.
QByteArray sampleJson();

/// The sample project, parsed and validated. Throws LoadError if the embedded
/// file were ever broken (a test guards against that).
Project loadSample();

} // namespace careshift::store
