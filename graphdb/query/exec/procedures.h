// Procedures callable with CALL: the built-in db.* procedures, and procedures a test registers
// (RegisterProcedureForTesting) that answer from a fixed table, as the openCypher TCK declares
// them ("there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?)").
//
// Thread safety: lookups and registrations may run concurrently (one mutex); a plan keeps the
// definition it was planned with alive.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/value.h"

namespace stargraph::query {

class ExecContext;

struct ProcedureField {
  std::string name;
  std::string type;  // as declared, e.g. "INTEGER?"; informational
};

struct ProcedureDef {
  std::string name;  // dotted: "db.labels"
  std::vector<ProcedureField> inputs;
  std::vector<ProcedureField> outputs;  // empty: a void procedure
  // The output rows (output name -> value) for one call with `args` (one per input).
  std::function<std::vector<ValueMap>(ExecContext&, const ValueList& args)> run;
};

// The procedure called `name`, or null when there is none.
std::shared_ptr<const ProcedureDef> FindProcedure(const std::string& name);

// Test-only: registers (or replaces) a procedure whose rows are `table`: each entry holds the
// values of the inputs then of the outputs; a call yields the outputs of the entries whose inputs
// equal its arguments (null matches null).
void RegisterProcedureForTesting(const std::string& name, std::vector<ProcedureField> inputs,
                                 std::vector<ProcedureField> outputs, std::vector<ValueList> table);
// Test-only: removes every procedure registered with RegisterProcedureForTesting.
void ClearProceduresForTesting();

}  // namespace stargraph::query
