// Start, Filter, Project, Restrict, Unwind, Eager, Optional, SemiApply, Skip and Limit.
#include <algorithm>

#include "query/functions/integer_range.h"
#include "query/plan/plan_nodes.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

// A plan node with one input whose operator is built by `make(input_operator)`.
template <typename MakeFn>
class UnaryPlan : public PlanNode {
 public:
  UnaryPlan(PlanP input, std::string description, MakeFn make)
      : input_(std::move(input)), description_(std::move(description)), make_(std::move(make)) {}
  std::unique_ptr<Operator> Instantiate() const override { return make_(input_->Instantiate()); }
  std::string Describe() const override { return description_; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  std::string description_;
  MakeFn make_;
};

template <typename MakeFn>
PlanP MakeUnaryPlan(PlanP input, std::string description, MakeFn make) {
  return std::make_shared<UnaryPlan<MakeFn>>(std::move(input), std::move(description),
                                             std::move(make));
}

class StartOperator : public Operator {
 public:
  void Open(ExecContext& ctx, const Row* argument) override {
    ctx_ = &ctx;
    timed_ = ctx.profiling();
    argument_ = argument;
    done_ = false;
  }
  std::vector<const Operator*> InputOperators() const override { return {}; }

 protected:
  bool Produce(Row& row) override {
    if (done_) return false;
    done_ = true;
    row = argument_ ? *argument_ : ctx_->NewRow();
    return true;
  }

 private:
  ExecContext* ctx_ = nullptr;
  const Row* argument_ = nullptr;
  bool done_ = false;
};

class StartPlan : public PlanNode {
 public:
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<StartOperator>();
  }
  std::string Describe() const override { return "Start"; }
  std::vector<const PlanNode*> Children() const override { return {}; }
};

class FilterOperator : public UnaryOperator {
 public:
  FilterOperator(std::unique_ptr<Operator> input, ExprP predicate)
      : UnaryOperator(std::move(input)), predicate_(std::move(predicate)) {}

 protected:
  bool Produce(Row& row) override {
    while (input_->Next(row)) {
      ctx_->CheckGuards();
      if (EvalPredicate(*predicate_, row, *ctx_)) return true;
    }
    return false;
  }

 private:
  ExprP predicate_;
};

class ProjectOperator : public UnaryOperator {
 public:
  ProjectOperator(std::unique_ptr<Operator> input, const std::vector<ProjectItem>* items)
      : UnaryOperator(std::move(input)), items_(items) {}

 protected:
  bool Produce(Row& row) override {
    if (!input_->Next(row)) return false;
    // Evaluate all first: an item may read a slot another item overwrites.
    values_.clear();
    for (const ProjectItem& item : *items_) values_.push_back(item.expr->Eval(row, *ctx_));
    for (size_t i = 0; i < values_.size(); ++i) row[(*items_)[i].slot] = std::move(values_[i]);
    return true;
  }

 private:
  const std::vector<ProjectItem>* items_;
  std::vector<Value> values_;  // reused across rows
};

class RestrictOperator : public UnaryOperator {
 public:
  RestrictOperator(std::unique_ptr<Operator> input, const std::vector<bool>* keep)
      : UnaryOperator(std::move(input)), keep_(keep) {}

 protected:
  bool Produce(Row& row) override {
    if (!input_->Next(row)) return false;
    for (size_t i = 0; i < row.size() && i < keep_->size(); ++i) {
      if (!(*keep_)[i]) row[i] = Value();
    }
    return true;
  }

 private:
  const std::vector<bool>* keep_;
};

class UnwindOperator : public UnaryOperator {
 public:
  UnwindOperator(std::unique_ptr<Operator> input, ExprP list, size_t slot)
      : UnaryOperator(std::move(input)), list_(std::move(list)), slot_(slot) {}

 protected:
  void Reset() override { pos_ = size_ = 0; }
  bool Produce(Row& row) override {
    while (pos_ >= size_) {
      if (!input_->Next(current_)) return false;
      value_ = list_->Eval(current_, *ctx_);  // lists are shared, not copied
      size_ = value_.kind() == ValueKind::kList ? value_.as_list().size() : !value_.is_null();
      pos_ = 0;
    }
    ctx_->CheckGuards();
    row = current_;
    row[slot_] = value_.kind() == ValueKind::kList ? value_.as_list()[pos_] : value_;
    ++pos_;
    return true;
  }

 private:
  ExprP list_;
  size_t slot_;
  Row current_;
  Value value_;
  size_t size_ = 0;
  size_t pos_ = 0;
};

// UNWIND range(start, end[, step]): the integers are produced one by one, never built as a list.
class UnwindRangeOperator : public UnaryOperator {
 public:
  UnwindRangeOperator(std::unique_ptr<Operator> input, std::vector<ExprP> args, size_t slot)
      : UnaryOperator(std::move(input)), args_(std::move(args)), slot_(slot) {}

