#include "query/plan/plan_node.h"

#include <algorithm>
#include <cstdio>

namespace stargraph::query {
namespace {

void DescribeInto(const PlanNode& node, const Operator* op, int depth, std::string* out) {
  out->append(static_cast<size_t>(depth) * 2, ' ');
  out->append(depth == 0 ? "" : "└─ ");
  out->append(node.Describe());
  if (op != nullptr) {
    // An operator's time includes its inputs' (they run inside its Next): show its own share.
    int64_t inputs_nanos = 0;
    for (const Operator* input : op->InputOperators()) inputs_nanos += input->profile().nanos;
    const int64_t self_nanos = std::max<int64_t>(0, op->profile().nanos - inputs_nanos);
    char buf[96];
    std::snprintf(buf, sizeof buf, "  [rows=%lld, self %.3f ms, total %.3f ms]",
                  static_cast<long long>(op->profile().rows), self_nanos / 1e6,
                  op->profile().nanos / 1e6);
    out->append(buf);
  }
  out->push_back('\n');
  std::vector<const PlanNode*> children = node.Children();
  std::vector<const Operator*> ops;
  if (op != nullptr) ops = op->InputOperators();
  for (size_t i = 0; i < children.size(); ++i) {
    const Operator* child_op = (op != nullptr && i < ops.size()) ? ops[i] : nullptr;
    DescribeInto(*children[i], child_op, depth + 1, out);
  }
}

}  // namespace

std::string DescribePlan(const PlanNode& root) {
  std::string out;
  DescribeInto(root, nullptr, 0, &out);
  return out;
}

std::string DescribeProfile(const PlanNode& root, const Operator& op) {
  std::string out;
  DescribeInto(root, &op, 0, &out);
  return out;
}

}  // namespace stargraph::query
