// Helpers for the temporal tests: call an entry of TemporalFunctions() by name.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "common/value.h"
#include "query/functions/builtin_tables.h"

namespace stargraph::query {

inline Value CallTemporal(const std::string& name, std::vector<Value> args,
                          int64_t statement_time_nanos = 0) {
  for (const ScalarFunction& f : TemporalFunctions()) {
    if (name == f.name) {
      FunctionContext ctx;
      ctx.statement_time_nanos = statement_time_nanos;
      return f.fn(args, ctx);
    }
  }
  throw std::logic_error("no temporal function " + name);
}

inline std::string CallToString(const std::string& name, std::vector<Value> args) {
  return CallTemporal(name, std::move(args)).ToString();
}

}  // namespace stargraph::query
