// Pieces shared by aggregates.cc and aggregates_statistics.cc (not part of the registry contract).
#pragma once

#include <memory>

#include "query/functions/function_registry.h"

namespace stargraph::query {

// `plain` itself, or when `distinct` a wrapper that forwards each equivalent first argument once
// (nulls are dropped, as every aggregate but count(*) ignores them anyway).
std::unique_ptr<Aggregator> WrapDistinct(std::unique_ptr<Aggregator> plain, bool distinct);

// Sample and population standard deviation of numbers, as FLOAT; 0.0 for too few values.
std::unique_ptr<Aggregator> MakeStDev(bool distinct);
std::unique_ptr<Aggregator> MakeStDevP(bool distinct);

// percentileCont(x, p) interpolates linearly (FLOAT); percentileDisc(x, p) returns one of the
// values. p must be a number in [0, 1], else QueryError(ArgumentError, "NumberOutOfRange").
std::unique_ptr<Aggregator> MakePercentileCont(bool distinct);
std::unique_ptr<Aggregator> MakePercentileDisc(bool distinct);

}  // namespace stargraph::query
