#include "writer_factory.h"

#include "csv_writer.h"
#include "json_writer.h"

namespace stargraph::cli {

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

}  // namespace stargraph::cli