 protected:
  void Reset() override { range_.count = pos_ = 0; }
  bool Produce(Row& row) override {
    while (pos_ >= range_.count) {
      if (!input_->Next(current_)) return false;
      std::vector<Value> values;
      for (const ExprP& arg : args_) values.push_back(arg->Eval(current_, *ctx_));
      range_ = IntegerRangeOf(values).value_or(IntegerRange{});
      pos_ = 0;
    }
    ctx_->CheckGuards();
    row = current_;
    row[slot_] = Value(range_.At(pos_++));
    return true;
  }

 private:
  std::vector<ExprP> args_;
  size_t slot_;
  Row current_;
  IntegerRange range_;
  uint64_t pos_ = 0;
};

class EagerOperator : public UnaryOperator {
 public:
  using UnaryOperator::UnaryOperator;
  ~EagerOperator() override {
    if (ctx_) ctx_->ReleaseMemory(charged_);
  }

 protected:
  void Reset() override {
    rows_.clear();
    filled_ = false;
    pos_ = 0;
  }
  bool Produce(Row& row) override {
    if (!filled_) {
      Row r;
      while (input_->Next(r)) {
        const int64_t bytes = static_cast<int64_t>(r.size() * sizeof(Value) + 32);
        ctx_->ChargeMemory(bytes);
        charged_ += bytes;
        rows_.push_back(std::move(r));
      }
      filled_ = true;
    }
    if (pos_ >= rows_.size()) return false;
    row = std::move(rows_[pos_++]);
    return true;
  }

 private:
  std::vector<Row> rows_;
  bool filled_ = false;
  size_t pos_ = 0;
  int64_t charged_ = 0;
};

// Shared by Optional and SemiApply: runs a sub-plan per input row.
class ApplyOperator : public UnaryOperator {
 public:
  ApplyOperator(std::unique_ptr<Operator> input, std::unique_ptr<Operator> sub)
      : UnaryOperator(std::move(input)), sub_(std::move(sub)) {}
  std::vector<const Operator*> InputOperators() const override {
    return {input_.get(), sub_.get()};
  }

 protected:
  std::unique_ptr<Operator> sub_;
};

class OptionalOperator : public ApplyOperator {
 public:
  OptionalOperator(std::unique_ptr<Operator> input, std::unique_ptr<Operator> sub,
                   const std::vector<size_t>* nullable)
      : ApplyOperator(std::move(input), std::move(sub)), nullable_(nullable) {}

 protected:
  void Reset() override { active_ = false; }
  bool Produce(Row& row) override {
    while (true) {
      if (active_) {
        if (sub_->Next(row)) {
          produced_ = true;
          return true;
        }
        active_ = false;
        if (!produced_) {
          row = current_;
          for (size_t slot : *nullable_) row[slot] = Value();
          return true;
        }
      }
      if (!input_->Next(current_)) return false;
      sub_->Open(*ctx_, &current_);
      active_ = true;
      produced_ = false;
    }
  }

 private:
  const std::vector<size_t>* nullable_;
  Row current_;
  bool active_ = false;
  bool produced_ = false;
};

class SemiApplyOperator : public ApplyOperator {
 public:
  SemiApplyOperator(std::unique_ptr<Operator> input, std::unique_ptr<Operator> sub, bool anti)
      : ApplyOperator(std::move(input), std::move(sub)), anti_(anti) {}

 protected:
  bool Produce(Row& row) override {
    while (input_->Next(row)) {
      sub_->Open(*ctx_, &row);
      Row scratch;
      if (sub_->Next(scratch) != anti_) return true;
    }
    return false;
  }

 private:
  bool anti_;
};

class ApplyPlan : public PlanNode {
 public:
  ApplyPlan(PlanP input, PlanP sub, std::string description, std::vector<size_t> nullable, int mode)
      : input_(std::move(input)),
        sub_(std::move(sub)),
        description_(std::move(description)),
        nullable_(std::move(nullable)),
        mode_(mode) {}
  std::unique_ptr<Operator> Instantiate() const override {
    if (mode_ == 0) {
      return std::make_unique<OptionalOperator>(input_->Instantiate(), sub_->Instantiate(),
                                                &nullable_);
    }
    return std::make_unique<SemiApplyOperator>(input_->Instantiate(), sub_->Instantiate(),
                                               mode_ == 2);
  }
  std::string Describe() const override { return description_; }
  std::vector<const PlanNode*> Children() const override { return {input_.get(), sub_.get()}; }

 private:
  PlanP input_, sub_;
  std::string description_;
  std::vector<size_t> nullable_;
  int mode_;  // 0 optional, 1 semi, 2 anti
};

class SkipLimitOperator : public UnaryOperator {
 public:
  SkipLimitOperator(std::unique_ptr<Operator> input, ExprP count, bool is_limit,
                    bool drain_input = false)
      : UnaryOperator(std::move(input)),
        count_(std::move(count)),
        is_limit_(is_limit),
        drain_input_(drain_input) {}

