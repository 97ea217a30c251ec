// Merges the per-family tables of builtin_tables.h into case-insensitive lookup maps.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "query/functions/builtin_tables.h"

namespace stargraph::query {

namespace {

std::string Lowercase(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct FunctionMaps {
  std::unordered_map<std::string, ScalarFunction> scalars;  // keyed by lowercase name
  std::unordered_map<std::string, AggregateFunction> aggregates;
};

FunctionMaps BuildFunctionMaps() {
  FunctionMaps r;
  for (auto table : {StringFunctions, MathFunctions, ListFunctions, ConversionFunctions,
                     GraphFunctions, TemporalFunctions}) {
    for (const ScalarFunction& f : table()) r.scalars.emplace(Lowercase(f.name), f);
  }
  for (const AggregateFunction& f : AggregateFunctions()) {
    r.aggregates.emplace(Lowercase(f.name), f);
  }
  return r;
}

// Built once, on first use (thread-safe static initialization); read-only afterwards.
const FunctionMaps& TheFunctionMaps() {
  static const FunctionMaps registry = BuildFunctionMaps();
  return registry;
}

}  // namespace

const ScalarFunction* FindScalarFunction(std::string_view name) {
  const auto& scalars = TheFunctionMaps().scalars;
  auto it = scalars.find(Lowercase(name));
  return it == scalars.end() ? nullptr : &it->second;
}

const AggregateFunction* FindAggregateFunction(std::string_view name) {
  const auto& aggregates = TheFunctionMaps().aggregates;
  auto it = aggregates.find(Lowercase(name));
  return it == aggregates.end() ? nullptr : &it->second;
}

std::vector<std::string> AllFunctionNames() {
  std::vector<std::string> names;
  for (const auto& entry : TheFunctionMaps().scalars) names.emplace_back(entry.second.name);
  for (const auto& entry : TheFunctionMaps().aggregates) names.emplace_back(entry.second.name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace stargraph::query
