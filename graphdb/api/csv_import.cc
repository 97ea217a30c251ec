#include "stargraph/csv_import.h"

#include "api/csv_columns.h"
#include "api/csv_id_map.h"
#include "api/session_impl.h"
#include "common/csv_reader.h"

namespace stargraph {
namespace {

using storage::TokenId;
using storage::TokenKind;

// Adds the rows of every file to one bulk loader; the first error ends the import.
class CsvImporter {
 public:
  CsvImporter(storage::BulkLoader* loader, const CsvImportOptions& options)
      : loader_(loader), options_(options) {}

  Status ImportNodes(const CsvImportFile& file) {
    std::vector<TokenId> file_labels;
    SG_RETURN_IF_ERROR(Tokens(TokenKind::kLabel, file.label_or_type, &file_labels));
    return ForEachRow(
        file,
        [&](const std::vector<CsvColumn>& columns,
            const std::vector<std::string>& cells) -> Status {
          std::vector<TokenId> labels = file_labels;
          storage::PropertyMap props;
          std::optional<std::pair<const std::string*, const std::string*>> id;  // group, cell
          for (size_t i = 0; i < columns.size(); ++i) {
            const CsvColumn& c = columns[i];
            const std::string& cell = cells[i];
            if (cell.empty() || c.role == CsvColumnRole::kIgnore) continue;
            if (c.role == CsvColumnRole::kId) {
              id.emplace(&c.group, &cell);
              if (!c.name.empty()) SG_RETURN_IF_ERROR(AddProperty(i, c.name, Value(cell), &props));
            } else if (c.role == CsvColumnRole::kLabel) {
              SG_RETURN_IF_ERROR(Tokens(TokenKind::kLabel, cell, &labels));
            } else if (c.role == CsvColumnRole::kProperty) {
              SG_ASSIGN_OR_RETURN(Value v, ConvertCsvCell(c, cell, options_.array_delimiter));
              SG_RETURN_IF_ERROR(AddProperty(i, c.name, std::move(v), &props));
            } else {
              return Status::InvalidArgument("column " + std::to_string(i + 1) +
                                             " is a relationship column in a node file");
            }
          }
          SG_ASSIGN_OR_RETURN(storage::NodeId node, loader_->AddNode(labels, props));
          if (id && !ids_.Add(*id->first, *id->second, node)) {
            return Status::InvalidArgument("the node id is used twice");
          }
          ++summary_.nodes;
          return Status::OK();
        });
  }

  Status ImportRelationships(const CsvImportFile& file) {
    return ForEachRow(
        file,
        [&](const std::vector<CsvColumn>& columns,
            const std::vector<std::string>& cells) -> Status {
          storage::PropertyMap props;
          const std::string* type = &file.label_or_type;
          storage::NodeId ends[2] = {0, 0};
          for (size_t i = 0; i < columns.size(); ++i) {
            const CsvColumn& c = columns[i];
            const std::string& cell = cells[i];
            if (c.role == CsvColumnRole::kStartId || c.role == CsvColumnRole::kEndId) {
              const std::optional<storage::NodeId> node = ids_.Find(c.group, cell);
              if (!node) {
                return Status::InvalidArgument("no imported node has id '" + cell + "'" +
                                               (c.group.empty() ? "" : " in group " + c.group));
              }
              ends[c.role == CsvColumnRole::kEndId] = *node;
            } else if (cell.empty() || c.role == CsvColumnRole::kIgnore) {
              continue;
            } else if (c.role == CsvColumnRole::kType) {
              type = &cell;
            } else if (c.role == CsvColumnRole::kProperty) {
              SG_ASSIGN_OR_RETURN(Value v, ConvertCsvCell(c, cell, options_.array_delimiter));
              SG_RETURN_IF_ERROR(AddProperty(i, c.name, std::move(v), &props));
            } else {
              return Status::InvalidArgument("column " + std::to_string(i + 1) +
                                             " is a node column in a relationship file");
            }
          }
          if (ends[0] == 0 || ends[1] == 0) {
            return Status::InvalidArgument("a relationship needs :START_ID and :END_ID");
          }
          if (type->empty()) return Status::InvalidArgument("the relationship has no type");
          SG_ASSIGN_OR_RETURN(TokenId type_id, RelType(*type));
          SG_RETURN_IF_ERROR(loader_->AddRelationship(ends[0], type_id, ends[1], props).status());
          ++summary_.relationships;
          return Status::OK();
        });
  }

