// LabelTester: whether a node has every label of a pattern's node, with the label names resolved
// to ids once per run (the LabelFilter and CountExpand operators test many nodes).
#pragma once

#include <string>
#include <vector>

#include "query/exec/exec_context.h"

namespace stargraph::query {

class LabelTester {
 public:
  // Resolves `labels` in ctx's transaction (a label with no id yet matches no node).
  void Open(ExecContext& ctx, const std::vector<std::string>& labels);
  // True when `node` has every label (always true for none).
  bool Has(ExecContext& ctx, storage::NodeId node) const;

 private:
  std::vector<storage::TokenId> ids_;
  bool missing_ = false;  // a label has no id: no node has it
};

}  // namespace stargraph::query
