// CREATE, SET/REMOVE, DELETE, MERGE and FOREACH.
#include <unordered_set>

#include "query/exec/write_actions.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

class CreateOperator : public UnaryOperator {
 public:
  CreateOperator(std::unique_ptr<Operator> input, const std::vector<CreatePathSpec>* paths)
      : UnaryOperator(std::move(input)), paths_(paths) {}

 protected:
  bool Produce(Row& row) override {
    if (!input_->Next(row)) return false;
    ctx_->CheckGuards();
    for (const CreatePathSpec& p : *paths_) CreatePath(p, row, *ctx_);
    return true;
  }

 private:
  const std::vector<CreatePathSpec>* paths_;
};

class SetOperator : public UnaryOperator {
 public:
  SetOperator(std::unique_ptr<Operator> input, const std::vector<SetSpec>* items)
      : UnaryOperator(std::move(input)), items_(items) {}

 protected:
  bool Produce(Row& row) override {
    if (!input_->Next(row)) return false;
    ctx_->CheckGuards();
    for (const SetSpec& item : *items_) ApplySet(item, row, *ctx_);
    return true;
  }

 private:
  const std::vector<SetSpec>* items_;
};

// Consumes all input rows first, then deletes relationships before nodes, so that
// `MATCH (a)-[r]-() DELETE r, a` succeeds whatever the row order.
class DeleteOperator : public UnaryOperator {
 public:
  DeleteOperator(std::unique_ptr<Operator> input, const std::vector<ExprP>* targets, bool detach)
      : UnaryOperator(std::move(input)), targets_(targets), detach_(detach) {}

 protected:
  void Reset() override {
    rows_.clear();
    done_ = false;
    pos_ = 0;
  }
  bool Produce(Row& row) override {
    if (!done_) DeleteAll();
    if (pos_ >= rows_.size()) return false;
    row = std::move(rows_[pos_++]);
    return true;
  }

 private:
  void Collect(const Value& v) {
    switch (v.kind()) {
      case ValueKind::kNull:
        return;
      case ValueKind::kNode:
        nodes_.push_back(v.as_node());
        return;
      case ValueKind::kRelationship:
        rels_.push_back(v.as_rel());
        return;
      case ValueKind::kPath:
        for (const NodeRef& n : v.as_path().nodes) nodes_.push_back(n);
        for (const RelRef& r : v.as_path().rels) rels_.push_back(r);
        return;
      default:
        throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                         std::string("DELETE expects a node, relationship or path, got ") +
                             ValueKindName(v.kind()));
    }
  }

  void DeleteAll() {
    Row in;
    while (input_->Next(in)) {
      for (const ExprP& t : *targets_) Collect(t->Eval(in, *ctx_));
      rows_.push_back(std::move(in));
      in = Row();
    }
    std::unordered_set<uint64_t> done;
    for (const RelRef& r : rels_) {
      if (!done.insert(r.id).second || ctx_->IsDeleted(r)) continue;
      if (!ctx_->tx().GetRelationship(r.id).ok()) continue;
      Check(ctx_->tx().DeleteRelationship(r.id));
      ctx_->MarkDeleted(r);
      ++ctx_->stats().relationships_deleted;
    }
    done.clear();
    for (const NodeRef& n : nodes_) {
      if (!done.insert(n.id).second || ctx_->IsDeleted(n) || !ctx_->tx().NodeExists(n.id)) {
        continue;
      }
      uint64_t detached = 0;
      Status s = ctx_->tx().DeleteNode(n.id, detach_, &detached);
      if (s.code() == StatusCode::kConstraint) {
        throw QueryError(ErrorKind::kConstraintError, "DeleteConnectedNode",
                         "cannot delete node " + std::to_string(n.id) +
                             " because it still has relationships; use DETACH DELETE");
      }
      Check(s);
      ctx_->MarkDeleted(n);
      ++ctx_->stats().nodes_deleted;
      ctx_->stats().relationships_deleted += static_cast<int64_t>(detached);
    }
    done_ = true;
  }

  const std::vector<ExprP>* targets_;
  bool detach_;
  std::vector<Row> rows_;
  std::vector<NodeRef> nodes_;
  std::vector<RelRef> rels_;
  bool done_ = false;
  size_t pos_ = 0;
};

class MergeOperator : public UnaryOperator {
 public:
  MergeOperator(std::unique_ptr<Operator> input, std::unique_ptr<Operator> match,
                const CreatePathSpec* create, const std::vector<SetSpec>* on_match,
                const std::vector<SetSpec>* on_create)
      : UnaryOperator(std::move(input)),
        match_(std::move(match)),
        create_(create),
        on_match_(on_match),
        on_create_(on_create) {}
  std::vector<const Operator*> InputOperators() const override {
    return {input_.get(), match_.get()};
  }