  const CsvImportSummary& summary() const { return summary_; }

 private:
  using RowFn =
      std::function<Status(const std::vector<CsvColumn>&, const std::vector<std::string>&)>;

  // Reads the header, then calls `fn` per row; errors get "file:line: " in front.
  Status ForEachRow(const CsvImportFile& file, const RowFn& fn) {
    SG_ASSIGN_OR_RETURN(std::unique_ptr<CsvReader> reader,
                        CsvReader::Open(file.path, options_.delimiter));
    std::vector<std::string> fields;
    SG_ASSIGN_OR_RETURN(bool has_header, reader->Next(&fields));
    if (!has_header) return Status::InvalidArgument(file.path + ": the file is empty");
    std::vector<CsvColumn> columns;
    for (const std::string& f : fields) {
      Result<CsvColumn> column = ParseCsvColumn(f);
      if (!column.ok()) return Located(*reader, column.status());
      columns.push_back(std::move(column).value());
    }
    column_keys_.assign(columns.size(), 0);
    while (true) {
      SG_ASSIGN_OR_RETURN(bool more, reader->Next(&fields));
      if (!more) break;
      if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
      if (fields.size() != columns.size()) {
        return Located(*reader,
                       Status::InvalidArgument("expected " + std::to_string(columns.size()) +
                                               " fields, found " + std::to_string(fields.size())));
      }
      Status s = fn(columns, fields);
      if (!s.ok()) return Located(*reader, s);
      if (options_.progress && (++rows_ & 0xFFFF) == 0) options_.progress(rows_);
    }
    return Status::OK();
  }

  static Status Located(const CsvReader& reader, const Status& s) {
    return Status(s.code(),
                  reader.path() + ":" + std::to_string(reader.record_line()) + ": " + s.message());
  }

  Status Tokens(TokenKind kind, const std::string& names, std::vector<TokenId>* out) {
    size_t start = 0;
    while (start < names.size()) {
      size_t end = names.find_first_of(std::string(1, options_.array_delimiter) + ":", start);
      if (end == std::string::npos) end = names.size();
      if (end > start) {
        SG_ASSIGN_OR_RETURN(TokenId id, loader_->Token(kind, names.substr(start, end - start)));
        out->push_back(id);
      }
      start = end + 1;
    }
    return Status::OK();
  }

  // The key token of column `column` is looked up once per file, at its first value.
  Status AddProperty(size_t column, const std::string& name, Value value,
                     storage::PropertyMap* props) {
    TokenId& key = column_keys_[column];
    if (key == 0) {
      SG_ASSIGN_OR_RETURN(key, loader_->Token(TokenKind::kPropertyKey, name));
    }
    props->emplace_back(key, std::move(value));
    ++summary_.properties;
    return Status::OK();
  }

  // Rows of one file mostly share a type: the last one's token is kept.
  Result<TokenId> RelType(const std::string& name) {
    if (name != last_type_name_ || last_type_ == 0) {
      SG_ASSIGN_OR_RETURN(last_type_, loader_->Token(TokenKind::kRelType, name));
      last_type_name_ = name;
    }
    return last_type_;
  }

  storage::BulkLoader* loader_;
  const CsvImportOptions& options_;
  CsvIdMap ids_;
  CsvImportSummary summary_;
  int64_t rows_ = 0;
  std::vector<TokenId> column_keys_;  // per column of the current file; 0 until looked up
  std::string last_type_name_;
  TokenId last_type_ = 0;
};

}  // namespace

Result<CsvImportSummary> ImportCsv(Database& db, const CsvImportOptions& options) {
  SG_ASSIGN_OR_RETURN(std::unique_ptr<storage::BulkLoader> loader,
                      db.impl()->store().BeginBulkLoad());
  CsvImporter importer(loader.get(), options);
  for (const CsvImportFile& file : options.nodes) SG_RETURN_IF_ERROR(importer.ImportNodes(file));
  for (const CsvImportFile& file : options.relationships) {
    SG_RETURN_IF_ERROR(importer.ImportRelationships(file));
  }
  SG_RETURN_IF_ERROR(loader->Finish());
  return importer.summary();
}

}  // namespace stargraph