 protected:
  void Reset() override {
    n_ = EvalCount(*count_, *ctx_, is_limit_ ? "LIMIT" : "SKIP");
    seen_ = 0;
  }
  bool Produce(Row& row) override {
    if (is_limit_) {
      if (seen_ >= n_) {
        // Updates before a LIMIT apply to every row, not only to those returned.
        while (drain_input_ && input_->Next(row)) {
        }
        return false;
      }
      ++seen_;
      return input_->Next(row);
    }
    while (seen_ < n_) {
      if (!input_->Next(row)) return false;
      ++seen_;
    }
    return input_->Next(row);
  }

 private:
  ExprP count_;
  bool is_limit_;
  bool drain_input_;
  int64_t n_ = 0;
  int64_t seen_ = 0;
};

std::string DescribeItems(const std::vector<ProjectItem>& items) {
  std::string out;
  for (const ProjectItem& i : items)
    out += (out.empty() ? "" : ", ") + i.expr->Describe() + " AS " + i.name;
  return out;
}

}  // namespace

// openCypher files an invalid SKIP/LIMIT count under SyntaxError, also when it comes from a
// parameter and is only known at runtime.
int64_t EvalCount(const Expression& expr, ExecContext& ctx, const char* what) {
  Row empty = ctx.NewRow();
  Value v = expr.Eval(empty, ctx);
  if (v.kind() != ValueKind::kInt) {
    throw QueryError(ErrorKind::kSyntaxError, "InvalidArgumentType",
                     std::string(what) + " must be a non-negative integer");
  }
  if (v.as_int() < 0) {
    throw QueryError(
        ErrorKind::kSyntaxError, "NegativeIntegerArgument",
        std::string(what) + " must be a non-negative integer, got " + std::to_string(v.as_int()));
  }
  return v.as_int();
}

PlanP MakeStart() { return std::make_shared<StartPlan>(); }

PlanP MakeFilter(PlanP input, ExprP predicate) {
  std::string d = "Filter(" + predicate->Describe() + ")";
  return MakeUnaryPlan(std::move(input), d, [predicate](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new FilterOperator(std::move(in), predicate));
  });
}

PlanP MakeProject(PlanP input, std::vector<ProjectItem> items) {
  auto shared = std::make_shared<const std::vector<ProjectItem>>(std::move(items));
  std::string d = "Project(" + DescribeItems(*shared) + ")";
  return MakeUnaryPlan(std::move(input), d, [shared](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new ProjectOperator(std::move(in), shared.get()));
  });
}

PlanP MakeRestrict(PlanP input, std::vector<size_t> keep) {
  size_t width = 0;
  for (size_t s : keep) width = std::max(width, s + 1);
  auto mask = std::make_shared<std::vector<bool>>(width, false);
  for (size_t s : keep) (*mask)[s] = true;
  return MakeUnaryPlan(std::move(input), "Restrict", [mask](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new RestrictOperator(std::move(in), mask.get()));
  });
}

PlanP MakeUnwind(PlanP input, ExprP list, size_t slot) {
  std::string d = "Unwind(" + list->Describe() + ")";
  return MakeUnaryPlan(std::move(input), d, [list, slot](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new UnwindOperator(std::move(in), list, slot));
  });
}

PlanP MakeUnwindRange(PlanP input, std::vector<ExprP> range_args, size_t slot) {
  std::string d = "UnwindRange(";
  for (size_t i = 0; i < range_args.size(); ++i) {
    d += (i == 0 ? "" : ", ") + range_args[i]->Describe();
  }
  d += ")";
  return MakeUnaryPlan(std::move(input), d, [range_args, slot](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new UnwindRangeOperator(std::move(in), range_args, slot));
  });
}

PlanP MakeEager(PlanP input) {
  return MakeUnaryPlan(std::move(input), "Eager", [](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new EagerOperator(std::move(in)));
  });
}

PlanP MakeOptional(PlanP input, PlanP subplan, std::vector<size_t> nullable_slots) {
  return std::make_shared<ApplyPlan>(std::move(input), std::move(subplan), "Optional",
                                     std::move(nullable_slots), 0);
}

PlanP MakeSemiApply(PlanP input, PlanP subplan, bool anti) {
  return std::make_shared<ApplyPlan>(std::move(input), std::move(subplan),
                                     anti ? "AntiSemiApply" : "SemiApply", std::vector<size_t>{},
                                     anti ? 2 : 1);
}

PlanP MakeSkip(PlanP input, ExprP count) {
  std::string d = "Skip(" + count->Describe() + ")";
  return MakeUnaryPlan(std::move(input), d, [count](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(new SkipLimitOperator(std::move(in), count, false));
  });
}

PlanP MakeLimit(PlanP input, ExprP count, bool drain_input) {
  std::string d = "Limit(" + count->Describe() + ")";
  return MakeUnaryPlan(std::move(input), d, [count, drain_input](std::unique_ptr<Operator> in) {
    return std::unique_ptr<Operator>(
        new SkipLimitOperator(std::move(in), count, true, drain_input));
  });
}

}  // namespace stargraph::query
