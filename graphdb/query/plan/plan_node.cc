#include "query/plan/plan_node.h"

#include <cstdio>

namespace stargraph::query {
namespace {

void DescribeInto(const PlanNode& node, const Operator* op, int depth, std::string* out) {
  out->append(static_cast<size_t>(depth) * 2, ' ');
  out->append(depth == 0 ? "" : "└─ ");
  out->append(node.Describe());
  if (op != nullptr) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "  [rows=%lld, %.3f ms]",
                  static_cast<long long>(op->profile().rows), op->profile().nanos / 1e6);
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
