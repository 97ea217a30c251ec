// Procedures declared by a scenario ("there exists a procedure ..."), registered in the engine
// through its test-only hook for the duration of one scenario.
#pragma once

#include <string>

#include "gherkin.h"

namespace stargraph::tck {

// Registers the procedure declared by `step`: its signature from the step text, its rows from the
// table (input columns then output columns). Returns false and sets *error when unreadable.
bool RegisterTestProcedure(const Step& step, std::string* error);

// Removes every procedure registered by RegisterTestProcedure.
void ClearTestProcedures();

}  // namespace stargraph::tck
