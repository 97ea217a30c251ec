#include "json_writer.h"

#include <cmath>

#include "error_text.h"

namespace stargraph::cli {

Json ErrorToJson(const QueryError& error) {
  Json body = Json::object();
  body["kind"] = error.kind;
  body["code"] = error.code;
  body["message"] = error.message;
  body["line"] = error.line > 0 ? Json(error.line) : Json(nullptr);
  body["column"] = error.column > 0 ? Json(error.column) : Json(nullptr);
  Json out = Json::object();
  out["error"] = std::move(body);
  return out;
}

JsonWriter::JsonWriter(std::ostream& out, std::ostream& err)
    : out_(out), err_(err), columns_(Json::array()), rows_(Json::array()) {}

void JsonWriter::Begin(const std::vector<std::string>& columns) {
  columns_ = Json(columns);
  rows_ = Json::array();
}

void JsonWriter::Row(const std::vector<Value>& row) {
  Json cells = Json::array();
  for (const Value& v : row) cells.push_back(ValueToJson(v));
  rows_.push_back(std::move(cells));
}

void JsonWriter::End(const QueryStats& stats, double elapsed_ms) {
  Json line = Json::object();
  line["columns"] = std::move(columns_);
  line["rows"] = std::move(rows_);
  Json counters = Json::object();
  for (const auto& [name, count] : StatsFields(stats)) counters[name] = count;
  line["stats"] = std::move(counters);
  line["elapsed_ms"] = std::round(elapsed_ms * 1000.0) / 1000.0;  // microseconds suffice
  out_ << DumpJsonLine(line) << "\n";
  out_.flush();
}

void JsonWriter::Error(const QueryError& error, const std::string& statement) {
  rows_ = Json::array();
  out_ << DumpJsonLine(ErrorToJson(error)) << "\n";
  out_.flush();
  err_ << ErrorText(error, statement);
  err_.flush();
}

}  // namespace stargraph::cli
