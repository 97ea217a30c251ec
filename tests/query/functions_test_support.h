// Helpers for the functions_*_test.cc files: call built-ins by name through the registry, build
// values tersely, and capture QueryError codes.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "query/functions/function_registry.h"
#include "query/query_error.h"

namespace stargraph::query::testing {

inline Value List(std::initializer_list<Value> items) { return Value(ValueList(items)); }

inline Value Map(std::initializer_list<std::pair<const std::string, Value>> entries) {
  return Value(ValueMap(entries));
}

// Calls the scalar function `name` (looked up case-insensitively) on `args`.
inline Value Call(const std::string& name, std::vector<Value> args,
                  EntityReader* entities = nullptr) {
  const ScalarFunction* fn = FindScalarFunction(name);
  REQUIRE(fn != nullptr);
  REQUIRE(int(args.size()) >= fn->min_args);
  REQUIRE((fn->max_args < 0 || int(args.size()) <= fn->max_args));
  FunctionContext ctx;
  ctx.entities = entities;
  return fn->fn(args, ctx);
}

// Feeds each row to a fresh aggregate `name` and returns its result.
inline Value Aggregate(const std::string& name, const std::vector<std::vector<Value>>& rows,
                       bool distinct = false) {
  const AggregateFunction* fn = FindAggregateFunction(name);
  REQUIRE(fn != nullptr);
  auto aggregator = fn->make(distinct);
  for (const auto& row : rows) aggregator->Add(row);
  return aggregator->Result();
}

// One-argument rows from plain values.
inline std::vector<std::vector<Value>> Rows(std::initializer_list<Value> values) {
  std::vector<std::vector<Value>> rows;
  for (const Value& v : values) rows.push_back({v});
  return rows;
}

// "<Kind>:<code>" of the QueryError thrown by `fn`, or "" when it does not throw.
template <typename Fn>
std::string ErrorOf(Fn fn) {
  try {
    fn();
  } catch (const QueryError& e) {
    return std::string(ErrorKindName(e.kind())) + ":" + e.code();
  }
  return "";
}

}  // namespace stargraph::query::testing
