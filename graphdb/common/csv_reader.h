// CsvReader: streams RFC 4180 records from a file. Quoted fields may hold the delimiter, doubled
// quotes and newlines; CR LF and LF both end a record. Bytes are passed through unchanged.
#pragma once

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"

namespace stargraph {

class CsvReader {
 public:
  // IOError when the file cannot be opened.
  static Result<std::unique_ptr<CsvReader>> Open(const std::string& path, char delimiter);

  // Reads the next record into *fields: true on success, false at the end of the file. A record
  // with an unterminated quote is InvalidArgument naming the file and the line it started on.
  Result<bool> Next(std::vector<std::string>* fields);
  // 1-based line on which the last record returned by Next() started.
  int64_t record_line() const { return record_line_; }
  const std::string& path() const { return path_; }

 private:
  CsvReader(const std::string& path, char delimiter)
      : in_(path, std::ios::binary), path_(path), delimiter_(delimiter) {}
  std::ifstream in_;
  std::string path_;
  char delimiter_;
  int64_t line_ = 1;
  int64_t record_line_ = 0;
};

}  // namespace stargraph
