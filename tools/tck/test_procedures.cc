#include "test_procedures.h"

#include <regex>

#include "query/exec/procedures.h"
#include "tck_value.h"

namespace stargraph::tck {
namespace {

// "in :: INTEGER?, name :: STRING?" -> fields; "" -> none.
std::vector<query::ProcedureField> ParseFields(const std::string& text) {
  static const std::regex kField(R"(\s*(\w+)\s*::\s*([\w?]+)\s*)");
  std::vector<query::ProcedureField> fields;
  for (std::sregex_iterator it(text.begin(), text.end(), kField), end; it != end; ++it) {
    fields.push_back({(*it)[1], (*it)[2]});
  }
  return fields;
}

}  // namespace

bool RegisterTestProcedure(const Step& step, std::string* error) {
  static const std::regex kSignature(
      R"(there exists a procedure ([\w.]+)\((.*)\)\s*::\s*\((.*)\)\s*:)");
  std::smatch m;
  if (!std::regex_match(step.text, m, kSignature)) {
    *error = "unreadable procedure signature: " + step.text;
    return false;
  }
  std::vector<ValueList> table;
  for (size_t r = 1; r < step.table.size(); ++r) {
    ValueList entry;
    for (const std::string& cell : step.table[r]) {
      std::optional<Value> v = ParseTckValue(cell, error);
      if (!v) return false;
      entry.push_back(*v);
    }
    table.push_back(std::move(entry));
  }
  query::RegisterProcedureForTesting(m[1], ParseFields(m[2]), ParseFields(m[3]), std::move(table));
  return true;
}

void ClearTestProcedures() { query::ClearProceduresForTesting(); }

}  // namespace stargraph::tck
