#include "storage/figure_recount.h"

#include <rocksdb/write_batch.h>

#include "storage/rocks_options.h"

namespace stargraph::storage {
namespace {

// Figures written per batch by the migration.
constexpr size_t kMigrationBatch = 100000;

const char* SlotName(DegreeSlot slot) {
  switch (slot) {
    case DegreeSlot::kOut:
      return "outgoing";
    case DegreeSlot::kIn:
      return "incoming";
    case DegreeSlot::kLoops:
      return "self-loop";
  }
  return "?";
}

std::string DescribeDegree(std::string_view key) {
  Result<DegreeEntry> entry = ParseDegreeKey(key);
  if (!entry.ok()) return "undecodable degree key";
  return std::string(SlotName(entry->slot)) + " degree of node " + std::to_string(entry->node) +
         " for type " + std::to_string(entry->type);
}

// "count/nodes/<label id>" for a count key with a token, the key itself otherwise.
std::string DescribeCount(std::string_view key) {
  const size_t slash = key.rfind('/');
  if (slash == std::string_view::npos || key.size() - slash - 1 != 4) return std::string(key);
  return std::string(key.substr(0, slash + 1)) +
         std::to_string(DecodeFixed32BE(key.data() + slash + 1));
}

std::string Disagreement(const std::string& what, uint64_t stored, uint64_t actual) {
  return "stored " + what + " is " + std::to_string(stored) + ", recounted " +
         std::to_string(actual);
}

// Counts the keys of `cf`, grouped into runs of equal 4-byte token prefixes when `by_token`.
Status CountKeys(const KvReader& reader, Cf cf, bool by_token,
                 const std::function<void(TokenId, uint64_t)>& run) {
  TokenId token = 0;
  uint64_t count = 0;
  SG_RETURN_IF_ERROR(reader.ForEachWithPrefix(cf, "", [&](std::string_view key, auto) {
    const TokenId next = by_token && key.size() >= 4 ? DecodeFixed32BE(key.data()) : 0;
    if (next != token && count > 0) {
      run(token, count);
      count = 0;
    }
    token = next;
    ++count;
    return true;
  }));
  if (count > 0) run(token, count);
  return Status::OK();
}

Result<uint64_t> ParseFigure(std::string_view bytes, const std::string& what,
                             const std::function<void(std::string)>& problem) {
  Result<uint64_t> value = ParseFixed64Value(bytes);
  if (!value.ok()) problem("undecodable " + what);
  return value;
}

Status CheckDegrees(const KvReader& reader, const std::function<void(std::string)>& problem) {
  std::unique_ptr<KeyRange> stored = reader.ScanPrefix(Cf::kDegree, "");
  auto stray = [&] {
    problem(DescribeDegree(stored->key()) + " is stored but has no relationships");
    stored->Next();
  };
  SG_RETURN_IF_ERROR(RecountDegrees(reader, [&](const std::string& key, uint64_t actual) {
    while (stored->Valid() && stored->key() < key) stray();
    if (!stored->Valid() || stored->key() != key) {
      problem(DescribeDegree(key) + " is missing (recounted " + std::to_string(actual) + ")");
      return Status::OK();
    }
    Result<uint64_t> value = ParseFigure(stored->value(), DescribeDegree(key), problem);
    if (value.ok() && *value != actual) problem(Disagreement(DescribeDegree(key), *value, actual));
    stored->Next();
    return Status::OK();
  }));
  while (stored->Valid()) stray();
  return stored->status();
}

Status CheckCounts(const KvReader& reader, const std::function<void(std::string)>& problem) {
  SG_ASSIGN_OR_RETURN(auto actual, RecountCounts(reader));
  Status status;
  SG_RETURN_IF_ERROR(
      reader.ForEachWithPrefix(Cf::kMeta, kMetaCountPrefix, [&](auto key, auto bytes) {
        const std::string what = "count " + DescribeCount(key);
        Result<uint64_t> value = ParseFigure(bytes, what, problem);
        auto found = actual.find(std::string(key));
        const uint64_t recounted = found == actual.end() ? 0 : found->second;
        if (found != actual.end()) actual.erase(found);
        if (value.ok() && *value != recounted) problem(Disagreement(what, *value, recounted));
        return true;
      }));
  for (const auto& [key, count] : actual) {
    problem("count " + DescribeCount(key) + " is missing (recounted " + std::to_string(count) +
            ")");
  }
  return status;
}

}  // namespace

Status DegreeTally::Add(NodeId node, Direction direction, TokenId type, NodeId other) {
  if (node != node_) SG_RETURN_IF_ERROR(Finish());
  node_ = node;
  const bool out = direction == Direction::kOutgoing;
  ++counts_[{out ? DegreeSlot::kOut : DegreeSlot::kIn, type}];
  if (out && other == node) ++counts_[{DegreeSlot::kLoops, type}];
  return Status::OK();
}

Status DegreeTally::Finish() {
  for (const auto& [slot_type, count] : counts_) {
    SG_RETURN_IF_ERROR(sink_(DegreeKey(node_, slot_type.first, slot_type.second), count));
  }
  counts_.clear();
  return Status::OK();
}

Status RecountDegrees(const KvReader& reader, const DegreeSink& sink) {
  DegreeTally tally(sink);
  Status status;
  SG_RETURN_IF_ERROR(reader.ForEachWithPrefix(Cf::kAdj, "", [&](std::string_view key, auto) {
    NodeId node = 0;
    Result<AdjacencyEntry> entry = ParseAdjKey(key, &node);
    if (!entry.ok()) return true;  // Check() reports it with the adjacency
    status = tally.Add(node, entry->direction, entry->type, entry->other);
    return status.ok();
  }));
  SG_RETURN_IF_ERROR(status);
  return tally.Finish();
}

Result<std::map<std::string, uint64_t>> RecountCounts(const KvReader& reader) {
  std::map<std::string, uint64_t> counts;
  SG_RETURN_IF_ERROR(CountKeys(reader, Cf::kNode, false, [&](TokenId, uint64_t n) {
    counts[NodeCountKey(std::nullopt)] = n;
  }));
  SG_RETURN_IF_ERROR(CountKeys(reader, Cf::kLabelIdx, true, [&](TokenId label, uint64_t n) {
    counts[NodeCountKey(label)] += n;
  }));
  uint64_t rels = 0;
  SG_RETURN_IF_ERROR(CountKeys(reader, Cf::kTypeIdx, true, [&](TokenId type, uint64_t n) {
    counts[RelCountKey(type)] += n;
    rels += n;
  }));
  if (rels > 0) counts[RelCountKey(std::nullopt)] = rels;
  return counts;
}

Status MigrateFigures(rocksdb::DB* db, const CfHandles& handles, uint64_t version) {
  KvReader reader(db, &handles, nullptr, nullptr);
  rocksdb::ColumnFamilyHandle* degrees = handles[static_cast<size_t>(Cf::kDegree)];
  rocksdb::ColumnFamilyHandle* meta = handles[static_cast<size_t>(Cf::kMeta)];
  rocksdb::WriteBatch batch;
  auto flush_if_full = [&]() -> Status {
    if (batch.Count() < kMigrationBatch) return Status::OK();
    SG_RETURN_IF_ERROR(FromRocks(db->Write(rocksdb::WriteOptions(), &batch)));
    batch.Clear();
    return Status::OK();
  };
  // Figures of an interrupted run may have gone stale since (an older build wrote in between).
  Status status;
  for (const auto& figures :
       {std::pair{Cf::kDegree, std::string_view()}, std::pair{Cf::kMeta, kMetaCountPrefix}}) {
    rocksdb::ColumnFamilyHandle* handle = reader.handle(figures.first);
    SG_RETURN_IF_ERROR(reader.ForEachWithPrefix(figures.first, figures.second, [&](auto key, auto) {
      status = FromRocks(batch.Delete(handle, rocksdb::Slice(key.data(), key.size())));
      if (status.ok()) status = flush_if_full();
      return status.ok();
    }));
    SG_RETURN_IF_ERROR(status);
  }
  SG_RETURN_IF_ERROR(FromRocks(db->Write(rocksdb::WriteOptions(), &batch)));
  batch.Clear();
  std::string bytes;
  SG_RETURN_IF_ERROR(RecountDegrees(reader, [&](const std::string& key, uint64_t count) {
    bytes.clear();
    PutFixed64BE(&bytes, count);
    SG_RETURN_IF_ERROR(FromRocks(batch.Put(degrees, key, bytes)));
    return flush_if_full();
  }));
  SG_ASSIGN_OR_RETURN(auto counts, RecountCounts(reader));
  for (const auto& [key, count] : counts) {
    bytes.clear();
    PutFixed64BE(&bytes, count);
    SG_RETURN_IF_ERROR(FromRocks(batch.Put(meta, key, bytes)));
  }
  bytes.clear();
  PutFixed64BE(&bytes, version);
  SG_RETURN_IF_ERROR(FromRocks(batch.Put(meta, std::string(kMetaFormatVersion), bytes)));
  return FromRocks(db->Write(DurableWriteOptions(), &batch));
}

Status CheckFigures(const KvReader& reader, const std::function<void(std::string)>& problem) {
  SG_RETURN_IF_ERROR(CheckDegrees(reader, problem));
  return CheckCounts(reader, problem);
}

}  // namespace stargraph::storage
