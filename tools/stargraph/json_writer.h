// JSON Lines per CONTRACT.md: one object per statement with columns, rows, stats and elapsed_ms,
// or {"error": {...}} (with the plain-text form on the error stream).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "json_encoding.h"
#include "result_writer.h"

namespace stargraph::cli {

// {"error": {"kind", "code", "message", "line", "column"}}; line and column are null when unknown.
Json ErrorToJson(const QueryError& error);

class JsonWriter : public ResultWriter {
 public:
  // Lines go to `out`, the plain-text form of errors to `err`; both must outlive the writer.
  JsonWriter(std::ostream& out, std::ostream& err);

  void Begin(const std::vector<std::string>& columns) override;
  void Row(const std::vector<Value>& row) override;
  void End(const QueryStats& stats, double elapsed_ms) override;
  void Error(const QueryError& error, const std::string& statement) override;

 private:
  std::ostream& out_;
  std::ostream& err_;
  Json columns_;
  Json rows_;  // the whole line is written at the end, so a failure never leaves half a line
};

}  // namespace stargraph::cli
