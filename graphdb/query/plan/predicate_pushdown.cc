#include "query/plan/predicate_pushdown.h"

#include <set>

#include "query/ast/pattern.h"

namespace stargraph::query {
namespace {

// Walks `e` with `locals` (names bound inside the expression itself) and checks each free
// variable against the scope.
class FreeVariableCheck {
 public:
  explicit FreeVariableCheck(const Scope& scope) : scope_(scope) {}

  bool Check(const ast::ExprPtr& e, const std::set<std::string>& locals) {
    return !e || CheckNode(*e, locals);
  }

 private:
  bool Bound(const std::string& name, const std::set<std::string>& locals) const {
    return name.empty() || locals.count(name) > 0 || scope_.Find(name) != nullptr;
  }

  static std::set<std::string> With(std::set<std::string> locals, const std::string& name) {
    locals.insert(name);
    return locals;
  }

  bool CheckNode(const ast::Expr& e, const std::set<std::string>& locals) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::kLiteral:
      case K::kParameter:
      case K::kCountStar:
        return true;
      case K::kVariable:
        return Bound(e.As<ast::Variable>().name, locals);
      case K::kProperty:
        return Check(e.As<ast::Property>().object, locals);
      case K::kSubscript:
        return Check(e.As<ast::Subscript>().object, locals) &&
               Check(e.As<ast::Subscript>().index, locals);
      case K::kSlice: {
        const auto& s = e.As<ast::Slice>();
        return Check(s.object, locals) && Check(s.from, locals) && Check(s.to, locals);
      }
      case K::kList:
        for (const auto& item : e.As<ast::ListLiteral>().items) {
          if (!Check(item, locals)) return false;
        }
        return true;
      case K::kMap:
        for (const auto& entry : e.As<ast::MapLiteral>().entries) {
          if (!Check(entry.second, locals)) return false;
        }
        return true;
      case K::kUnary:
        return Check(e.As<ast::Unary>().operand, locals);
      case K::kBinary:
        return Check(e.As<ast::Binary>().lhs, locals) && Check(e.As<ast::Binary>().rhs, locals);
      case K::kIsNull:
        return Check(e.As<ast::IsNull>().operand, locals);
      case K::kLabelPredicate:
        return Check(e.As<ast::LabelPredicate>().operand, locals);
      case K::kFunctionCall:
        for (const auto& arg : e.As<ast::FunctionCall>().args) {
          if (!Check(arg, locals)) return false;
        }
        return true;
      case K::kCase: {
        const auto& c = e.As<ast::Case>();
        if (!Check(c.subject, locals) || !Check(c.otherwise, locals)) return false;
        for (const auto& alt : c.alternatives) {
          if (!Check(alt.when, locals) || !Check(alt.then, locals)) return false;
        }
        return true;
      }
      case K::kListComprehension: {
        const auto& c = e.As<ast::ListComprehension>();
        const auto inner = With(locals, c.variable);
        return Check(c.list, locals) && Check(c.where, inner) && Check(c.projection, inner);
      }
      case K::kQuantifier: {
        const auto& q = e.As<ast::Quantifier>();
        return Check(q.list, locals) && Check(q.where, With(locals, q.variable));
      }
      case K::kReduce: {
        const auto& r = e.As<ast::Reduce>();
        const auto inner = With(With(locals, r.accumulator), r.variable);
        return Check(r.init, locals) && Check(r.list, locals) && Check(r.expression, inner);
      }
      case K::kMapProjection: {
        const auto& m = e.As<ast::MapProjection>();
        if (!Bound(m.variable, locals)) return false;
        for (const auto& item : m.items) {
          if (!Check(item.value, locals)) return false;
        }
        return true;
      }
      case K::kPatternPredicate: {
        // A pattern predicate introduces no variables: it is ready when all it names are bound.
        const ast::PatternPart& part = *e.As<ast::PatternPredicate>().pattern;
        for (const auto& n : part.nodes) {
          if (!Bound(n.variable, locals) || !Check(n.properties, locals)) return false;
        }
        for (const auto& r : part.rels) {
          if (!Bound(r.variable, locals) || !Check(r.properties, locals)) return false;
        }
        return true;
      }
      case K::kPatternComprehension:
      case K::kExists:
        return false;
    }
    return false;
  }

  const Scope& scope_;
};

}  // namespace

bool RefersOnlyTo(const ast::Expr& e, const Scope& scope) {
  std::set<std::string> no_locals;
  FreeVariableCheck check(scope);
  return check.Check(std::shared_ptr<const ast::Expr>(std::shared_ptr<const ast::Expr>(), &e),
                     no_locals);
}

}  // namespace stargraph::query
