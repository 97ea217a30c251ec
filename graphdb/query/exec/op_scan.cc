// Node scans and seeks (all nodes, by label, by entity name, by property index, by id) and
// relationship scans.
#include <algorithm>
#include <tuple>

#include "query/plan/plan_nodes.h"
#include "query/query_error.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

// For each input row, binds `slot_` to each node the cursor yields.
class ScanOperator : public UnaryOperator {
 public:
  ScanOperator(std::unique_ptr<Operator> input, size_t slot)
      : UnaryOperator(std::move(input)), slot_(slot) {}

 protected:
  // A cursor over the nodes for the current input row, or null when there are none.
  virtual std::unique_ptr<storage::NodeCursor> OpenCursor(Row& row) = 0;
  // Extra check per node (label of a name seek, exact name match).
  virtual bool Accept(storage::NodeId) { return true; }

  void Reset() override { cursor_.reset(); }
  bool Produce(Row& row) override {
    while (true) {
      if (cursor_) {
        storage::NodeId id;
        while (cursor_->Next(&id)) {
          ctx_->CheckGuards();
          if (!Accept(id)) continue;
          row = current_;
          row[slot_] = Value(NodeRef{id, {}});
          return true;
        }
        cursor_.reset();
      }
      if (!input_->Next(current_)) return false;
      cursor_ = OpenCursor(current_);
    }
  }

  size_t slot_;
  Row current_;
  std::unique_ptr<storage::NodeCursor> cursor_;
};

class LabelScanOperator : public ScanOperator {
 public:
  LabelScanOperator(std::unique_ptr<Operator> input, size_t slot, std::optional<std::string> label)
      : ScanOperator(std::move(input), slot), label_(std::move(label)) {}

 protected:
  std::unique_ptr<storage::NodeCursor> OpenCursor(Row&) override {
    if (!label_) return ctx_->tx().ScanNodes();
    auto id = ctx_->FindToken(storage::TokenKind::kLabel, *label_);
    if (!id) return nullptr;
    return ctx_->tx().ScanLabel(*id);
  }

 private:
  std::optional<std::string> label_;
};

// A fixed list of ids as a cursor.
class VectorCursor : public storage::NodeCursor {
 public:
  explicit VectorCursor(std::vector<storage::NodeId> ids) : ids_(std::move(ids)) {}
  bool Next(storage::NodeId* out) override {
    if (pos_ >= ids_.size()) return false;
    *out = ids_[pos_++];
    return true;
  }

 private:
  std::vector<storage::NodeId> ids_;
  size_t pos_ = 0;
};

class NameSeekOperator : public ScanOperator {
 public:
  NameSeekOperator(std::unique_ptr<Operator> input, size_t slot, ExprP name,
                   std::optional<std::string> label)
      : ScanOperator(std::move(input), slot), name_(std::move(name)), label_(std::move(label)) {}

 protected:
  std::unique_ptr<storage::NodeCursor> OpenCursor(Row& row) override {
    Value v = name_->Eval(row, *ctx_);
    if (v.kind() != ValueKind::kString) return nullptr;
    name_value_ = v;
    if (label_) {
      label_id_ = ctx_->FindToken(storage::TokenKind::kLabel, *label_);
      if (!label_id_) return nullptr;
    }
    return std::make_unique<VectorCursor>(ctx_->tx().LookupName(v.as_string()));
  }
  // The index is case- and width-insensitive and covers aliases; keep exact `name` matches.
  bool Accept(storage::NodeId id) override {
    if (label_id_ && !Unwrap(ctx_->tx().NodeHasLabel(id, *label_id_))) return false;
    Value actual = ctx_->NodeProperty(NodeRef{id, {}}, "name");
    return Equals(actual, name_value_) == Ternary::kTrue;
  }

 private:
  ExprP name_;
  std::optional<std::string> label_;
  std::optional<storage::TokenId> label_id_;
  Value name_value_;
};

class IndexSeekOperator : public ScanOperator {
 public:
  IndexSeekOperator(std::unique_ptr<Operator> input, size_t slot, std::string label,
                    std::string key, ExprP value)
      : ScanOperator(std::move(input), slot),
        label_(std::move(label)),
        key_(std::move(key)),
        value_(std::move(value)) {}

