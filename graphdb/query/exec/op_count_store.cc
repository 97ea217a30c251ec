// NodeCountFromCountStore / RelationshipCountFromCountStore: the counts of a scan answered from
// Transaction::CountNodes / CountRelationships, exact in the transaction's view.
//
// The scan yields the same entities for every input row (it reads nothing of the row), so each
// count is the number of input rows times the stored count. The input is read to its end before
// the counts are taken, as the Eager barrier before a read after a write would.
#include <algorithm>

#include "query/plan/plan_nodes.h"

namespace stargraph::query {
namespace {

class CountStoreOperator : public UnaryOperator {
 public:
  CountStoreOperator(std::unique_ptr<Operator> input, const CountStoreSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    groups_.clear();
    done_ = false;
    pos_ = 0;
  }
  bool Produce(Row& row) override {
    if (!done_) Consume();
    if (pos_ >= groups_.size()) return false;
    const Group& g = groups_[pos_++];
    row = ctx_->NewRow();
    if (spec_->type_key_slot) row[*spec_->type_key_slot] = Value(g.type_name);
    for (size_t slot : spec_->count_slots) row[slot] = Value(g.count);
    return true;
  }

 private:
  struct Group {
    std::string type_name;
    int64_t count = 0;
  };

  void Consume() {
    done_ = true;
    int64_t rows = 0;
    Row in;
    while (input_->Next(in)) {
      ctx_->CheckGuards();
      ++rows;
    }
    if (!spec_->type_key_slot) {
      groups_.push_back({"", rows == 0 ? 0 : rows * Total()});
      return;
    }
    if (rows == 0) return;
    for (const auto& [id, name] : Types()) {
      const auto count = static_cast<int64_t>(Unwrap(ctx_->tx().CountRelationships(id)));
      if (count > 0) groups_.push_back({name, rows * count});
    }
  }

  // The spec's relationship types that exist (all of them when it names none), each once.
  std::vector<std::pair<storage::TokenId, std::string>> Types() {
    if (spec_->tokens.empty()) return ctx_->tx().ListTokens(storage::TokenKind::kRelType);
    std::vector<std::pair<storage::TokenId, std::string>> types;
    for (const std::string& name : spec_->tokens) {
      const auto id = ctx_->FindToken(storage::TokenKind::kRelType, name);
      auto same = [&](const auto& t) { return t.first == id; };
      if (id && std::none_of(types.begin(), types.end(), same)) types.emplace_back(*id, name);
    }
    return types;
  }

  // The entities one scan would yield.
  int64_t Total() {
    storage::Transaction& tx = ctx_->tx();
    if (spec_->relationships) {
      if (spec_->tokens.empty()) return static_cast<int64_t>(Unwrap(tx.CountRelationships({})));
      int64_t total = 0;
      for (const auto& [id, name] : Types()) {
        total += static_cast<int64_t>(Unwrap(tx.CountRelationships(id)));
      }
      return total;
    }
    if (spec_->tokens.empty()) return static_cast<int64_t>(Unwrap(tx.CountNodes({})));
    const auto label = ctx_->FindToken(storage::TokenKind::kLabel, spec_->tokens.front());
    return label ? static_cast<int64_t>(Unwrap(tx.CountNodes(label))) : 0;
  }

  const CountStoreSpec* spec_;
  std::vector<Group> groups_;
  bool done_ = false;
  size_t pos_ = 0;
};

}  // namespace

PlanP MakeCountFromStore(PlanP input, CountStoreSpec spec) {
  std::string d = std::string(spec.relationships ? "RelationshipCount" : "NodeCount") +
                  (spec.type_key_slot ? "ByTypeFromCountStore(" : "FromCountStore(") +
                  spec.description + ")";
  return std::make_shared<SpecPlan<CountStoreOperator, CountStoreSpec>>(std::move(input),
                                                                        std::move(spec), d);
}

}  // namespace stargraph::query
