// CALL of built-in procedures, and LOAD CSV.
#include <map>
#include <set>

#include "common/csv_reader.h"
#include "query/plan/plan_nodes.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

using storage::TokenKind;

using ProcedureRows = std::vector<ValueMap>;

bool LabelInUse(ExecContext& ctx, storage::TokenId label) {
  storage::NodeId id;
  return ctx.tx().ScanLabel(label)->Next(&id);
}

bool TypeInUse(ExecContext& ctx, storage::TokenId type) {
  storage::RelRecord r;
  return ctx.tx().ScanRelationships(type)->Next(&r);
}

ProcedureRows Labels(ExecContext& ctx) {
  ProcedureRows rows;
  for (const auto& [id, name] : ctx.tx().ListTokens(TokenKind::kLabel)) {
    if (LabelInUse(ctx, id)) rows.push_back({{"label", Value(name)}});
  }
  return rows;
}

ProcedureRows RelationshipTypes(ExecContext& ctx) {
  ProcedureRows rows;
  for (const auto& [id, name] : ctx.tx().ListTokens(TokenKind::kRelType)) {
    if (TypeInUse(ctx, id)) rows.push_back({{"relationshipType", Value(name)}});
  }
  return rows;
}

ProcedureRows PropertyKeys(ExecContext& ctx) {
  ProcedureRows rows;
  for (const auto& [id, name] : ctx.tx().ListTokens(TokenKind::kPropertyKey)) {
    rows.push_back({{"propertyKey", Value(name)}});
  }
  return rows;
}

ValueList ToList(const std::set<std::string>& names) {
  ValueList out;
  for (const std::string& n : names) out.push_back(Value(n));
  return out;
}

// One row per label and per relationship type: the property keys seen on them and, for
// relationship types, the label patterns they connect.
ProcedureRows Schema(ExecContext& ctx) {
  std::map<std::string, std::set<std::string>> label_keys, type_keys, type_patterns;
  auto cursor = ctx.tx().ScanNodes();
  storage::NodeId id;
  while (cursor->Next(&id)) {
    ctx.CheckGuards();
    ValueMap props = ctx.NodeProperties(NodeRef{id, {}});
    for (const std::string& label : ctx.NodeLabels(NodeRef{id, {}})) {
      auto& keys = label_keys[label];
      for (const auto& kv : props) keys.insert(kv.first);
    }
  }
  auto rels = ctx.tx().ScanRelationships(std::nullopt);
  storage::RelRecord r;
  while (rels->Next(&r)) {
    ctx.CheckGuards();
    RelRef ref = ExecContext::MakeRel(r);
    const std::string type = ctx.RelType(ref);
    for (const auto& kv : ctx.RelProperties(ref)) type_keys[type].insert(kv.first);
    std::vector<std::string> from = ctx.NodeLabels(NodeRef{r.start, {}});
    std::vector<std::string> to = ctx.NodeLabels(NodeRef{r.end, {}});
    type_patterns[type].insert("(:" + (from.empty() ? std::string() : from[0]) + ")-[:" + type +
                               "]->(:" + (to.empty() ? std::string() : to[0]) + ")");
    type_keys[type];
  }
  ProcedureRows rows;
  for (const auto& [label, keys] : label_keys) {
    rows.push_back({{"kind", Value("node")},
                    {"name", Value(label)},
                    {"properties", Value(ToList(keys))},
                    {"patterns", Value(ValueList{})}});
  }
  for (const auto& [type, keys] : type_keys) {
    rows.push_back({{"kind", Value("relationship")},
                    {"name", Value(type)},
                    {"properties", Value(ToList(keys))},
                    {"patterns", Value(ToList(type_patterns[type]))}});
  }
  return rows;
}

struct Procedure {
  const char* name;
  std::vector<std::string> fields;
  ProcedureRows (*run)(ExecContext&);
};

const std::vector<Procedure>& Procedures() {
  static const std::vector<Procedure> kProcedures = {
      {"db.labels", {"label"}, Labels},
      {"db.relationshipTypes", {"relationshipType"}, RelationshipTypes},
      {"db.propertyKeys", {"propertyKey"}, PropertyKeys},
      {"db.schema", {"kind", "name", "properties", "patterns"}, Schema},
  };
  return kProcedures;
}

const Procedure* FindProcedure(const std::string& name) {
  for (const Procedure& p : Procedures()) {
    if (name == p.name) return &p;
  }
  return nullptr;
}

class CallOperator : public UnaryOperator {
 public:
  CallOperator(std::unique_ptr<Operator> input, const Procedure* proc,
               const std::vector<ProcedureOutput>* outputs)
      : UnaryOperator(std::move(input)), proc_(proc), outputs_(outputs) {}

 protected:
  void Reset() override { pos_ = rows_.size(); }
  bool Produce(Row& row) override {
    while (pos_ >= rows_.size()) {
      if (!input_->Next(current_)) return false;
      rows_ = proc_->run(*ctx_);
      pos_ = 0;
    }
    row = current_;
    const ValueMap& r = rows_[pos_++];
    for (const ProcedureOutput& o : *outputs_) row[o.slot] = r.at(o.field);
    return true;
  }

