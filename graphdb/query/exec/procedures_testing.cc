// The registry of test procedures (see procedures.h); built-ins live in op_call.cc.
#include <map>
#include <mutex>

#include "query/exec/procedures.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

std::mutex& RegistryMutex() {
  static std::mutex mu;
  return mu;
}

std::map<std::string, std::shared_ptr<const ProcedureDef>>& Registry() {
  static std::map<std::string, std::shared_ptr<const ProcedureDef>> registry;
  return registry;
}

bool InputsMatch(const ValueList& entry, const ValueList& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (i >= entry.size() || !Equivalent(entry[i], args[i])) return false;
  }
  return true;
}

}  // namespace

std::shared_ptr<const ProcedureDef> FindTestProcedure(const std::string& name) {
  std::lock_guard<std::mutex> lock(RegistryMutex());
  auto it = Registry().find(name);
  return it == Registry().end() ? nullptr : it->second;
}

void RegisterProcedureForTesting(const std::string& name, std::vector<ProcedureField> inputs,
                                 std::vector<ProcedureField> outputs,
                                 std::vector<ValueList> table) {
  auto def = std::make_shared<ProcedureDef>();
  def->name = name;
  def->inputs = std::move(inputs);
  def->outputs = std::move(outputs);
  const size_t n_in = def->inputs.size();
  const std::vector<ProcedureField> outs = def->outputs;
  def->run = [table = std::move(table), n_in, outs](ExecContext&, const ValueList& args) {
    std::vector<ValueMap> rows;
    for (const ValueList& entry : table) {
      if (!InputsMatch(entry, args)) continue;
      ValueMap row;
      for (size_t o = 0; o < outs.size() && n_in + o < entry.size(); ++o) {
        row[outs[o].name] = entry[n_in + o];
      }
      rows.push_back(std::move(row));
    }
    return rows;
  };
  std::lock_guard<std::mutex> lock(RegistryMutex());
  Registry()[name] = std::move(def);
}

void ClearProceduresForTesting() {
  std::lock_guard<std::mutex> lock(RegistryMutex());
  Registry().clear();
}

}  // namespace stargraph::query
