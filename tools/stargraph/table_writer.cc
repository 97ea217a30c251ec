#include "table_writer.h"

#include <algorithm>

#include "cypher_notation.h"
#include "display_width.h"
#include "error_text.h"

namespace stargraph::cli {
namespace {

std::string Repeat(const char* piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TableWriter::TableWriter(std::ostream& out, std::ostream& err, TableOptions options)
    : out_(out), err_(err), options_(options) {}

void TableWriter::Begin(const std::vector<std::string>& columns) {
  header_.clear();
  rows_.clear();
  widths_.clear();
  for (const std::string& name : columns) {
    header_.push_back({TruncateToWidth(SingleLine(name), options_.max_column_width), false});
    widths_.push_back(DisplayWidth(header_.back().text));
  }
}

void TableWriter::Row(const std::vector<Value>& row) {
  std::vector<Cell> cells;
  for (size_t i = 0; i < row.size() && i < widths_.size(); ++i) {
    std::string text = TruncateToWidth(SingleLine(CypherCell(row[i])), options_.max_column_width);
    widths_[i] = std::max(widths_[i], DisplayWidth(text));
    cells.push_back({std::move(text), row[i].is_number()});
  }
  rows_.push_back(std::move(cells));
}

void TableWriter::End(const QueryStats& stats, double elapsed_ms) {
  std::string timing = options_.show_timing ? FormatElapsed(elapsed_ms) : "";
  std::string summary = StatsSummary(stats);
  if (!header_.empty()) {
    PrintTable();
    out_ << RowCount(rows_.size()) << (timing.empty() ? "" : ", " + timing) << "\n";
    if (!summary.empty()) out_ << summary << "\n";
  } else {
    std::string line = summary.empty() ? "OK" : summary;
    out_ << line << (timing.empty() ? "" : " (" + timing + ")") << "\n";
  }
  out_.flush();
}

void TableWriter::Error(const QueryError& error, const std::string& statement) {
  rows_.clear();
  out_.flush();
  err_ << ErrorText(error, statement);
  err_.flush();
}

void TableWriter::PrintTable() const {
  PrintRule("┌", "┬", "┐");
  PrintLine(header_);
  PrintRule("├", "┼", "┤");
  for (const auto& row : rows_) PrintLine(row);
  PrintRule("└", "┴", "┘");
}

void TableWriter::PrintRule(const char* left, const char* middle, const char* right) const {
  std::string line = left;
  for (size_t i = 0; i < widths_.size(); ++i) {
    if (i > 0) line += middle;
    line += Repeat("─", widths_[i] + 2);
  }
  out_ << line << right << "\n";
}

void TableWriter::PrintLine(const std::vector<Cell>& cells) const {
  std::string line = "│";
  for (size_t i = 0; i < widths_.size(); ++i) {
    Cell cell = i < cells.size() ? cells[i] : Cell{"", false};
    std::string padded =
        cell.numeric ? PadLeft(cell.text, widths_[i]) : PadRight(cell.text, widths_[i]);
    line += " " + padded + " │";
  }
  out_ << line << "\n";
}

}  // namespace stargraph::cli
