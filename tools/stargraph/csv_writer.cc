#include "csv_writer.h"

#include "cypher_notation.h"
#include "error_text.h"

namespace stargraph::cli {

std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

CsvWriter::CsvWriter(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

void CsvWriter::Begin(const std::vector<std::string>& columns) {
  for (size_t i = 0; i < columns.size(); ++i) out_ << (i > 0 ? "," : "") << CsvField(columns[i]);
  if (!columns.empty()) out_ << "\r\n";
}

void CsvWriter::Row(const std::vector<Value>& row) {
  for (size_t i = 0; i < row.size(); ++i) {
    std::string text = row[i].is_null() ? "" : CypherCell(row[i]);
    out_ << (i > 0 ? "," : "") << CsvField(text);
  }
  out_ << "\r\n";
}

void CsvWriter::End(const QueryStats& stats, double elapsed_ms) { out_.flush(); }

void CsvWriter::Error(const QueryError& error, const std::string& statement) {
  out_.flush();
  err_ << ErrorText(error, statement);
  err_.flush();
}

}  // namespace stargraph::cli
