#include "query/exec/schema_commands.h"

#include "query/query_error.h"

namespace stargraph::query {
namespace {

using storage::TokenKind;

class RowsCursor : public QueryCursor {
 public:
  explicit RowsCursor(std::vector<std::vector<Value>> rows) : rows_(std::move(rows)) {}
  bool Next(std::vector<Value>* values) override {
    if (pos_ >= rows_.size()) return false;
    *values = rows_[pos_++];
    return true;
  }
  const Stats& stats() const override { return stats_; }
  std::string plan_text() const override { return ""; }

 private:
  std::vector<std::vector<Value>> rows_;
  size_t pos_ = 0;
  Stats stats_;
};

void CheckOk(const Status& s) {
  if (s.ok()) return;
  ThrowStorageError(s);
}

storage::IndexDefinition Definition(storage::Transaction& tx,
                                    const std::optional<std::string>& name,
                                    const std::string& label,
                                    const std::vector<std::string>& properties, bool unique) {
  if (properties.size() != 1) {
    throw QueryError(ErrorKind::kSemanticError, "UnsupportedCompositeIndex",
                     "indexes and constraints on several properties are not supported yet");
  }
  storage::IndexDefinition def;
  def.label = Unwrap(tx.GetOrCreateToken(TokenKind::kLabel, label));
  def.key = Unwrap(tx.GetOrCreateToken(TokenKind::kPropertyKey, properties[0]));
  def.unique = unique;
  def.name =
      name ? *name : std::string(unique ? "constraint_" : "index_") + label + "_" + properties[0];
  return def;
}

std::vector<std::vector<Value>> ShowRows(storage::Transaction& tx, bool constraints) {
  std::vector<std::vector<Value>> rows;
  for (const storage::IndexDefinition& def : tx.ListIndexes()) {
    if (constraints && !def.unique) continue;
    Value label = Value(Unwrap(tx.TokenName(TokenKind::kLabel, def.label)));
    Value key = Value(Unwrap(tx.TokenName(TokenKind::kPropertyKey, def.key)));
    Value type = Value(constraints ? "UNIQUENESS" : (def.unique ? "UNIQUE" : "RANGE"));
    rows.push_back({Value(def.name), type, label, Value(ValueList{key})});
  }
  return rows;
}

}  // namespace

std::vector<std::string> SchemaCommandColumns(const ast::Statement& statement) {
  if (std::holds_alternative<ast::ShowIndexes>(statement.body) ||
      std::holds_alternative<ast::ShowConstraints>(statement.body)) {
    return {"name", "type", "label", "properties"};
  }
  return {};
}

bool SchemaCommandWrites(const ast::Statement& statement) {
  return !std::holds_alternative<ast::ShowIndexes>(statement.body) &&
         !std::holds_alternative<ast::ShowConstraints>(statement.body);
}

std::unique_ptr<QueryCursor> RunSchemaCommand(const ast::Statement& statement,
                                              storage::Transaction& tx) {
  const auto& body = statement.body;
  if (const auto* c = std::get_if<ast::CreateIndex>(&body)) {
    storage::IndexDefinition def = Definition(tx, c->name, c->label, c->properties, false);
    if (!(c->if_not_exists && tx.FindIndex(def.label, def.key))) CheckOk(tx.CreateIndex(def));
  } else if (const auto* c = std::get_if<ast::CreateConstraint>(&body)) {
    storage::IndexDefinition def = Definition(tx, c->name, c->label, c->properties, true);
    auto existing = tx.FindIndex(def.label, def.key);
    if (!(c->if_not_exists && existing && existing->unique)) CheckOk(tx.CreateIndex(def));
  } else if (const auto* d = std::get_if<ast::DropIndex>(&body)) {
    Status s = tx.DropIndex(d->name);
    if (!(d->if_exists && s.code() == StatusCode::kNotFound)) CheckOk(s);
  } else if (const auto* d = std::get_if<ast::DropConstraint>(&body)) {
    Status s = tx.DropIndex(d->name);
    if (!(d->if_exists && s.code() == StatusCode::kNotFound)) CheckOk(s);
  } else if (std::holds_alternative<ast::ShowIndexes>(body)) {
    return std::make_unique<RowsCursor>(ShowRows(tx, false));
  } else if (std::holds_alternative<ast::ShowConstraints>(body)) {
    return std::make_unique<RowsCursor>(ShowRows(tx, true));
  }
  return std::make_unique<RowsCursor>(std::vector<std::vector<Value>>{});
}

}  // namespace stargraph::query
