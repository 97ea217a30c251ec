// The plan: a tree of PlanNodes (what to do), each instantiated into an Operator (doing it) when
// the statement runs, so one plan serves many executions (prepared statements).
//
// Operators pull rows Volcano-style. A plan is a pipeline: every operator reads its input's rows
// and extends, filters or replaces them. The leaf is Start, which yields one row: empty, or the
// argument row of an enclosing operator (OPTIONAL MATCH, EXISTS, MERGE, pattern expressions).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "query/exec/exec_context.h"

namespace stargraph::query {

class Operator;

class PlanNode {
 public:
  virtual ~PlanNode() = default;
  // A new runtime operator for this node and (recursively) its inputs.
  virtual std::unique_ptr<Operator> Instantiate() const = 0;
  // One line for EXPLAIN: "Expand(a)-[r:DEAL_WITH]->(b)".
  virtual std::string Describe() const = 0;
  // Inputs in display order (the pipeline input first).
  virtual std::vector<const PlanNode*> Children() const = 0;
};
using PlanP = std::shared_ptr<const PlanNode>;

struct OperatorProfile {
  int64_t rows = 0;
  int64_t nanos = 0;
};

class Operator {
 public:
  virtual ~Operator() = default;
  // Starts (or restarts) producing rows; `argument` is the row a Start leaf yields (may be null).
  virtual void Open(ExecContext& ctx, const Row* argument) = 0;
  // Fills `row` with the next output row; false when exhausted. Counts rows (and, when
  // profiling, time including the inputs') for PROFILE.
  bool Next(Row& row) {
    if (!timed_) {
      const bool produced = Produce(row);
      profile_.rows += produced;
      return produced;
    }
    const auto start = std::chrono::steady_clock::now();
    const bool produced = Produce(row);
    profile_.nanos += (std::chrono::steady_clock::now() - start).count();
    profile_.rows += produced;
    return produced;
  }
  // Operators of the inputs, for PROFILE.
  virtual std::vector<const Operator*> InputOperators() const = 0;

  const OperatorProfile& profile() const { return profile_; }
  void EnableTiming() { timed_ = true; }

 protected:
  virtual bool Produce(Row& row) = 0;
  OperatorProfile profile_;
  bool timed_ = false;
};

// An operator with one input, the common case.
class UnaryOperator : public Operator {
 public:
  explicit UnaryOperator(std::unique_ptr<Operator> input) : input_(std::move(input)) {}
  void Open(ExecContext& ctx, const Row* argument) override {
    ctx_ = &ctx;
    timed_ = ctx.profiling();
    input_->Open(ctx, argument);
    Reset();
  }
  std::vector<const Operator*> InputOperators() const override { return {input_.get()}; }

 protected:
  // Called after the input is (re)opened.
  virtual void Reset() {}
  std::unique_ptr<Operator> input_;
  ExecContext* ctx_ = nullptr;
};

// Prints the plan tree, one node per line, indented; with `profiled`, rows and time per node.
std::string DescribePlan(const PlanNode& root);
std::string DescribeProfile(const PlanNode& root, const Operator& op);

// A plan node over one input whose operator is OperatorT(input, &spec) (traversals, writes).
template <typename OperatorT, typename SpecT>
class SpecPlan : public PlanNode {
 public:
  SpecPlan(PlanP input, SpecT spec, std::string description)
      : input_(std::move(input)), spec_(std::move(spec)), description_(std::move(description)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<OperatorT>(input_->Instantiate(), &spec_);
  }
  std::string Describe() const override { return description_; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }
  const PlanP& input() const { return input_; }
  const SpecT& spec() const { return spec_; }

 private:
  PlanP input_;
  SpecT spec_;
  std::string description_;
};

}  // namespace stargraph::query
