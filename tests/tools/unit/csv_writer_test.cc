#include "csv_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace stargraph::cli {
namespace {

TEST_CASE("CSV fields are quoted only when needed", "[csv]") {
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("a,b") == "\"a,b\"");
  CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(CsvField("cr\r") == "\"cr\r\"");
  CHECK(CsvField("甲骨文") == "甲骨文");
}

TEST_CASE("CSV records: header, raw strings, empty nulls, Cypher notation", "[csv]") {
  std::ostringstream out;
  std::ostringstream err;
  CsvWriter writer(out, err);
  writer.Begin({"name", "list", "missing"});
  writer.Row({Value("Oracle, Inc."), Value(ValueList{Value("a"), Value(1.5)}), Value()});
  writer.End({}, 0);
  CHECK(out.str() == "name,list,missing\r\n\"Oracle, Inc.\",\"[\"\"a\"\", 1.5]\",\r\n");
}

}  // namespace
}  // namespace stargraph::cli
