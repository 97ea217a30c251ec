// The tables of built-in functions, one per family; function_registry.cc merges them.
#pragma once

#include <vector>

#include "query/functions/function_registry.h"

namespace stargraph::query {

std::vector<ScalarFunction> StringFunctions();
std::vector<ScalarFunction> MathFunctions();
std::vector<ScalarFunction> ListFunctions();
std::vector<ScalarFunction> ConversionFunctions();
std::vector<ScalarFunction> GraphFunctions();
std::vector<ScalarFunction> TemporalFunctions();  // date(), datetime(), duration.between(), ...
std::vector<AggregateFunction> AggregateFunctions();

}  // namespace stargraph::query
