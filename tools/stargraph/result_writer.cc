#include "result_writer.h"

#include <cstdio>

namespace stargraph::cli {

bool ParseOutputFormat(const std::string& text, OutputFormat* format) {
  if (text == "table") {
    *format = OutputFormat::kTable;
  } else if (text == "csv") {
    *format = OutputFormat::kCsv;
  } else if (text == "json") {
    *format = OutputFormat::kJson;
  } else {
    return false;
  }
  return true;
}

std::vector<std::pair<const char*, int64_t>> StatsFields(const QueryStats& stats) {
  return {
      {"nodes_created", stats.nodes_created},
      {"nodes_deleted", stats.nodes_deleted},
      {"relationships_created", stats.relationships_created},
      {"relationships_deleted", stats.relationships_deleted},
      {"properties_set", stats.properties_set},
      {"properties_removed", stats.properties_removed},
      {"labels_added", stats.labels_added},
      {"labels_removed", stats.labels_removed},
  };
}

std::string StatsSummary(const QueryStats& stats) {
  std::string out;
  for (const auto& [name, count] : StatsFields(stats)) {
    if (count == 0) continue;
    std::string words(name);
    for (char& c : words) c = c == '_' ? ' ' : c;
    if (!out.empty()) out += ", ";
    out += std::to_string(count) + " " + words;
  }
  return out;
}

std::string RowCount(size_t rows) { return std::to_string(rows) + (rows == 1 ? " row" : " rows"); }

std::string FormatElapsed(double elapsed_ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f ms", elapsed_ms);
  return buf;
}

}  // namespace stargraph::cli
