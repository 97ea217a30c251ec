#include "json_encoding.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "json_writer.h"
#include "sample_values.h"

namespace stargraph::cli {
namespace {

using testing::MakeNode;
using testing::MakeRel;

std::string Encode(const Value& v) { return DumpJsonLine(ValueToJson(v)); }

TEST_CASE("Scalars encode per the contract", "[json]") {
  CHECK(Encode(Value()) == "null");
  CHECK(Encode(Value(true)) == "true");
  CHECK(Encode(Value("甲骨文 \"q\"")) == "\"甲骨文 \\\"q\\\"\"");
  CHECK(Encode(Value(std::numeric_limits<int64_t>::max())) == "9223372036854775807");
  CHECK(Encode(Value(std::numeric_limits<int64_t>::min())) == "-9223372036854775808");
}

TEST_CASE("Floats always carry a point or an exponent", "[json]") {
  CHECK(Encode(Value(1.0)) == "1.0");
  CHECK(Encode(Value(-0.0)) == "-0.0");
  CHECK(Encode(Value(0.1)) == "0.1");
  CHECK(Encode(Value(2.5e-07)) == "2.5e-07");
  CHECK(Encode(Value(1e300)) == "1e+300");
  CHECK(Encode(Value(3e11)) == "300000000000.0");
  CHECK(Encode(Value(std::nan(""))) == R"({"_float":"NaN"})");
  CHECK(Encode(Value(HUGE_VAL)) == R"({"_float":"Infinity"})");
  CHECK(Encode(Value(-HUGE_VAL)) == R"({"_float":"-Infinity"})");
}

TEST_CASE("Temporals encode as tagged toString forms", "[json]") {
  CHECK(Encode(Value(Date{20341})) == R"({"_date":"2025-09-10"})");
  CHECK(Encode(Value(LocalTime{45074645000000})) == R"({"_localtime":"12:31:14.645"})");
  CHECK(Encode(Value(Time{45074000000000, 3600})) == R"({"_time":"12:31:14+01:00"})");
  CHECK(Encode(Value(LocalDateTime{1757505600, 0})) == R"({"_localdatetime":"2025-09-10T12:00"})");
  CHECK(Encode(Value(DateTime{1757505600, 0, 0, nullptr})) ==
        R"({"_datetime":"2025-09-10T12:00Z"})");
  CHECK(Encode(Value(Duration{14, 10, 43200, 0})) == R"({"_duration":"P1Y2M10DT12H"})");
}

TEST_CASE("Lists and maps nest", "[json]") {
  Value v(ValueList{Value(1), Value(ValueMap{{"a", Value(2.0)}, {"b", Value()}})});
  CHECK(Encode(v) == R"([1,{"a":2.0,"b":null}])");
}

TEST_CASE("Nodes, relationships and paths", "[json]") {
  NodeRef a = MakeNode(1, {"Company"}, {{"name", Value("Oracle")}});
  NodeRef b = MakeNode(2, {"Company", "AI"}, {{"name", Value("OpenAI")}});
  RelRef r = MakeRel(7, 2, 1, "DEAL_WITH", {{"value", Value(int64_t{300000000000})}});
  CHECK(Encode(Value(a)) ==
        R"({"_node":{"id":1,"labels":["Company"],"properties":{"name":"Oracle"}}})");
  CHECK(Encode(Value(r)) == R"({"_rel":{"id":7,"type":"DEAL_WITH","start":2,"end":1,)"
                            R"("properties":{"value":300000000000}}})");
  std::string path = Encode(Value(PathData{{a, b}, {r}}));
  CHECK(path.rfind(R"({"_path":[{"_node":{"id":1,)", 0) == 0);
  CHECK(path.find(R"(},{"_rel":{"id":7,)") != std::string::npos);
  CHECK(path.find(R"(},{"_node":{"id":2,"labels":["Company","AI"])") != std::string::npos);
}

TEST_CASE("Parameters parse from JSON", "[json]") {
  CHECK(ParseJsonValue("42")->as_int() == 42);
  CHECK(ParseJsonValue("42.0")->as_float() == 42.0);
  CHECK(ParseJsonValue("\"甲骨文\"")->as_string() == "甲骨文");
  CHECK(ParseJsonValue("null")->is_null());
  Result<Value> list = ParseJsonValue(R"([1, {"k": true}])");
  REQUIRE(list.ok());
  CHECK(list->as_list()[1].as_map().at("k").as_bool());
  CHECK_FALSE(ParseJsonValue("{oops").ok());
  CHECK_FALSE(ParseJsonValue("18446744073709551615").ok());
}

TEST_CASE("JSON Lines: one object per statement, errors as error objects", "[json]") {
  std::ostringstream out;
  std::ostringstream err;
  JsonWriter writer(out, err);
  writer.Begin({"n", "name"});
  writer.Row({Value(1), Value("甲骨文")});
  QueryStats stats;
  stats.nodes_created = 2;
  writer.End(stats, 0.5);
  CHECK(out.str() ==
        R"({"columns":["n","name"],"rows":[[1,"甲骨文"]],"stats":{"nodes_created":2,)"
        R"("nodes_deleted":0,"relationships_created":0,"relationships_deleted":0,)"
        R"("properties_set":0,"properties_removed":0,"labels_added":0,"labels_removed":0},)"
        R"("elapsed_ms":0.5})"
        "\n");
  out.str("");
  writer.Begin({"x"});
  writer.Row({Value(1)});
  writer.Error({"SemanticError", "UndefinedVariable", "Variable `x` not defined", 1, 8},
               "RETURN x");
  CHECK(out.str() == R"({"error":{"kind":"SemanticError","code":"UndefinedVariable",)"
                     R"("message":"Variable `x` not defined","line":1,"column":8}})"
                     "\n");
  CHECK(err.str().find("SemanticError (UndefinedVariable) at line 1, column 8") == 0);
}

}  // namespace
}  // namespace stargraph::cli
