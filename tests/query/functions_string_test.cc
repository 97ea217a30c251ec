#include <algorithm>
#include <catch2/catch.hpp>

#include "functions_test_support.h"
#include "query/functions/builtin_tables.h"

namespace stargraph::query {
namespace {

using testing::Call;
using testing::ErrorOf;
using testing::List;

const Value kNull;

std::vector<std::string> Strings(const Value& list) {
  std::vector<std::string> out;
  for (const Value& v : list.as_list()) out.push_back(v.as_string());
  return out;
}

TEST_CASE("function lookup is case-insensitive", "[values][functions]") {
  REQUIRE(FindScalarFunction("TOUPPER") != nullptr);
  CHECK(std::string(FindScalarFunction("toupper")->name) == "toUpper");
  CHECK(FindScalarFunction("noSuchFunction") == nullptr);
  CHECK(FindAggregateFunction("COUNT") != nullptr);
  CHECK(FindAggregateFunction("toUpper") == nullptr);
  std::vector<std::string> names = AllFunctionNames();
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::find(names.begin(), names.end(), "percentileDisc") != names.end());
  CHECK(std::find(names.begin(), names.end(), "substring") != names.end());
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}

TEST_CASE("the registry merges every family, temporal included", "[values][functions]") {
  size_t scalars = 0;
  for (auto table : {StringFunctions, MathFunctions, ListFunctions, ConversionFunctions,
                     GraphFunctions, TemporalFunctions}) {
    for (const ScalarFunction& f : table()) {
      INFO(f.name);
      CHECK(FindScalarFunction(f.name) != nullptr);
      ++scalars;
    }
  }
  // No name is defined twice (a duplicate would silently shadow another function).
  CHECK(AllFunctionNames().size() == scalars + AggregateFunctions().size());
}

TEST_CASE("toUpper and toLower handle non-ASCII text", "[values][functions]") {
  CHECK(Call("toUpper", {"abc"}).as_string() == "ABC");
  CHECK(Call("toLower", {"ÄÖÜ Straße"}).as_string() == "äöü straße");
  CHECK(Call("toUpper", {"straße"}).as_string() == "STRASSE");
  CHECK(Call("toUpper", {"图数据库"}).as_string() == "图数据库");
  CHECK(Call("toUpper", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("toUpper", {1}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("trim, ltrim, rtrim remove Unicode white space", "[values][functions]") {
  CHECK(Call("trim", {"  hello \t\n"}).as_string() == "hello");
  CHECK(Call("ltrim", {"  hello  "}).as_string() == "hello  ");
  CHECK(Call("rtrim", {"  hello  "}).as_string() == "  hello");
  CHECK(Call("trim", {"\xE3\x80\x80中文\xE3\x80\x80"}).as_string() == "中文");  // U+3000
  CHECK(Call("trim", {"   "}).as_string() == "");
  CHECK(Call("trim", {""}).as_string() == "");
  CHECK(Call("trim", {kNull}).is_null());
}

TEST_CASE("split keeps empty pieces and splits into code points on ''", "[values][functions]") {
  CHECK(Strings(Call("split", {"one1two", "1"})) == std::vector<std::string>{"one", "two"});
  CHECK(Strings(Call("split", {"a,,b,", ","})) == std::vector<std::string>{"a", "", "b", ""});
  CHECK(Strings(Call("split", {"北京,上海", ","})) == std::vector<std::string>{"北京", "上海"});
  CHECK(Strings(Call("split", {"图数据", ""})) == std::vector<std::string>{"图", "数", "据"});
  CHECK(Strings(Call("split", {"abc", "x"})) == std::vector<std::string>{"abc"});
  CHECK(Call("split", {kNull, ","}).is_null());
  CHECK(Call("split", {"a", kNull}).is_null());
}

TEST_CASE("substring counts code points, not bytes", "[values][functions]") {
  CHECK(Call("substring", {"0123456789", 1}).as_string() == "123456789");
  CHECK(Call("substring", {"0123456789", 1, 3}).as_string() == "123");
  CHECK(Call("substring", {"知识图谱数据库", 2, 2}).as_string() == "图谱");
  CHECK(Call("substring", {"知识图谱", 3}).as_string() == "谱");
  CHECK(Call("substring", {"abc", 10}).as_string() == "");
  CHECK(Call("substring", {"abc", 1, 100}).as_string() == "bc");
  CHECK(Call("substring", {"abc", 0, 0}).as_string() == "");
  CHECK(ErrorOf([] { Call("substring", {"abc", -1}); }) == "ArgumentError:NumberOutOfRange");
  CHECK(ErrorOf([] { Call("substring", {"abc", 0, -1}); }) == "ArgumentError:NumberOutOfRange");
  CHECK(ErrorOf([] { Call("substring", {"abc", 1.5}); }) == "TypeError:InvalidArgumentType");
  CHECK(Call("substring", {kNull, 1}).is_null());
}

TEST_CASE("left and right count code points", "[values][functions]") {
  CHECK(Call("left", {"hello", 3}).as_string() == "hel");
  CHECK(Call("right", {"hello", 3}).as_string() == "llo");
  CHECK(Call("left", {"中文字符", 2}).as_string() == "中文");
  CHECK(Call("right", {"中文字符", 2}).as_string() == "字符");
  CHECK(Call("left", {"abc", 10}).as_string() == "abc");
  CHECK(Call("right", {"abc", 10}).as_string() == "abc");
  CHECK(Call("right", {"abc", 0}).as_string() == "");
  CHECK(ErrorOf([] { Call("left", {"abc", -1}); }) == "ArgumentError:NumberOutOfRange");
}

TEST_CASE("replace replaces every occurrence", "[values][functions]") {
  CHECK(Call("replace", {"hello", "l", "L"}).as_string() == "heLLo");
  CHECK(Call("replace", {"aaa", "aa", "b"}).as_string() == "ba");
  CHECK(Call("replace", {"图谱图谱", "图", "知识"}).as_string() == "知识谱知识谱");
  CHECK(Call("replace", {"ab", "", "-"}).as_string() == "-a-b-");
  CHECK(Call("replace", {"abc", "x", "y"}).as_string() == "abc");
  CHECK(Call("replace", {"abc", kNull, "y"}).is_null());
}

TEST_CASE("reverse reverses code points of strings and elements of lists", "[values][functions]") {
  CHECK(Call("reverse", {"abc"}).as_string() == "cba");
  CHECK(Call("reverse", {"数据库"}).as_string() == "库据数");
  Value reversed = Call("reverse", {List({1, "a", kNull})});
  REQUIRE(reversed.as_list().size() == 3);
  CHECK(reversed.as_list()[0].is_null());
  CHECK(reversed.as_list()[2].as_int() == 1);
  CHECK(Call("reverse", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("reverse", {1}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("size of a string counts code points", "[values][functions]") {
  CHECK(Call("size", {"hello"}).as_int() == 5);
  CHECK(Call("size", {"知识图谱"}).as_int() == 4);
  CHECK(Call("size", {"😀"}).as_int() == 1);
  CHECK(Call("size", {""}).as_int() == 0);
}

}  // namespace
}  // namespace stargraph::query
