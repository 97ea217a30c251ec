// CALL of built-in procedures, and LOAD CSV.
#include <map>
#include <set>

#include "common/csv_reader.h"
#include "query/exec/procedures.h"
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

std::shared_ptr<const ProcedureDef> BuiltIn(const char* name, std::vector<const char*> outputs,
                                            ProcedureRows (*run)(ExecContext&)) {
  auto def = std::make_shared<ProcedureDef>();
  def->name = name;
  for (const char* o : outputs) def->outputs.push_back({o, "ANY?"});
  def->run = [run](ExecContext& ctx, const ValueList&) { return run(ctx); };
  return def;
}

const std::vector<std::shared_ptr<const ProcedureDef>>& BuiltInProcedures() {
  static const std::vector<std::shared_ptr<const ProcedureDef>> kProcedures = {
      BuiltIn("db.labels", {"label"}, Labels),
      BuiltIn("db.relationshipTypes", {"relationshipType"}, RelationshipTypes),
      BuiltIn("db.propertyKeys", {"propertyKey"}, PropertyKeys),
      BuiltIn("db.schema", {"kind", "name", "properties", "patterns"}, Schema),
  };
  return kProcedures;
}

// Calls the procedure once per input row; inside a query, a void procedure passes each input row
// through once (standalone, it returns no rows).
class CallOperator : public UnaryOperator {
 public:
  CallOperator(std::unique_ptr<Operator> input, const ProcedureDef* proc,
               const std::vector<ExprP>* args, const std::vector<ProcedureOutput>* outputs,
               bool in_query)
      : UnaryOperator(std::move(input)),
        proc_(proc),
        args_(args),
        outputs_(outputs),
        in_query_(in_query) {}

 protected:
  void Reset() override { pos_ = rows_.size(); }
  bool Produce(Row& row) override {
    while (pos_ >= rows_.size()) {
      if (!input_->Next(current_)) return false;
      ValueList args;
      for (const ExprP& a : *args_) args.push_back(a->Eval(current_, *ctx_));
      rows_ = proc_->run(*ctx_, args);
      if (proc_->outputs.empty() && in_query_) rows_.assign(1, ValueMap{});
      pos_ = 0;
    }
    row = current_;
    const ValueMap& r = rows_[pos_++];
    for (const ProcedureOutput& o : *outputs_) {
      auto it = r.find(o.field);
      row[o.slot] = it == r.end() ? Value() : it->second;
    }
    return true;
  }

 private:
  const ProcedureDef* proc_;
  const std::vector<ExprP>* args_;
  const std::vector<ProcedureOutput>* outputs_;
  bool in_query_;
  Row current_;
  ProcedureRows rows_;
  size_t pos_ = 0;
};

class CallPlan : public PlanNode {
 public:
  CallPlan(PlanP input, std::shared_ptr<const ProcedureDef> proc, std::vector<ExprP> args,
           std::vector<ProcedureOutput> outputs, bool in_query)
      : input_(std::move(input)),
        proc_(std::move(proc)),
        args_(std::move(args)),
        outputs_(std::move(outputs)),
        in_query_(in_query) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<CallOperator>(input_->Instantiate(), proc_.get(), &args_, &outputs_,
                                          in_query_);
  }
  std::string Describe() const override { return "ProcedureCall(" + proc_->name + ")"; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  std::shared_ptr<const ProcedureDef> proc_;
  std::vector<ExprP> args_;
  std::vector<ProcedureOutput> outputs_;
  bool in_query_;
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

std::shared_ptr<const ProcedureDef> FindTestProcedure(const std::string& name);

std::shared_ptr<const ProcedureDef> FindProcedure(const std::string& name) {
  for (const auto& p : BuiltInProcedures()) {
    if (p->name == name) return p;
  }
  return FindTestProcedure(name);
}

PlanP MakeProcedureCall(PlanP input, std::shared_ptr<const ProcedureDef> proc,
                        std::vector<ExprP> args, std::vector<ProcedureOutput> outputs,
                        bool in_query) {
  return std::make_shared<CallPlan>(std::move(input), std::move(proc), std::move(args),
                                    std::move(outputs), in_query);
}

PlanP MakeLoadCsv(PlanP input, ExprP source, bool with_headers, char delimiter, size_t slot) {
  return std::make_shared<LoadCsvPlan>(std::move(input), std::move(source), with_headers, delimiter,
                                       slot);
}

}  // namespace stargraph::query
