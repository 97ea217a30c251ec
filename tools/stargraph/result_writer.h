// ResultWriter: where the rows of statements go — a table, CSV or JSON Lines.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/value.h"
#include "stargraph/query_result.h"

namespace stargraph::cli {

enum class OutputFormat { kTable, kCsv, kJson };

// Parses "table", "csv" or "json"; false for anything else.
bool ParseOutputFormat(const std::string& text, OutputFormat* format);

// Receives one statement at a time: Begin, Row..., then End, or Error at any point.
class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  virtual void Begin(const std::vector<std::string>& columns) = 0;
  virtual void Row(const std::vector<Value>& row) = 0;
  virtual void End(const QueryStats& stats, double elapsed_ms) = 0;
  // The statement failed; `statement` is its text (for the caret under a syntax error). Rows
  // already received are discarded.
  virtual void Error(const QueryError& error, const std::string& statement) = 0;
};

// The eight counters with their contract names ("nodes_created", ...), in contract order.
std::vector<std::pair<const char*, int64_t>> StatsFields(const QueryStats& stats);

// "3 nodes created, 2 properties set" for the non-zero counters; empty when all are zero.
std::string StatsSummary(const QueryStats& stats);

// "1 row" / "3 rows".
std::string RowCount(size_t rows);

// "1.2 ms".
std::string FormatElapsed(double elapsed_ms);

}  // namespace stargraph::cli
