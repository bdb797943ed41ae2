#pragma once
// Moved: see gui/document/projectdocument.h (kept until the results files move too).
#include "gui/document/projectdocument.h"
