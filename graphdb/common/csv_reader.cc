#include "common/csv_reader.h"

#include <memory>

namespace stargraph {

Result<std::unique_ptr<CsvReader>> CsvReader::Open(const std::string& path, char delimiter) {
  std::unique_ptr<CsvReader> reader(new CsvReader(path, delimiter));
  if (!reader->in_) return Status::IOError("cannot open " + path);
  return reader;
}

Result<bool> CsvReader::Next(std::vector<std::string>* fields) {
  fields->clear();
  // Straight from the stream buffer: istream::get() builds a sentry per character.
  std::streambuf* in = in_.rdbuf();
  int c = in->sbumpc();
  if (c == EOF) return false;
  record_line_ = line_;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  while (c != EOF) {
    if (quoted) {
      if (c == '"') {
        if (in->sgetc() == '"') {
          field += '"';
          in->sbumpc();
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field += static_cast<char>(c);
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = true;
      was_quoted = true;
    } else if (c == delimiter_) {
      fields->push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n') {
      ++line_;
      break;
    } else if (c != '\r') {
      field += static_cast<char>(c);
    }
    c = in->sbumpc();
  }
  if (quoted) {
    return Status::InvalidArgument(path_ + ":" + std::to_string(record_line_) +
                                   ": a quoted field is not closed before the end of the file");
  }
  fields->push_back(std::move(field));
  return true;
}

}  // namespace stargraph
