// LabelFilter: the label test of a pattern's node, with the label ids resolved once per run.
#include "query/exec/label_tester.h"
#include "query/plan/plan_nodes.h"

namespace stargraph::query {
namespace {

class LabelFilterOperator : public UnaryOperator {
 public:
  LabelFilterOperator(std::unique_ptr<Operator> input, const LabelFilterSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override { tester_.Open(*ctx_, spec_->labels); }
  bool Produce(Row& row) override {
    while (input_->Next(row)) {
      ctx_->CheckGuards();
      const Value& v = row[spec_->slot];
      if (v.kind() == ValueKind::kNode ? tester_.Has(*ctx_, v.as_node().id)
                                       : EvalPredicate(*spec_->general, row, *ctx_)) {
        return true;
      }
    }
    return false;
  }

 private:
  const LabelFilterSpec* spec_;
  LabelTester tester_;
};

}  // namespace

void LabelTester::Open(ExecContext& ctx, const std::vector<std::string>& labels) {
  ids_.clear();
  missing_ = false;
  for (const std::string& label : labels) {
    std::optional<storage::TokenId> id = ctx.FindToken(storage::TokenKind::kLabel, label);
    if (!id) missing_ = true;
    if (id) ids_.push_back(*id);
  }
}

bool LabelTester::Has(ExecContext& ctx, storage::NodeId node) const {
  if (missing_) return false;
  for (storage::TokenId id : ids_) {
    if (!Unwrap(ctx.tx().NodeHasLabel(node, id))) return false;
  }
  return true;
}

PlanP MakeLabelFilter(PlanP input, LabelFilterSpec spec) {
  std::string d = "Filter(" + spec.general->Describe() + ")";
  return std::make_shared<SpecPlan<LabelFilterOperator, LabelFilterSpec>>(std::move(input),
                                                                          std::move(spec), d);
}

const LabelFilterSpec* AsLabelFilter(const PlanNode& node, PlanP* input) {
  const auto* filter = dynamic_cast<const SpecPlan<LabelFilterOperator, LabelFilterSpec>*>(&node);
  if (filter == nullptr) return nullptr;
  *input = filter->input();
  return &filter->spec();
}

}  // namespace stargraph::query
