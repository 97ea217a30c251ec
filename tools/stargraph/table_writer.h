// Box-drawn tables: column widths count East Asian wide characters as two columns, long values
// end in "…", numbers are right-aligned; the row count and time follow, then the non-zero
// update counters of a writing statement.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "result_writer.h"

namespace stargraph::cli {

struct TableOptions {
  int max_column_width = 60;  // display columns of a cell before truncation
  bool show_timing = true;    // "3 rows, 1.2 ms" rather than "3 rows"
};

class TableWriter : public ResultWriter {
 public:
  // Tables go to `out`, errors to `err`; both must outlive the writer.
  TableWriter(std::ostream& out, std::ostream& err, TableOptions options);

  void Begin(const std::vector<std::string>& columns) override;
  void Row(const std::vector<Value>& row) override;
  void End(const QueryStats& stats, double elapsed_ms) override;
  void Error(const QueryError& error, const std::string& statement) override;

 private:
  struct Cell {
    std::string text;
    bool numeric;
  };
  void PrintTable() const;
  void PrintRule(const char* left, const char* middle, const char* right) const;
  void PrintLine(const std::vector<Cell>& cells) const;

  std::ostream& out_;
  std::ostream& err_;
  TableOptions options_;
  std::vector<Cell> header_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<int> widths_;
};

}  // namespace stargraph::cli
