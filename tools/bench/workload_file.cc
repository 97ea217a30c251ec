#include "workload_file.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

namespace stargraph::bench {
namespace {

using Json = nlohmann::json;
constexpr int64_t kWriteRows = 100000;

Result<Json> ReadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  Json json = Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::InvalidArgument(path + ": not JSON");
  return json;
}

Result<std::string> Substitute(const std::string& text, const Json& params) {
  static const std::regex kPlaceholder(R"(\$\{(\w+)\})");
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), kPlaceholder), end; it != end; ++it) {
    const std::string key = (*it)[1];
    if (!params.contains(key)) return Status::InvalidArgument("params.json has no " + key);
    const Json& value = params[key];
    out.append(last, (*it)[0].first);
    out += value.is_string() ? value.get<std::string>() : value.dump();
    last = (*it)[0].second;
  }
  out.append(last, text.cend());
  return out;
}

Result<std::vector<Value>> EachList(const Json& params, const std::string& key) {
  if (!params.contains(key) || !params[key].is_array()) {
    return Status::InvalidArgument("params.json has no list " + key);
  }
  std::vector<Value> values;
  for (const Json& item : params[key]) {
    if (!item.is_string()) return Status::InvalidArgument(key + " must hold strings");
    values.emplace_back(item.get<std::string>());
  }
  return values;
}

std::string ItemName(int64_t i) { return "item" + std::to_string(i); }

// {name: 'item<i>', rank: i, score: i * 0.5} for i = 1..100000 (queries.json's comment).
Value WriteRows() {
  ValueList rows;
  for (int64_t i = 1; i <= kWriteRows; ++i) {
    rows.emplace_back(ValueMap{{"name", ItemName(i)}, {"rank", i}, {"score", i * 0.5}});
  }
  return Value(std::move(rows));
}

// {a: 'item<i>', b: 'item<(i * 7919) % 100000 + 1>'} for i = 1..100000.
Value WritePairs() {
  ValueList pairs;
  for (int64_t i = 1; i <= kWriteRows; ++i) {
    pairs.emplace_back(ValueMap{{"a", ItemName(i)}, {"b", ItemName(i * 7919 % kWriteRows + 1)}});
  }
  return Value(std::move(pairs));
}

}  // namespace

Result<std::vector<ReadQuery>> LoadReadQueries(const std::string& queries_path,
                                               const std::string& params_path) {
  SG_ASSIGN_OR_RETURN(Json queries, ReadJson(queries_path));
  SG_ASSIGN_OR_RETURN(Json params, ReadJson(params_path));
  std::vector<ReadQuery> out;
  for (const Json& q : queries["reads"]) {
    ReadQuery read{q["name"].get<std::string>(), "", {}};
    SG_ASSIGN_OR_RETURN(read.cypher, Substitute(q["cypher"].get<std::string>(), params));
    if (q.contains("each")) {
      SG_ASSIGN_OR_RETURN(read.each, EachList(params, q["each"].get<std::string>()));
    }
    out.push_back(std::move(read));
  }
  return out;
}

Result<std::vector<WriteStep>> LoadWriteSteps(const std::string& queries_path) {
  SG_ASSIGN_OR_RETURN(Json queries, ReadJson(queries_path));
  const Value rows = WriteRows();
  const Value pairs = WritePairs();
  std::vector<WriteStep> out;
  for (const Json& step : queries["writes"]["steps"]) {
    const std::string cypher = step["cypher"].get<std::string>();
    const bool uses_rows = cypher.find("$rows") != std::string::npos;
    out.push_back({step["name"].get<std::string>(), cypher,
                   uses_rows ? ValueMap{{"rows", rows}} : ValueMap{{"pairs", pairs}}});
  }
  return out;
}

}  // namespace stargraph::bench
