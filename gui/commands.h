#pragma once
// Moved: see gui/document/commands.h (kept until the results files move too).
#include "gui/document/commands.h"