 protected:
  std::unique_ptr<storage::NodeCursor> OpenCursor(Row& row) override {
    Value v = value_->Eval(row, *ctx_);
    if (v.is_null()) return nullptr;
    auto label = ctx_->FindToken(storage::TokenKind::kLabel, label_);
    auto key = ctx_->FindToken(storage::TokenKind::kPropertyKey, key_);
    if (!label || !key) return nullptr;
    return ctx_->tx().IndexSeek(*label, *key, v);
  }

 private:
  std::string label_, key_;
  ExprP value_;
};

class IdSeekOperator : public ScanOperator {
 public:
  IdSeekOperator(std::unique_ptr<Operator> input, size_t slot, ExprP id)
      : ScanOperator(std::move(input), slot), id_(std::move(id)) {}

 protected:
  std::unique_ptr<storage::NodeCursor> OpenCursor(Row& row) override {
    Value v = id_->Eval(row, *ctx_);
    std::vector<storage::NodeId> ids;
    // Ids compare as numbers: 7 and 7.0 name the same node; each node is produced once.
    auto add = [&](const Value& x) {
      int64_t id = -1;
      if (x.kind() == ValueKind::kInt) {
        id = x.as_int();
      } else if (x.kind() == ValueKind::kFloat && x.as_float() >= 0 && x.as_float() < 9.2e18 &&
                 x.as_float() == static_cast<double>(static_cast<int64_t>(x.as_float()))) {
        id = static_cast<int64_t>(x.as_float());
      }
      const auto node = static_cast<storage::NodeId>(id);
      if (id >= 0 && ctx_->tx().NodeExists(node)) ids.push_back(node);
    };
    if (v.kind() == ValueKind::kList) {
      for (const Value& x : v.as_list()) add(x);
    } else {
      add(v);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return std::make_unique<VectorCursor>(std::move(ids));
  }

 private:
  ExprP id_;
};

// For each input row, binds each relationship the scans yield and its end nodes.
class RelationshipScanOperator : public UnaryOperator {
 public:
  RelationshipScanOperator(std::unique_ptr<Operator> input, const RelScanSpec& spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    cursor_.reset();
    types_.clear();
    flipped_pending_ = false;
  }
  bool Produce(Row& row) override {
    while (true) {
      if (flipped_pending_) {
        flipped_pending_ = false;
        Bind(rel_.end, rel_.start, row);
        return true;
      }
      if (NextRel()) {
        ctx_->CheckGuards();
        Bind(rel_.start, rel_.end, row);
        flipped_pending_ = spec_.undirected && rel_.start != rel_.end;
        return true;
      }
      if (!input_->Next(current_)) return false;
      OpenScans();
    }
  }

 private:
  // The type ids to scan for the current row, last first; nullopt scans all relationships.
  void OpenScans() {
    types_.clear();
    if (spec_.types.empty()) {
      types_.push_back(std::nullopt);
      return;
    }
    for (auto it = spec_.types.rbegin(); it != spec_.types.rend(); ++it) {
      std::optional<storage::TokenId> id = ctx_->FindToken(storage::TokenKind::kRelType, *it);
      const bool repeated = std::find(types_.begin(), types_.end(), id) != types_.end();
      if (id && !repeated) types_.push_back(id);
    }
  }
  // Advances rel_ to the next relationship not matched earlier in the pattern.
  bool NextRel() {
    while (true) {
      while (cursor_ && cursor_->Next(&rel_)) {
        if (!UsedEarlier(rel_.id)) return true;
      }
      if (cursor_) Check(cursor_->status());
      cursor_.reset();
      if (types_.empty()) return false;
      cursor_ = ctx_->tx().ScanRelationships(types_.back());
      types_.pop_back();
    }
  }
  bool UsedEarlier(storage::RelId id) const {
    for (size_t slot : spec_.distinct_from) {
      const Value& v = current_[slot];
      if (v.kind() == ValueKind::kRelationship && v.as_rel().id == id) return true;
      if (v.kind() != ValueKind::kList) continue;
      for (const Value& x : v.as_list()) {
        if (x.kind() == ValueKind::kRelationship && x.as_rel().id == id) return true;
      }
    }
    return false;
  }
  void Bind(storage::NodeId start_slot_node, storage::NodeId end_slot_node, Row& row) {
    row = current_;
    row[spec_.rel_slot] = Value(RelRef{rel_.id, rel_.start, rel_.end, rel_.type, {}});
    row[spec_.start_slot] = Value(NodeRef{start_slot_node, {}});
    row[spec_.end_slot] = Value(NodeRef{end_slot_node, {}});
  }

