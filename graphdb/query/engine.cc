#include "query/engine.h"

#include "query/exec/schema_commands.h"
#include "query/parse/parser.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

// A statement runs only with every parameter it reads (openCypher: MissingParameter), so it
// fails before any row is produced or written rather than when the value is first needed.
void RequireParameters(const std::set<std::string>& names, const ValueMap* params) {
  for (const std::string& name : names) {
    if (params == nullptr || params->find(name) == params->end()) {
      throw QueryError(ErrorKind::kSemanticError, "MissingParameter",
                       "Expected a parameter named $" + name);
    }
  }
}

class PlanCursor : public QueryCursor {
 public:
  PlanCursor(std::shared_ptr<const PreparedQuery> prepared, storage::Transaction* tx,
             const ValueMap* params, Guards guards)
      : prepared_(std::move(prepared)), ctx_(tx, params, guards, prepared_->plan.row_width + 1) {
    const ast::ExplainMode mode = prepared_->statement.mode;
    ctx_.set_profiling(mode == ast::ExplainMode::kProfile);
    if (mode == ast::ExplainMode::kExplain) return;
    root_ = prepared_->plan.root->Instantiate();
    root_->Open(ctx_, nullptr);
  }

  bool Next(std::vector<Value>* values) override {
    if (!root_) return false;
    if (!root_->Next(row_)) return false;
    values->clear();
    for (size_t slot : prepared_->plan.column_slots) values->push_back(row_[slot]);
    return true;
  }
  const Stats& stats() const override { return ctx_.stats(); }
  std::string plan_text() const override {
    switch (prepared_->statement.mode) {
      case ast::ExplainMode::kExplain:
        return DescribePlan(*prepared_->plan.root);
      case ast::ExplainMode::kProfile:
        return DescribeProfile(*prepared_->plan.root, *root_);
      case ast::ExplainMode::kNone:
        return "";
    }
    return "";
  }

 private:
  std::shared_ptr<const PreparedQuery> prepared_;
  mutable ExecContext ctx_;
  std::unique_ptr<Operator> root_;
  Row row_;
};

}  // namespace

std::shared_ptr<const PreparedQuery> Engine::Prepare(const std::string& text,
                                                     const SchemaInfo& schema) {
  auto prepared = std::make_shared<PreparedQuery>();
  prepared->statement = Parse(text);
  prepared->statement.text = text;
  if (const auto* query = std::get_if<ast::Query>(&prepared->statement.body)) {
    QueryPlanner planner(prepared->statement.text, schema);
    prepared->plan = planner.Plan(*query);
    prepared->columns = prepared->plan.columns;
    prepared->writes = prepared->plan.writes;
  } else {
    prepared->is_schema = true;
    prepared->columns = SchemaCommandColumns(prepared->statement);
    prepared->writes = SchemaCommandWrites(prepared->statement);
  }
  return prepared;
}

std::unique_ptr<QueryCursor> Engine::Execute(std::shared_ptr<const PreparedQuery> prepared,
                                             storage::Transaction* tx, const ValueMap* params,
                                             Guards guards) {
  if (prepared->is_schema) return RunSchemaCommand(prepared->statement, *tx);
  if (prepared->statement.mode != ast::ExplainMode::kExplain) {
    RequireParameters(prepared->plan.parameters, params);
  }
  return std::make_unique<PlanCursor>(std::move(prepared), tx, params, guards);
}

SchemaInfo Engine::ReadSchema(storage::Transaction& tx) {
  SchemaInfo info;
  for (const storage::IndexDefinition& def : tx.ListIndexes()) {
    auto label = tx.TokenName(storage::TokenKind::kLabel, def.label);
    auto key = tx.TokenName(storage::TokenKind::kPropertyKey, def.key);
    if (label.ok() && key.ok()) info.indexes.emplace_back(*label, *key);
  }
  info.label_count = [&tx](const std::string& label) -> uint64_t {
    std::optional<storage::TokenId> id = tx.FindToken(storage::TokenKind::kLabel, label);
    return id ? tx.EstimateLabelCount(*id) : 0;
  };
  info.rel_type_count = [&tx](const std::string& type) -> uint64_t {
    std::optional<storage::TokenId> id = tx.FindToken(storage::TokenKind::kRelType, type);
    return id ? tx.EstimateRelTypeCount(*id) : 0;
  };
  return info;
}

}  // namespace stargraph::query
