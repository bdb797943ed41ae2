#pragma once

/// \file sample.h
/// The embedded sample commissioner, NHS Anytown CCG (resources/sample/anytown.json).

#include "engine/project.h"

#include <QByteArray>

namespace careshift::store {

/// The sample's JSON text as built into the program.
QByteArray sampleJson();

/// A blank project to start from: a commissioner, the five patient groups with
/// no people yet, and a "Do nothing" scenario.
Project blankProject();

/// The sample project, parsed and validated. Throws LoadError if the embedded
/// file were ever broken (a test guards against that).
Project loadSample();

} // namespace careshift::store
