// List and path functions: size, head, last, tail, range, reverse, coalesce, isEmpty, length,
// nodes, relationships. A null argument gives null (coalesce aside).
#include <algorithm>

#include "query/functions/builtin_tables.h"
#include "query/functions/function_args.h"
#include "query/functions/integer_range.h"
#include "query/query_error.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;

// range() refuses to build lists longer than this rather than exhausting memory.
constexpr int64_t kMaxRangeElements = 100'000'000;

const ValueList& ListArg(const char* fn, const Value& arg) {
  if (arg.kind() != ValueKind::kList) ThrowArgumentType(fn, arg);
  return arg.as_list();
}

const PathData& PathArg(const char* fn, const Value& arg) {
  if (arg.kind() != ValueKind::kPath) ThrowArgumentType(fn, arg);
  return arg.as_path();
}

Value Size(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() == ValueKind::kString) return Value(CountCodePoints(x.as_string()));
  return Value(static_cast<int64_t>(ListArg("size", x).size()));
}

Value Head(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  const ValueList& list = ListArg("head", args[0]);
  return list.empty() ? Value() : list.front();
}

Value Last(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  const ValueList& list = ListArg("last", args[0]);
  return list.empty() ? Value() : list.back();
}

Value Tail(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  const ValueList& list = ListArg("tail", args[0]);
  if (list.empty()) return Value(ValueList{});
  return Value(ValueList(list.begin() + 1, list.end()));
}

Value Range(const Args& args, FunctionContext& ctx) {
  const std::optional<IntegerRange> range = IntegerRangeOf(args);
  if (!range) return Value();
  if (range->count > uint64_t(kMaxRangeElements)) {
    ThrowOutOfRange("range", "the list would have more than " + std::to_string(kMaxRangeElements) +
                                 " elements");
  }
  if (ctx.check_memory) ctx.check_memory(static_cast<int64_t>(range->count * sizeof(Value)));
  ValueList out;
  out.reserve(range->count);
  for (uint64_t i = 0; i < range->count; ++i) out.emplace_back(range->At(i));
  return Value(std::move(out));
}

Value Reverse(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() == ValueKind::kString) {
    std::vector<std::string_view> cps = SplitCodePoints(x.as_string());
    std::string out;
    out.reserve(x.as_string().size());
    for (auto it = cps.rbegin(); it != cps.rend(); ++it) out.append(*it);
    return Value(std::move(out));
  }
  ValueList list = ListArg("reverse", x);
  std::reverse(list.begin(), list.end());
  return Value(std::move(list));
}

Value Coalesce(const Args& args, FunctionContext&) {
  for (const Value& a : args) {
    if (!a.is_null()) return a;
  }
  return Value();
}

Value IsEmpty(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  switch (x.kind()) {
    case ValueKind::kNull:
      return Value();
    case ValueKind::kString:
      return Value(x.as_string().empty());
    case ValueKind::kMap:
      return Value(x.as_map().empty());
    default:
      return Value(ListArg("isEmpty", x).empty());
  }
}

Value Length(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  return Value(static_cast<int64_t>(PathArg("length", args[0]).rels.size()));
}

Value Nodes(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  ValueList out;
  for (const NodeRef& n : PathArg("nodes", args[0]).nodes) out.emplace_back(n);
  return Value(std::move(out));
}

Value Relationships(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  ValueList out;
  for (const RelRef& r : PathArg("relationships", args[0]).rels) out.emplace_back(r);
  return Value(std::move(out));
}

}  // namespace

std::vector<ScalarFunction> ListFunctions() {
  return {
      {"size", 1, 1, Size, true},
      {"head", 1, 1, Head, true},
      {"last", 1, 1, Last, true},
      {"tail", 1, 1, Tail, true},
      {"range", 2, 3, Range, true},
      {"reverse", 1, 1, Reverse, true},
      {"coalesce", 1, -1, Coalesce, true},
      {"isEmpty", 1, 1, IsEmpty, true},
      {"length", 1, 1, Length, true},
      {"nodes", 1, 1, Nodes, true},
      {"relationships", 1, 1, Relationships, true},
  };
}

}  // namespace stargraph::query
