// Scope: the variables visible at a point of a query and the row slots that hold them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stargraph::query {

enum class VariableKind { kNode, kRelationship, kRelationshipList, kPath, kValue };

// What the binder knows of a value before running the query (kAny when it cannot tell).
enum class StaticType {
  kAny,
  kNull,
  kBool,
  kInt,
  kFloat,
  kString,
  kList,
  kMap,
  kNode,
  kRel,
  kPath
};

struct BoundVariable {
  size_t slot = 0;
  VariableKind kind = VariableKind::kValue;
  StaticType type = StaticType::kAny;  // for kValue variables bound to a typed expression
};

class Scope {
 public:
  const BoundVariable* Find(const std::string& name) const {
    auto it = vars_.find(name);
    return it == vars_.end() ? nullptr : &it->second;
  }
  void Bind(const std::string& name, BoundVariable v) { vars_[name] = v; }
  // Variables a user may name (not the planner's anonymous ones), sorted by name.
  std::vector<std::string> UserNames() const {
    std::vector<std::string> out;
    for (const auto& entry : vars_) {
      if (!IsAnonymous(entry.first)) out.push_back(entry.first);
    }
    return out;
  }
  const std::map<std::string, BoundVariable>& all() const { return vars_; }
  static bool IsAnonymous(const std::string& name) { return !name.empty() && name[0] == ' '; }

 private:
  std::map<std::string, BoundVariable> vars_;
};

}  // namespace stargraph::query
