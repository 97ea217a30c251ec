// Factories for every kind of plan node. Each node's operator lives in exec/op_<family>.cc.
// Slots are indexes into the statement's rows (see bind/scope.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/clause.h"
#include "query/bind/expression.h"
#include "query/exec/procedures.h"
#include "query/plan/plan_node.h"
#include "storage/graph_store.h"

namespace stargraph::query {

// --- Leaves and scans
PlanP MakeStart();
// All nodes, or the nodes of one label, bound to `slot` for each input row.
PlanP MakeNodeScan(PlanP input, size_t slot, std::optional<std::string> label);
// Nodes whose `name` or an alias equals `name` (entity-name index); `label` filters further.
PlanP MakeNodeByNameSeek(PlanP input, size_t slot, ExprP name, std::optional<std::string> label);
// Nodes of `label` whose `key` equals `value`, through the property index.
PlanP MakeNodeIndexSeek(PlanP input, size_t slot, std::string label, std::string key, ExprP value);
// The node whose id equals `id` (a list of ids is allowed).
PlanP MakeNodeByIdSeek(PlanP input, size_t slot, ExprP id);

// --- Traversal
// For each input row, each relationship (of `types`, or of any type) with its two end nodes: the
// anchor of a one-relationship pattern whose end nodes are not bound yet. Undirected: each
// relationship in both orientations, a self-loop once, as Expand with Direction::kBoth does.
struct RelScanSpec {
  size_t start_slot = 0;  // the relationship's start node (its end node when flipped)
  size_t rel_slot = 0;
  size_t end_slot = 0;
  std::vector<std::string> types;  // empty: any type
  bool undirected = false;
  std::vector<size_t> distinct_from;  // as in ExpandSpec
  std::string description;            // for EXPLAIN
};
PlanP MakeRelationshipScan(PlanP input, RelScanSpec spec);
// The slot and label (unset: all nodes) of an AllNodesScan or NodeByLabelScan node, setting
// *input to its input; false for any other node.
bool AsNodeScan(const PlanNode& node, PlanP* input, size_t* slot,
                std::optional<std::string>* label);
// The spec of a relationship scan node, setting *input to its input; nullptr for any other node.
const RelScanSpec* AsRelationshipScan(const PlanNode& node, PlanP* input);
struct ExpandSpec {
  size_t from_slot = 0;
  size_t rel_slot = 0;
  size_t to_slot = 0;
  storage::Direction direction = storage::Direction::kOutgoing;
  std::vector<std::string> types;  // empty: any type
  bool to_bound = false;           // `to` already bound: keep only relationships reaching it
  bool rel_bound = false;          // the relationship variable is already bound
  // Slots holding relationships (or lists of them) matched earlier in the same MATCH: a
  // relationship is never used twice within one pattern.
  std::vector<size_t> distinct_from;
  std::string description;  // for EXPLAIN
  // Variable length: `rel_slot` receives the list of relationships.
  bool var_length = false;
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  // The pattern is expanded against its written direction: the list is reversed so that it
  // follows the pattern from left to right.
  bool reverse_list = false;
  // One hop: later operators read the end nodes' records (labels, properties), so the Expand
  // fetches them in batches ahead of the rows (see Transaction::PrefetchNodes).
  bool prefetch_to = false;
};
PlanP MakeExpand(PlanP input, ExpandSpec spec);
// The spec of an Expand or VarLengthExpand node that is not an Expand-Into, setting *input to
// its input; nullptr for any other node.
const ExpandSpec* AsExpand(const PlanNode& node, PlanP* input);

// What Aggregate(Expand(input)) computes without keys when the aggregates are only counts of
// its rows and of its distinct end nodes (count_expand_fusion.h), without making the rows: one
// output row with the row count in each `row_count_slots` and the number of distinct end nodes
// in each `distinct_end_slots`. The expansion may be of variable length.
struct CountExpandSpec {
  ExpandSpec expand;  // neither Into nor with a bound relationship
  // The labels the end node must have (a LabelFilter between Aggregate and Expand): rows and
  // distinct ends count only the ends that have them.
  std::vector<std::string> end_labels;
  std::vector<size_t> row_count_slots;
  std::vector<size_t> distinct_end_slots;
  std::string description;  // the counts, for EXPLAIN
};
PlanP MakeCountExpand(PlanP input, CountExpandSpec spec);

// What a keyless Aggregate of counts over a node or relationship scan computes, from the stored
// counts (count_store_answer.h): for each input row, the scan would yield the same nodes or
// relationships, so each count is (input rows) x CountNodes / CountRelationships. With
// `type_key_slot`, one row per relationship type with a non-zero count, its name in that slot.
struct CountStoreSpec {
  bool relationships = false;       // count relationships (else nodes)
  std::vector<std::string> tokens;  // the label (at most one) or the types; empty: all
  std::optional<size_t> type_key_slot;
  std::vector<size_t> count_slots;
  std::string description;  // for EXPLAIN
};
PlanP MakeCountFromStore(PlanP input, CountStoreSpec spec);

// An Expand whose relationship and end node nothing reads (degree_weighting.h): each input row
// once, with the number of rows the Expand would make of it in `weight_slot` (the degree of its
// node in the pattern's direction and types, less the relationships the row already binds);
// rows of weight 0 are dropped, as the Expand makes none of them.
struct DegreeExpandSpec {
  ExpandSpec expand;  // one hop, neither Into nor with a bound relationship
  size_t weight_slot = 0;
};
PlanP MakeDegreeWeightedExpand(PlanP input, DegreeExpandSpec spec);

struct ShortestPathSpec {
  ExpandSpec expand;
  size_t path_slot = 0;
  bool all = false;
};
PlanP MakeShortestPath(PlanP input, ShortestPathSpec spec);

// --- Row operations
PlanP MakeFilter(PlanP input, ExprP predicate);
// Rows whose node in `slot` has every one of `labels` (a pattern node's labels); `general`, the
// same test as an expression, decides for a value that is not a node (null: no row).
struct LabelFilterSpec {
  size_t slot = 0;
  std::vector<std::string> labels;
  ExprP general;
};
PlanP MakeLabelFilter(PlanP input, LabelFilterSpec spec);
// The spec of a LabelFilter node, setting *input to its input; nullptr for any other node.
const LabelFilterSpec* AsLabelFilter(const PlanNode& node, PlanP* input);
struct ProjectItem {
  ExprP expr;
  size_t slot;
  std::string name;
};
PlanP MakeProject(PlanP input, std::vector<ProjectItem> items);
// Keeps only `keep` slots (clears the others), so rows leaving a WITH hold only its variables.
PlanP MakeRestrict(PlanP input, std::vector<size_t> keep);
PlanP MakeUnwind(PlanP input, ExprP list, size_t slot);
// UNWIND range(...) streamed: `range_args` are range()'s start, end and optional step.
PlanP MakeUnwindRange(PlanP input, std::vector<ExprP> range_args, size_t slot);
// For each input row, the rows of `subplan` (argument = the input row); when it has none, the
// input row with `nullable_slots` set to null.
PlanP MakeOptional(PlanP input, PlanP subplan, std::vector<size_t> nullable_slots);
// For each input row: keeps it when `subplan` yields a row (anti: when it yields none).
PlanP MakeSemiApply(PlanP input, PlanP subplan, bool anti);
// Materializes every input row before producing any (write/read barrier).
PlanP MakeEager(PlanP input);

struct AggregateSpec {
  const AggregateFunction* function = nullptr;  // null for count(*)
  bool distinct = false;
  std::vector<ExprP> args;
  size_t slot = 0;
  std::string name;
};
PlanP MakeAggregate(PlanP input, std::vector<ProjectItem> keys,
                    std::vector<AggregateSpec> aggregates);
PlanP MakeDistinct(PlanP input, std::vector<size_t> slots);
struct SortKey {
  ExprP expr;
  bool ascending = true;
};
// Sorts stably by `keys`. With `limit` (the LIMIT and optional SKIP that follow the sort), keeps
// only the first SKIP + LIMIT rows (top-k); the Skip and Limit operators still follow it.
PlanP MakeSort(PlanP input, std::vector<SortKey> keys, ExprP skip = nullptr, ExprP limit = nullptr);
PlanP MakeSkip(PlanP input, ExprP count);
// The value of a SKIP or LIMIT count (`what`); throws SyntaxError unless a non-negative integer.
int64_t EvalCount(const Expression& expr, ExecContext& ctx, const char* what);
// With `drain_input`, the input is read to its end after the last row (so that updates
// upstream apply to every row).
PlanP MakeLimit(PlanP input, ExprP count, bool drain_input = false);
// Rows of `left` then rows of `right`; with `distinct`, equivalent rows (over `slots`) once.
PlanP MakeUnion(PlanP left, PlanP right, bool distinct, std::vector<size_t> slots);

// --- Writes
struct CreateNodeSpec {
  size_t slot = 0;
  bool bound = false;  // already bound: reuse, do not create
  std::vector<std::string> labels;
  ExprP properties;  // map expression or null
};
struct CreateRelSpec {
  size_t slot = 0;
  size_t from_node = 0;  // index into nodes
  size_t to_node = 0;
  std::string type;
  ExprP properties;
};
struct CreatePathSpec {
  std::vector<CreateNodeSpec> nodes;
  std::vector<CreateRelSpec> rels;
  std::optional<size_t> path_slot;
};
PlanP MakeCreate(PlanP input, std::vector<CreatePathSpec> paths);

enum class SetKind {
  kProperty,
  kReplaceMap,
  kMergeMap,
  kAddLabels,
  kRemoveProperty,
  kRemoveLabels
};
struct SetSpec {
  SetKind kind = SetKind::kProperty;
  ExprP target;  // node/relationship (or null) expression
  std::string key;
  ExprP value;
  std::vector<std::string> labels;
};
PlanP MakeSet(PlanP input, std::vector<SetSpec> items);
PlanP MakeDelete(PlanP input, std::vector<ExprP> targets, bool detach);
// For each input row: rows of `match` (argument = input row) with `on_match` applied, or when
// there are none, the pattern created and `on_create` applied.
PlanP MakeMerge(PlanP input, PlanP match, CreatePathSpec create, std::vector<SetSpec> on_match,
                std::vector<SetSpec> on_create);
// For each input row and each element of `list` bound to `slot`, runs `body` to its end.
PlanP MakeForeach(PlanP input, ExprP list, size_t slot, PlanP body);

// --- Sources
struct ProcedureOutput {
  std::string field;
  size_t slot;
};
// Calls `proc` with `args` (one per input, checked by the planner) for each input row. A void
// procedure yields each input row once `in_query`, and nothing in a standalone CALL.
PlanP MakeProcedureCall(PlanP input, std::shared_ptr<const ProcedureDef> proc,
                        std::vector<ExprP> args, std::vector<ProcedureOutput> outputs,
                        bool in_query);
PlanP MakeLoadCsv(PlanP input, ExprP source, bool with_headers, char delimiter, size_t slot);

}  // namespace stargraph::query
