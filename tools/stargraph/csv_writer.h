// CSV per RFC 4180: a header row, then one record per row, CRLF line ends; fields holding a
// comma, quote, CR or LF are double-quoted with quotes doubled. Strings are written raw, null
// as an empty field, other values in Cypher notation.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "result_writer.h"

namespace stargraph::cli {

// `field` quoted when RFC 4180 requires it.
std::string CsvField(const std::string& field);

class CsvWriter : public ResultWriter {
 public:
  // Records go to `out`, errors to `err`; both must outlive the writer.
  CsvWriter(std::ostream& out, std::ostream& err);

  void Begin(const std::vector<std::string>& columns) override;
  void Row(const std::vector<Value>& row) override;
  void End(const QueryStats& stats, double elapsed_ms) override;
  void Error(const QueryError& error, const std::string& statement) override;

 private:
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace stargraph::cli