 private:
  const Procedure* proc_;
  const std::vector<ProcedureOutput>* outputs_;
  Row current_;
  ProcedureRows rows_;
  size_t pos_ = 0;
};

class CallPlan : public PlanNode {
 public:
  CallPlan(PlanP input, const Procedure* proc, std::vector<ProcedureOutput> outputs)
      : input_(std::move(input)), proc_(proc), outputs_(std::move(outputs)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<CallOperator>(input_->Instantiate(), proc_, &outputs_);
  }
  std::string Describe() const override {
    return std::string("ProcedureCall(") + proc_->name + ")";
  }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  const Procedure* proc_;
  std::vector<ProcedureOutput> outputs_;
};

class LoadCsvOperator : public UnaryOperator {
 public:
  LoadCsvOperator(std::unique_ptr<Operator> input, ExprP source, bool headers, char delimiter,
                  size_t slot)
      : UnaryOperator(std::move(input)),
        source_(std::move(source)),
        headers_(headers),
        delimiter_(delimiter),
        slot_(slot) {}

 protected:
  void Reset() override { reader_.reset(); }
  bool Produce(Row& row) override {
    std::vector<std::string> fields;
    while (true) {
      if (reader_ && NextRecord(&fields)) {
        if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
        ctx_->CheckGuards();
        row = current_;
        row[slot_] = ToValue(fields);
        return true;
      }
      if (!input_->Next(current_)) return false;
      OpenFile(source_->Eval(current_, *ctx_));
    }
  }

 private:
  void OpenFile(const Value& url) {
    if (url.kind() != ValueKind::kString) {
      throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                       "LOAD CSV FROM expects a string");
    }
    std::string path = url.as_string();
    const std::string scheme = "file://";
    if (path.rfind(scheme, 0) == 0) {
      path = path.substr(scheme.size());
    } else if (path.find("://") != std::string::npos) {
      throw QueryError(ErrorKind::kArgumentError, "UnsupportedScheme",
                       "LOAD CSV reads local files only (file:///path), got " + path);
    }
    Result<std::unique_ptr<CsvReader>> reader = CsvReader::Open(path, delimiter_);
    if (!reader.ok()) {
      throw QueryError(ErrorKind::kRuntimeError, "CsvFileNotFound", "cannot open " + path);
    }
    reader_ = std::move(reader).value();
    header_.clear();
    if (headers_) NextRecord(&header_);
  }

  // The next record of the open file; throws on a malformed one.
  bool NextRecord(std::vector<std::string>* fields) {
    Result<bool> more = reader_->Next(fields);
    if (!more.ok()) {
      throw QueryError(ErrorKind::kRuntimeError, "CsvParseError", more.status().message());
    }
    return *more;
  }

  Value ToValue(std::vector<std::string>& fields) const {
    if (!headers_) {
      ValueList list;
      for (std::string& f : fields) list.push_back(Value(std::move(f)));
      return Value(std::move(list));
    }
    ValueMap map;
    for (size_t i = 0; i < header_.size(); ++i) {
      map[header_[i]] = (i < fields.size() && !fields[i].empty()) ? Value(fields[i]) : Value();
    }
    return Value(std::move(map));
  }

  ExprP source_;
  bool headers_;
  char delimiter_;
  size_t slot_;
  Row current_;
  std::unique_ptr<CsvReader> reader_;
  std::vector<std::string> header_;
};

class LoadCsvPlan : public PlanNode {
 public:
  LoadCsvPlan(PlanP input, ExprP source, bool headers, char delimiter, size_t slot)
      : input_(std::move(input)),
        source_(std::move(source)),
        headers_(headers),
        delimiter_(delimiter),
        slot_(slot) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<LoadCsvOperator>(input_->Instantiate(), source_, headers_, delimiter_,
                                             slot_);
  }
  std::string Describe() const override { return "LoadCsv(" + source_->Describe() + ")"; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  ExprP source_;
  bool headers_;
  char delimiter_;
  size_t slot_;
};

}  // namespace

std::vector<std::string> ProcedureFields(const std::string& name, bool* found) {
  const Procedure* p = FindProcedure(name);
  *found = p != nullptr;
  return p ? p->fields : std::vector<std::string>{};
}

PlanP MakeProcedureCall(PlanP input, std::string name, std::vector<ExprP> args,
                        std::vector<ProcedureOutput> outputs) {
  const Procedure* proc = FindProcedure(name);
  if (proc == nullptr) {
    throw QueryError(ErrorKind::kSemanticError, "ProcedureNotFound",
                     "there is no procedure named " + name);
  }
  if (!args.empty()) {
    throw QueryError(ErrorKind::kSemanticError, "InvalidNumberOfArguments",
                     name + " takes no arguments");
  }
  return std::make_shared<CallPlan>(std::move(input), proc, std::move(outputs));
}

PlanP MakeLoadCsv(PlanP input, ExprP source, bool with_headers, char delimiter, size_t slot) {
  return std::make_shared<LoadCsvPlan>(std::move(input), std::move(source), with_headers, delimiter,
                                       slot);
}

}  // namespace stargraph::query
