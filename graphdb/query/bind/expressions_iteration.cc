#include "query/bind/expressions.h"
#include "query/query_error.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

// The list operand of a comprehension, quantifier or reduce; null stays null.
const ValueList* ListOperand(const Value& v, const char* what) {
  if (v.is_null()) return nullptr;
  if (v.kind() != ValueKind::kList) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     std::string(what) + " expects a list, got " + ValueKindName(v.kind()));
  }
  return &v.as_list();
}

// Restores a slot's previous value when an iteration ends (variables may shadow outer ones).
class SlotRestorer {
 public:
  SlotRestorer(Row& row, size_t slot) : row_(row), slot_(slot), saved_(row[slot]) {}
  ~SlotRestorer() { row_[slot_] = saved_; }

 private:
  Row& row_;
  size_t slot_;
  Value saved_;
};

}  // namespace

Value ListComprehensionExpr::Eval(Row& row, ExecContext& ctx) const {
  const Value list_value = list_->Eval(row, ctx);
  const ValueList* list = ListOperand(list_value, "list comprehension");
  if (list == nullptr) return Value();
  SlotRestorer restore(row, slot_);
  ValueList out;
  for (const Value& item : *list) {
    row[slot_] = item;
    if (where_ && !EvalPredicate(*where_, row, ctx)) continue;
    out.push_back(projection_ ? projection_->Eval(row, ctx) : item);
  }
  return Value(std::move(out));
}

Value QuantifierExpr::Eval(Row& row, ExecContext& ctx) const {
  const Value list_value = list_->Eval(row, ctx);
  const ValueList* list = ListOperand(list_value, "quantifier");
  if (list == nullptr) return Value();
  SlotRestorer restore(row, slot_);
  int64_t matches = 0;
  int64_t nulls = 0;
  for (const Value& item : *list) {
    row[slot_] = item;
    Value v = where_ ? where_->Eval(row, ctx) : Value(true);
    if (v.is_null()) {
      ++nulls;
    } else if (v.kind() != ValueKind::kBool) {
      throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                       "a quantifier predicate must be Boolean");
    } else if (v.as_bool()) {
      ++matches;
    }
  }
  const int64_t size = static_cast<int64_t>(list->size());
  const bool saw_null = nulls > 0;
  switch (kind_) {
    case ast::QuantifierKind::kAll:
      if (matches == size) return Value(true);
      return (matches + nulls < size) ? Value(false) : Value();
    case ast::QuantifierKind::kAny:
      if (matches > 0) return Value(true);
      return saw_null ? Value() : Value(false);
    case ast::QuantifierKind::kNone:
      if (matches > 0) return Value(false);
      return saw_null ? Value() : Value(true);
    case ast::QuantifierKind::kSingle:
      if (matches > 1) return Value(false);
      if (saw_null) return Value();
      return Value(matches == 1);
  }
  return Value();
}

Value ReduceExpr::Eval(Row& row, ExecContext& ctx) const {
  const Value list_value = list_->Eval(row, ctx);
  const ValueList* list = ListOperand(list_value, "reduce");
  SlotRestorer restore_acc(row, acc_slot_);
  SlotRestorer restore_item(row, slot_);
  row[acc_slot_] = init_->Eval(row, ctx);
  if (list == nullptr) return Value();
  for (const Value& item : *list) {
    row[slot_] = item;
    row[acc_slot_] = expression_->Eval(row, ctx);
  }
  return row[acc_slot_];
}

Value MapProjectionExpr::Eval(Row& row, ExecContext& ctx) const {
  const Value subject = subject_->Eval(row, ctx);
  if (subject.is_null()) return Value();
  ValueMap out;
  for (const MapProjectionEntry& e : entries_) {
    switch (e.kind) {
      case ast::MapProjectionItemKind::kProperty:
        out[e.key] = PropertyOf(subject, e.key, ctx);
        break;
      case ast::MapProjectionItemKind::kAllProperties:
        if (subject.kind() == ValueKind::kNode) {
          for (auto& [k, v] : ctx.NodeProperties(subject.as_node())) out[k] = v;
        } else if (subject.kind() == ValueKind::kRelationship) {
          for (auto& [k, v] : ctx.RelProperties(subject.as_rel())) out[k] = v;
        } else if (subject.kind() == ValueKind::kMap) {
          for (auto& [k, v] : subject.as_map()) out[k] = v;
        } else {
          throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                           "map projection of a non-map value");
        }
        break;
      case ast::MapProjectionItemKind::kLiteral:
      case ast::MapProjectionItemKind::kVariable:
        out[e.key] = e.value->Eval(row, ctx);
        break;
    }
  }
  return Value(std::move(out));
}

Value SubplanExpr::Eval(Row& row, ExecContext& ctx) const {
  std::unique_ptr<Operator> op = plan_->Instantiate();
  op->Open(ctx, &row);
  Row out = ctx.NewRow();
  if (mode_ == Mode::kExists) return Value(op->Next(out));
  ValueList items;
  while (op->Next(out)) items.push_back(projection_->Eval(out, ctx));
  return Value(std::move(items));
}

std::string SubplanExpr::Describe() const {
  return mode_ == Mode::kExists ? "EXISTS {...}" : "[pattern | ...]";
}

}  // namespace stargraph::query
