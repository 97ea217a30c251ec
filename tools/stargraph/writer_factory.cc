#include "writer_factory.h"

#include "csv_writer.h"
#include "error_text.h"
#include "json_writer.h"
#include "statement_splitter.h"

namespace stargraph::cli {
namespace {

class ErrorsOnlyWriter : public ResultWriter {
 public:
  explicit ErrorsOnlyWriter(std::ostream& err) : err_(err) {}
  void Begin(const std::vector<std::string>& columns) override {}
  void Row(const std::vector<Value>& row) override {}
  void End(const QueryStats& stats, double elapsed_ms) override {}
  void Error(const QueryError& error, const std::string& statement) override {
    err_ << ErrorText(error, statement) << std::flush;
  }

 private:
  std::ostream& err_;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, const TableOptions& table,
                                               std::ostream& out, std::ostream& err) {
  switch (format) {
    case OutputFormat::kCsv:
      return std::make_unique<CsvWriter>(out, err);
    case OutputFormat::kJson:
      return std::make_unique<JsonWriter>(out, err);
    case OutputFormat::kTable:
      break;
  }
  return std::make_unique<TableWriter>(out, err, table);
}

std::unique_ptr<ResultWriter> MakeStatementWriter(OutputFormat format, const TableOptions& table,
                                                  const std::string& statement, std::ostream& out,
                                                  std::ostream& err) {
  if (format == OutputFormat::kTable && LeadingKeyword(statement) == "EXPLAIN") {
    return MakeErrorsOnlyWriter(err);
  }
  return MakeResultWriter(format, table, out, err);
}

std::unique_ptr<ResultWriter> MakeErrorsOnlyWriter(std::ostream& err) {
  return std::make_unique<ErrorsOnlyWriter>(err);
}

}  // namespace stargraph::cli
