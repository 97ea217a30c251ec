#include <catch2/catch.hpp>
#include <sstream>

#include "writer_factory.h"

namespace stargraph::cli {
namespace {

// Feeds a one-row result, or an error, to the writer for `statement` in `format`.
void Feed(OutputFormat format, const std::string& statement, bool fail, std::ostream& out,
          std::ostream& err) {
  std::unique_ptr<ResultWriter> writer =
      MakeStatementWriter(format, TableOptions{60, false}, statement, out, err);
  if (fail) {
    writer->Error({"SemanticError", "UndefinedVariable", "Variable `y` not defined", 1, 8},
                  statement);
    return;
  }
  writer->Begin({"x"});
  writer->Row({Value(int64_t{1})});
  writer->End(QueryStats{}, 0.5);
}

TEST_CASE("EXPLAIN in a table shows no table, only errors", "[writer]") {
  std::ostringstream out, err;
  Feed(OutputFormat::kTable, "explain RETURN 1 AS x", false, out, err);
  CHECK(out.str().empty());
  CHECK(err.str().empty());
  Feed(OutputFormat::kTable, "EXPLAIN RETURN y", true, out, err);
  CHECK(out.str().empty());
  CHECK(err.str().find("SemanticError (UndefinedVariable)") == 0);
}

TEST_CASE("Other statements and other formats print their rows", "[writer]") {
  std::ostringstream table, json, err;
  Feed(OutputFormat::kTable, "PROFILE RETURN 1 AS x", false, table, err);
  CHECK(table.str().find("│ 1 │") != std::string::npos);
  Feed(OutputFormat::kJson, "EXPLAIN RETURN 1 AS x", false, json, err);
  CHECK(json.str().find(R"("columns":["x"])") != std::string::npos);
}

TEST_CASE("The errors-only writer prints errors alone", "[writer]") {
  std::ostringstream err;
  std::unique_ptr<ResultWriter> writer = MakeErrorsOnlyWriter(err);
  writer->Begin({"x"});
  writer->Row({Value(int64_t{1})});
  writer->End(QueryStats{}, 0.5);
  CHECK(err.str().empty());
  writer->Error({"RuntimeError", "Timeout", "the statement ran past its timeout", 0, 0},
                "RETURN 1");
  CHECK(err.str() == "RuntimeError (Timeout): the statement ran past its timeout\n");
}

}  // namespace
}  // namespace stargraph::cli