 protected:
  void Reset() override { pending_.clear(); }
  bool Produce(Row& row) override {
    while (pending_.empty()) {
      if (!input_->Next(current_)) return false;
      ctx_->CheckGuards();
      // Find all matches first: ON MATCH SET must not change what the match sees.
      match_->Open(*ctx_, &current_);
      Row m;
      while (match_->Next(m)) pending_.push_back(m);
      if (pending_.empty()) {
        Row created = current_;
        CheckMergeProperties(*create_, created, *ctx_);
        CreatePath(*create_, created, *ctx_);
        for (const SetSpec& s : *on_create_) ApplySet(s, created, *ctx_);
        row = std::move(created);
        return true;
      }
      for (Row& r : pending_) {
        for (const SetSpec& s : *on_match_) ApplySet(s, r, *ctx_);
      }
    }
    row = std::move(pending_.front());
    pending_.erase(pending_.begin());
    return true;
  }

 private:
  std::unique_ptr<Operator> match_;
  const CreatePathSpec* create_;
  const std::vector<SetSpec>* on_match_;
  const std::vector<SetSpec>* on_create_;
  Row current_;
  std::vector<Row> pending_;
};

class ForeachOperator : public UnaryOperator {
 public:
  ForeachOperator(std::unique_ptr<Operator> input, ExprP list, size_t slot,
                  std::unique_ptr<Operator> body)
      : UnaryOperator(std::move(input)),
        list_(std::move(list)),
        slot_(slot),
        body_(std::move(body)) {}
  std::vector<const Operator*> InputOperators() const override {
    return {input_.get(), body_.get()};
  }

 protected:
  bool Produce(Row& row) override {
    if (!input_->Next(row)) return false;
    const Value list = list_->Eval(row, *ctx_);
    if (list.is_null()) return true;
    if (list.kind() != ValueKind::kList) {
      throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType", "FOREACH expects a list");
    }
    Row inner = row;
    for (const Value& item : list.as_list()) {
      inner[slot_] = item;
      body_->Open(*ctx_, &inner);
      Row out;
      while (body_->Next(out)) ctx_->CheckGuards();
    }
    return true;
  }

 private:
  ExprP list_;
  size_t slot_;
  std::unique_ptr<Operator> body_;
};

class DeletePlan : public PlanNode {
 public:
  DeletePlan(PlanP input, std::vector<ExprP> targets, bool detach)
      : input_(std::move(input)), targets_(std::move(targets)), detach_(detach) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<DeleteOperator>(input_->Instantiate(), &targets_, detach_);
  }
  std::string Describe() const override { return detach_ ? "DetachDelete" : "Delete"; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  std::vector<ExprP> targets_;
  bool detach_;
};

class MergePlan : public PlanNode {
 public:
  MergePlan(PlanP input, PlanP match, CreatePathSpec create, std::vector<SetSpec> on_match,
            std::vector<SetSpec> on_create)
      : input_(std::move(input)),
        match_(std::move(match)),
        create_(std::move(create)),
        on_match_(std::move(on_match)),
        on_create_(std::move(on_create)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<MergeOperator>(input_->Instantiate(), match_->Instantiate(), &create_,
                                           &on_match_, &on_create_);
  }
  std::string Describe() const override { return "Merge"; }
  std::vector<const PlanNode*> Children() const override { return {input_.get(), match_.get()}; }

 private:
  PlanP input_, match_;
  CreatePathSpec create_;
  std::vector<SetSpec> on_match_, on_create_;
};

class ForeachPlan : public PlanNode {
 public:
  ForeachPlan(PlanP input, ExprP list, size_t slot, PlanP body)
      : input_(std::move(input)), list_(std::move(list)), slot_(slot), body_(std::move(body)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<ForeachOperator>(input_->Instantiate(), list_, slot_,
                                             body_->Instantiate());
  }
  std::string Describe() const override { return "Foreach(" + list_->Describe() + ")"; }
  std::vector<const PlanNode*> Children() const override { return {input_.get(), body_.get()}; }

 private:
  PlanP input_;
  ExprP list_;
  size_t slot_;
  PlanP body_;
};

}  // namespace

PlanP MakeCreate(PlanP input, std::vector<CreatePathSpec> paths) {
  return std::make_shared<SpecPlan<CreateOperator, std::vector<CreatePathSpec>>>(
      std::move(input), std::move(paths), "Create");
}

PlanP MakeSet(PlanP input, std::vector<SetSpec> items) {
  return std::make_shared<SpecPlan<SetOperator, std::vector<SetSpec>>>(std::move(input),
                                                                       std::move(items), "Set");
}

PlanP MakeDelete(PlanP input, std::vector<ExprP> targets, bool detach) {
  return std::make_shared<DeletePlan>(std::move(input), std::move(targets), detach);
}

PlanP MakeMerge(PlanP input, PlanP match, CreatePathSpec create, std::vector<SetSpec> on_match,
                std::vector<SetSpec> on_create) {
  return std::make_shared<MergePlan>(std::move(input), std::move(match), std::move(create),
                                     std::move(on_match), std::move(on_create));
}

PlanP MakeForeach(PlanP input, ExprP list, size_t slot, PlanP body) {
  return std::make_shared<ForeachPlan>(std::move(input), std::move(list), slot, std::move(body));
}

}  // namespace stargraph::query
