// Built-in scalar and aggregate functions, looked up by case-insensitive name.
//
// Scalar functions are pure functions of their arguments, except those that read the graph
// (labels, properties, type, ...), which do so through the EntityReader of the FunctionContext.
// Errors are thrown as QueryError (TypeError/ArgumentError with openCypher's detail codes).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/value.h"

namespace stargraph::query {

// Read access to stored entities, implemented by the executor over a storage transaction.
class EntityReader {
 public:
  virtual ~EntityReader() = default;
  virtual std::vector<std::string> NodeLabels(const NodeRef& node) = 0;
  virtual ValueMap NodeProperties(const NodeRef& node) = 0;
  virtual Value NodeProperty(const NodeRef& node, const std::string& key) = 0;
  virtual std::string RelType(const RelRef& rel) = 0;
  virtual ValueMap RelProperties(const RelRef& rel) = 0;
  virtual Value RelProperty(const RelRef& rel, const std::string& key) = 0;
  virtual bool IsDeleted(const NodeRef& node) = 0;
  virtual bool IsDeleted(const RelRef& rel) = 0;
};

struct FunctionContext {
  EntityReader* entities = nullptr;
  // Query start time, so that datetime() etc. are stable within one statement.
  int64_t statement_time_nanos = 0;
  // Throws when a list of `bytes` that a function is about to build would not fit in the
  // statement's memory limit (range() calls it before allocating). Empty outside statements.
  std::function<void(int64_t bytes)> check_memory;
};

using ScalarFn = Value (*)(const std::vector<Value>& args, FunctionContext& ctx);

struct ScalarFunction {
  const char* name;  // canonical spelling, e.g. "toUpper", "date.truncate"
  int min_args;
  int max_args;  // -1: variadic
  ScalarFn fn;
  // False when two calls with the same arguments in one run may differ (rand(), *.realtime()):
  // a deterministic call with constant arguments is evaluated once per run.
  bool deterministic;
};

// nullptr when no scalar function has this name (case-insensitive).
const ScalarFunction* FindScalarFunction(std::string_view name);

// Accumulates one group's values; Result() may be called once at the end.
class Aggregator {
 public:
  virtual ~Aggregator() = default;
  // `args` are the evaluated arguments for one row (one for most aggregates,
  // two for percentileCont/percentileDisc).
  virtual void Add(const std::vector<Value>& args) = 0;
  virtual Value Result() = 0;
};

struct AggregateFunction {
  const char* name;  // "count", "sum", "avg", "min", "max", "collect", "stDev", ...
  int num_args;
  std::unique_ptr<Aggregator> (*make)(bool distinct);
};

// nullptr when no aggregate function has this name (case-insensitive).
const AggregateFunction* FindAggregateFunction(std::string_view name);

// Every registered name (scalar and aggregate), for shell completion and db procedures.
std::vector<std::string> AllFunctionNames();

}  // namespace stargraph::query
