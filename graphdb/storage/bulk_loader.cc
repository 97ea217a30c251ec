#include "storage/bulk_loader.h"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "storage/figure_recount.h"
#include "storage/index_catalog.h"
#include "storage/index_maintenance.h"
#include "storage/key_codec.h"
#include "storage/kv_reader.h"
#include "storage/record_codec.h"

namespace stargraph::storage {
namespace {

namespace fs = std::filesystem;

// The machine's two cores: Kuzu's COPY uses both too.
constexpr int kThreads = 2;

}  // namespace

bool RocksBulkLoader::Adjacency::operator<(const Adjacency& o) const {
  return std::tie(node, dir, type, other, rel) < std::tie(o.node, o.dir, o.type, o.other, o.rel);
}

Result<std::unique_ptr<BulkLoader>> RocksBulkLoader::Begin(StoreContext* ctx) {
  std::unique_lock<std::mutex> writer(ctx->writer_mutex);
  std::unique_ptr<RocksBulkLoader> loader(new RocksBulkLoader(ctx, std::move(writer)));
  KvReader reader(ctx->db, &ctx->handles, nullptr, nullptr);
  SG_ASSIGN_OR_RETURN(loader->indexes_, LoadIndexDefinitions(reader));
  // The SST files live inside the database directory, so ingestion moves rather than copies.
  std::string pattern = (fs::path(ctx->path) / "import-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return Status::IOError("cannot create " + pattern);
  loader->dir_ = pattern;
  loader->files_ = std::make_unique<SstFileSet>(ctx, pattern);
  return std::unique_ptr<BulkLoader>(std::move(loader));
}

RocksBulkLoader::RocksBulkLoader(StoreContext* ctx, std::unique_lock<std::mutex> writer)
    : ctx_(ctx),
      writer_(std::move(writer)),
      first_node_(ctx->next_node_id),
      next_node_(ctx->next_node_id),
      next_rel_(ctx->next_rel_id),
      first_rel_(ctx->next_rel_id) {}

RocksBulkLoader::~RocksBulkLoader() { RemoveFiles(); }

void RocksBulkLoader::RemoveFiles() {
  streams_.clear();
  if (files_) files_->Clear();
  if (!dir_.empty()) {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
}

Result<TokenId> RocksBulkLoader::Token(TokenKind kind, std::string_view name) {
  return ctx_->tokens->GetOrCreate(kind, name);
}

Status RocksBulkLoader::OpenStream(Cf cf) {
  SG_ASSIGN_OR_RETURN(rocksdb::SstFileWriter * writer, files_->Open(cf));
  streams_[cf] = std::make_unique<SstStream>(writer);
  return Status::OK();
}

Status RocksBulkLoader::CloseStreams() {
  Status first = Status::OK();
  for (auto& [cf, stream] : streams_) {
    const Status s = stream->Close();
    if (first.ok()) first = s;
  }
  return first;
}

Status RocksBulkLoader::Put(Cf cf, std::string_view key, std::string_view value) {
  auto it = streams_.find(cf);
  if (it == streams_.end()) {
    SG_RETURN_IF_ERROR(OpenStream(cf));
    it = streams_.find(cf);
  }
  return it->second->Put(key, value);
}

Status RocksBulkLoader::CheckUnique(const std::string& key, const IndexDefinition& def) {
  std::string value_prefix = key.substr(0, key.size() - 8);
  if (!unique_values_.insert(value_prefix).second) {
    return Status::Constraint("two imported nodes share a value of unique constraint '" + def.name +
                              "'");
  }
  KvReader reader(ctx_->db, &ctx_->handles, nullptr, nullptr);
  bool taken = false;
  SG_RETURN_IF_ERROR(
      reader.ForEachWithPrefix(Cf::kPropIdx, value_prefix, [&](std::string_view, std::string_view) {
        taken = true;
        return false;
      }));
  if (taken) {
    return Status::Constraint("an existing node already holds this value of unique constraint '" +
                              def.name + "'");
  }
  return Status::OK();
}

Result<NodeId> RocksBulkLoader::AddNode(const std::vector<TokenId>& labels,
                                        const PropertyMap& properties) {
  if (finished_) return Status::InvalidArgument("the bulk load is finished");
  NodeRecord record;
  record.labels = labels;
  std::sort(record.labels.begin(), record.labels.end());
  record.labels.erase(std::unique(record.labels.begin(), record.labels.end()), record.labels.end());
  SG_ASSIGN_OR_RETURN(record.properties, NormalizePropertyMap(properties));
  const NodeId id = next_node_;
  NameTokens names;
  names.name = ctx_->tokens->Find(TokenKind::kPropertyKey, "name").value_or(0);
  names.aliases = ctx_->tokens->Find(TokenKind::kPropertyKey, "aliases").value_or(0);
  DerivedKeys keys = DeriveKeys(id, &record, indexes_, names);
  for (const auto& [key, def] : keys.props) {
    if (def->unique) SG_RETURN_IF_ERROR(CheckUnique(key, *def));
  }
  std::string bytes;
  SG_RETURN_IF_ERROR(EncodeNodeRecord(record, &bytes));
  SG_RETURN_IF_ERROR(Put(Cf::kNode, NodeKey(id), bytes));
  label_keys_.insert(label_keys_.end(), keys.labels.begin(), keys.labels.end());
  name_keys_.insert(name_keys_.end(), keys.names.begin(), keys.names.end());
  for (const auto& entry : keys.props) prop_keys_.push_back(entry.first);
  for (TokenId label : record.labels) ++label_counts_[label];
  ++next_node_;
  return id;
}

Result<RelId> RocksBulkLoader::AddRelationship(NodeId start, TokenId type, NodeId end,
                                               const PropertyMap& properties) {
  if (finished_) return Status::InvalidArgument("the bulk load is finished");
  const RelId id = next_rel_;
  RelValue rel;
  rel.rel = RelRecord{id, type, start, end};
  SG_ASSIGN_OR_RETURN(rel.properties, NormalizePropertyMap(properties));
  std::string bytes;
  SG_RETURN_IF_ERROR(EncodeRelValue(rel, &bytes));
  SG_RETURN_IF_ERROR(Put(Cf::kRel, RelKey(id), bytes));
  SG_RETURN_IF_ERROR(EncodeAdjValue(rel.properties, &adj_values_));
  adj_value_ends_.push_back(adj_values_.size());
  type_keys_.push_back(TokenIdKey(type, id));
  adjacency_.push_back({start, 0, type, end, id});
  adjacency_.push_back({end, 1, type, start, id});
  ++type_counts_[type];
  ++next_rel_;
  return id;
}

Job RocksBulkLoader::SortedKeysJob(Cf cf, std::vector<std::string>* keys) {
  return [this, cf, keys]() -> Status {
    if (keys->empty()) return Status::OK();
    std::sort(keys->begin(), keys->end());
    SG_ASSIGN_OR_RETURN(rocksdb::SstFileWriter * writer, files_->Open(cf));
    for (const std::string& key : *keys) {
      SG_RETURN_IF_ERROR(FromRocks(writer->Put(rocksdb::Slice(key), rocksdb::Slice())));
    }
    std::vector<std::string>().swap(*keys);
    return Status::OK();
  };
}

Result<uint64_t> RocksBulkLoader::StoredFigure(Cf cf, const std::string& key) const {
  KvReader reader(ctx_->db, &ctx_->handles, nullptr, nullptr);
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader.Get(cf, key));
  if (!bytes) return uint64_t{0};
  return ParseFixed64Value(*bytes);
}

// Two jobs, one per half of the node range (split at the median node), each sorting and writing
// its own files: adjacency is the largest family.
std::vector<Job> RocksBulkLoader::AdjacencyJobs() {
  if (adjacency_.empty()) return {};
  const auto by_node = [](const Adjacency& a, const Adjacency& b) { return a.node < b.node; };
  const auto middle = adjacency_.begin() + static_cast<ptrdiff_t>(adjacency_.size() / 2);
  std::nth_element(adjacency_.begin(), middle, adjacency_.end(), by_node);
  const NodeId split = middle->node;
  const auto second = std::partition(adjacency_.begin(), adjacency_.end(),
                                     [split](const Adjacency& a) { return a.node < split; });
  const auto begin = adjacency_.begin();
  const auto end = adjacency_.end();
  return {[this, begin, second] { return WriteAdjacency(begin, second); },
          [this, second, end] { return WriteAdjacency(second, end); }};
}

// The adj keys of [begin, end) and the degrees they imply, each in key order in a file of its
// own; a node stored before the load adds its stored degree.
Status RocksBulkLoader::WriteAdjacency(std::vector<Adjacency>::iterator begin,
                                       std::vector<Adjacency>::iterator end) {
  if (begin == end) return Status::OK();
  std::sort(begin, end);
  SG_ASSIGN_OR_RETURN(rocksdb::SstFileWriter * writer, files_->Open(Cf::kAdj));
  rocksdb::SstFileWriter* degree_writer = nullptr;
  DegreeTally degrees([&](const std::string& key, uint64_t count) -> Status {
    if (DecodeFixed64BE(key.data()) < first_node_) {
      SG_ASSIGN_OR_RETURN(const uint64_t stored, StoredFigure(Cf::kDegree, key));
      count += stored;
    }
    if (degree_writer == nullptr) {
      SG_ASSIGN_OR_RETURN(degree_writer, files_->Open(Cf::kDegree));
    }
    std::string bytes;
    PutFixed64BE(&bytes, count);
    return FromRocks(degree_writer->Put(rocksdb::Slice(key), rocksdb::Slice(bytes)));
  });
  const std::string_view values(adj_values_);
  for (auto a = begin; a != end; ++a) {
    AdjacencyEntry entry{a->rel, a->type, a->other,
                         a->dir == 0 ? Direction::kOutgoing : Direction::kIncoming};
    const size_t i = a->rel - first_rel_;
    const size_t value_begin = i == 0 ? 0 : adj_value_ends_[i - 1];
    const std::string key = AdjKey(a->node, entry);
    const std::string_view value = values.substr(value_begin, adj_value_ends_[i] - value_begin);
    SG_RETURN_IF_ERROR(FromRocks(writer->Put(rocksdb::Slice(key), rocksdb::Slice(value))));
    SG_RETURN_IF_ERROR(degrees.Add(a->node, entry.direction, a->type, a->other));
  }
  SG_RETURN_IF_ERROR(degrees.Finish());
  return Status::OK();
}

// The id counters and the counts (stored + added), in key order for the SST file.
Status RocksBulkLoader::WriteMeta() {
  std::map<std::string, uint64_t> meta;
  meta[std::string(kMetaNextNodeId)] = next_node_;
  meta[std::string(kMetaNextRelId)] = next_rel_;
  std::map<std::string, uint64_t> added;
  added[NodeCountKey(std::nullopt)] = next_node_ - first_node_;
  added[RelCountKey(std::nullopt)] = next_rel_ - first_rel_;
  for (const auto& [label, n] : label_counts_) added[NodeCountKey(label)] = n;
  for (const auto& [type, n] : type_counts_) added[RelCountKey(type)] = n;
  for (const auto& [key, n] : added) {
    if (n == 0) continue;
    SG_ASSIGN_OR_RETURN(const uint64_t stored, StoredFigure(Cf::kMeta, key));
    meta[key] = stored + n;
  }
  for (const auto& [key, value] : meta) {
    std::string bytes;
    PutFixed64BE(&bytes, value);
    SG_RETURN_IF_ERROR(Put(Cf::kMeta, key, bytes));
  }
  return Status::OK();
}

Status RocksBulkLoader::Finish() {
  if (finished_) return Status::InvalidArgument("the bulk load is finished");
  finished_ = true;
  std::vector<Job> jobs = AdjacencyJobs();
  jobs.push_back(SortedKeysJob(Cf::kTypeIdx, &type_keys_));
  jobs.push_back(SortedKeysJob(Cf::kLabelIdx, &label_keys_));
  jobs.push_back(SortedKeysJob(Cf::kPropIdx, &prop_keys_));
  jobs.push_back(SortedKeysJob(Cf::kNameIdx, &name_keys_));
  SG_RETURN_IF_ERROR(RunJobs(jobs, kThreads));
  std::vector<Adjacency>().swap(adjacency_);
  std::string().swap(adj_values_);
  std::vector<size_t>().swap(adj_value_ends_);
  SG_RETURN_IF_ERROR(WriteMeta());
  SG_RETURN_IF_ERROR(CloseStreams());
  SG_ASSIGN_OR_RETURN(std::vector<rocksdb::IngestExternalFileArg> args,
                      files_->FinishAll(kThreads));
  SG_RETURN_IF_ERROR(FromRocks(ctx_->db->IngestExternalFiles(args)));
  ctx_->next_node_id = next_node_;
  ctx_->next_rel_id = next_rel_;
  RemoveFiles();
  return Status::OK();
}

}  // namespace stargraph::storage