  const RelScanSpec& spec_;
  Row current_;
  std::vector<std::optional<storage::TokenId>> types_;
  std::unique_ptr<storage::RelCursor> cursor_;
  storage::RelRecord rel_;
  bool flipped_pending_ = false;
};

template <typename OperatorT, typename... Args>
class ScanPlan : public PlanNode {
 public:
  ScanPlan(PlanP input, std::string description, Args... args)
      : input_(std::move(input)), description_(std::move(description)), args_(args...) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::apply(
        [this](const auto&... a) {
          return std::unique_ptr<Operator>(new OperatorT(input_->Instantiate(), a...));
        },
        args_);
  }
  std::string Describe() const override { return description_; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }
  const PlanP& input() const { return input_; }
  const std::tuple<Args...>& args() const { return args_; }

 private:
  PlanP input_;
  std::string description_;
  std::tuple<Args...> args_;
};

}  // namespace

PlanP MakeNodeScan(PlanP input, size_t slot, std::optional<std::string> label) {
  std::string d = label ? "NodeByLabelScan(:" + *label + ")" : "AllNodesScan";
  return std::make_shared<ScanPlan<LabelScanOperator, size_t, std::optional<std::string>>>(
      std::move(input), d, slot, label);
}

PlanP MakeNodeByNameSeek(PlanP input, size_t slot, ExprP name, std::optional<std::string> label) {
  std::string d = "NodeByNameSeek(" + std::string(label ? ":" + *label + " " : "") +
                  "name = " + name->Describe() + ")";
  return std::make_shared<ScanPlan<NameSeekOperator, size_t, ExprP, std::optional<std::string>>>(
      std::move(input), d, slot, name, label);
}

PlanP MakeNodeIndexSeek(PlanP input, size_t slot, std::string label, std::string key, ExprP value) {
  std::string d = "NodeIndexSeek(:" + label + "(" + key + ") = " + value->Describe() + ")";
  return std::make_shared<ScanPlan<IndexSeekOperator, size_t, std::string, std::string, ExprP>>(
      std::move(input), d, slot, label, key, value);
}

PlanP MakeNodeByIdSeek(PlanP input, size_t slot, ExprP id) {
  std::string d = "NodeByIdSeek(" + id->Describe() + ")";
  return std::make_shared<ScanPlan<IdSeekOperator, size_t, ExprP>>(std::move(input), d, slot, id);
}

bool AsNodeScan(const PlanNode& node, PlanP* input, size_t* slot,
                std::optional<std::string>* label) {
  using NodeScan = ScanPlan<LabelScanOperator, size_t, std::optional<std::string>>;
  const auto* scan = dynamic_cast<const NodeScan*>(&node);
  if (scan == nullptr) return false;
  *input = scan->input();
  std::tie(*slot, *label) = scan->args();
  return true;
}

const RelScanSpec* AsRelationshipScan(const PlanNode& node, PlanP* input) {
  using RelScan = ScanPlan<RelationshipScanOperator, RelScanSpec>;
  const auto* scan = dynamic_cast<const RelScan*>(&node);
  if (scan == nullptr) return nullptr;
  *input = scan->input();
  return &std::get<0>(scan->args());
}

PlanP MakeRelationshipScan(PlanP input, RelScanSpec spec) {
  std::string d = std::string(spec.undirected ? "Undirected" : "Directed") +
                  (spec.types.empty() ? "AllRelationshipsScan(" : "RelationshipTypeScan(") +
                  spec.description + ")";
  return std::make_shared<ScanPlan<RelationshipScanOperator, RelScanSpec>>(std::move(input), d,
                                                                           std::move(spec));
}

}  // namespace stargraph::query
