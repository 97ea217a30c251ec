#include "query/plan/record_reads.h"

#include <algorithm>
#include <cctype>

#include "query/ast/clause.h"
#include "query/ast/expression_children.h"

namespace stargraph::query {
namespace {

bool IsVariableRef(const ast::ExprPtr& e) { return e && e->kind == ast::ExprKind::kVariable; }

void CollectRecordReads(const ast::ExprPtr& e, std::set<std::string>* names) {
  if (!e) return;
  using K = ast::ExprKind;
  if (e->kind == K::kProperty && IsVariableRef(e->As<ast::Property>().object)) {
    names->insert(e->As<ast::Property>().object->As<ast::Variable>().name);
  } else if (e->kind == K::kMapProjection) {
    names->insert(e->As<ast::MapProjection>().variable);
  } else if (e->kind == K::kFunctionCall) {
    const auto& call = e->As<ast::FunctionCall>();
    std::string name = call.name;
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if ((name == "properties" || name == "keys") && call.args.size() == 1 &&
        IsVariableRef(call.args[0])) {
      names->insert(call.args[0]->As<ast::Variable>().name);
    }
  }
  ast::ForEachChild(*e, [&](const ast::ExprPtr& child) { CollectRecordReads(child, names); });
}

void CollectRecordReads(const ast::ProjectionBody& body, bool returned,
                        std::set<std::string>* names) {
  for (const auto& item : body.items) {
    if (returned && IsVariableRef(item.expr)) names->insert(item.expr->As<ast::Variable>().name);
    CollectRecordReads(item.expr, names);
  }
  for (const auto& sort : body.order_by) CollectRecordReads(sort.expr, names);
}

void CollectRecordReads(const ast::Pattern& pattern, std::set<std::string>* names) {
  for (const auto& part : pattern) {
    for (const auto& node : part.nodes) {
      if (node.properties && !node.variable.empty()) names->insert(node.variable);
    }
  }
}

}  // namespace

std::set<std::string> VariablesWithRecordReads(const ast::Query& query) {
  std::set<std::string> names;
  using K = ast::ClauseKind;
  for (const auto& part : query.parts) {
    for (const auto& clause : part.clauses) {
      switch (clause->kind) {
        case K::kMatch:
          CollectRecordReads(clause->As<ast::Match>().pattern, &names);
          CollectRecordReads(clause->As<ast::Match>().where, &names);
          break;
        case K::kWith:
          CollectRecordReads(clause->As<ast::With>().body, false, &names);
          CollectRecordReads(clause->As<ast::With>().where, &names);
          break;
        case K::kReturn:
          CollectRecordReads(clause->As<ast::Return>().body, true, &names);
          break;
        case K::kUnwind:
          CollectRecordReads(clause->As<ast::Unwind>().list, &names);
          break;
        default:  // writes: a write transaction reads through its batch, one record at a time
          break;
      }
    }
  }
  return names;
}

}  // namespace stargraph::query
