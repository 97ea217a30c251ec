#include "storage/kv_reader.h"

#include "storage/key_codec.h"

namespace stargraph::storage {

KeyRange::KeyRange(std::string lower, std::string upper)
    : lower_(std::move(lower)), upper_(std::move(upper)), upper_slice_(upper_) {}

// The explicit upper check also covers batch entries, which the base iterator's bound does not.
bool KeyRange::Valid() const {
  if (!iterator_->Valid()) return false;
  return upper_.empty() || iterator_->key().compare(upper_slice_) < 0;
}

std::string_view KeyRange::key() const {
  const rocksdb::Slice k = iterator_->key();
  return {k.data(), k.size()};
}

std::string_view KeyRange::value() const {
  const rocksdb::Slice v = iterator_->value();
  return {v.data(), v.size()};
}

Status KeyRange::status() const { return FromRocks(iterator_->status()); }

KvReader::KvReader(rocksdb::DB* db, const CfHandles* cfs, const rocksdb::Snapshot* snapshot,
                   rocksdb::WriteBatchWithIndex* batch)
    : db_(db), cfs_(cfs), snapshot_(snapshot), batch_(batch) {}

Result<std::optional<std::string>> KvReader::Get(Cf cf, std::string_view key) const {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot_;
  std::string value;
  const rocksdb::Slice k(key.data(), key.size());
  const rocksdb::Status s = batch_ ? batch_->GetFromBatchAndDB(db_, options, handle(cf), k, &value)
                                   : db_->Get(options, handle(cf), k, &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  SG_RETURN_IF_ERROR(FromRocks(s));
  return std::optional<std::string>(std::move(value));
}

Status KvReader::MultiGet(Cf cf, const std::vector<std::string>& keys,
                          std::vector<std::optional<std::string>>* values) const {
  if (batch_) return Status::Internal("MultiGet through a write batch");
  rocksdb::ReadOptions options;
  options.snapshot = snapshot_;
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::PinnableSlice> found(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db_->MultiGet(options, handle(cf), keys.size(), slices.data(), found.data(), statuses.data(),
                /*sorted_input=*/true);
  values->assign(keys.size(), std::nullopt);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (statuses[i].IsNotFound()) continue;
    SG_RETURN_IF_ERROR(FromRocks(statuses[i]));
    (*values)[i] = found[i].ToString();
  }
  return Status::OK();
}

std::unique_ptr<KeyRange> KvReader::Scan(Cf cf, std::string lower, std::string upper) const {
  auto range = std::make_unique<KeyRange>(std::move(lower), std::move(upper));
  rocksdb::ReadOptions& options = range->read_options_;
  if (!range->upper_.empty()) options.iterate_upper_bound = &range->upper_slice_;
  // A scan inside one node's adjacency uses the prefix bloom; any other scan is total-order.
  const bool one_node = cf == Cf::kAdj && range->lower_.size() >= 8;
  options.prefix_same_as_start = one_node;
  options.total_order_seek = !one_node;
  range->iterator_ = NewIterator(cf, &options);
  range->iterator_->Seek(range->lower_);
  return range;
}

std::unique_ptr<rocksdb::Iterator> KvReader::NewIterator(Cf cf,
                                                         rocksdb::ReadOptions* options) const {
  options->snapshot = snapshot_;
  rocksdb::Iterator* base = db_->NewIterator(*options, handle(cf));
  return std::unique_ptr<rocksdb::Iterator>(
      batch_ ? batch_->NewIteratorWithBase(handle(cf), base, options) : base);
}

std::unique_ptr<KeyRange> KvReader::ScanPrefix(Cf cf, std::string_view prefix) const {
  return Scan(cf, std::string(prefix), PrefixSuccessor(prefix));
}

Status KvReader::ForEachWithPrefix(
    Cf cf, std::string_view prefix,
    const std::function<bool(std::string_view, std::string_view)>& fn) const {
  auto range = ScanPrefix(cf, prefix);
  for (; range->Valid(); range->Next()) {
    if (!fn(range->key(), range->value())) break;
  }
  return range->status();
}

uint64_t KvReader::ApproximatePrefixBytes(Cf cf, std::string_view prefix) const {
  const std::string upper = PrefixSuccessor(prefix);
  rocksdb::Range range(rocksdb::Slice(prefix.data(), prefix.size()), upper);
  rocksdb::SizeApproximationOptions options;
  options.include_memtables = true;
  options.include_files = true;
  uint64_t bytes = 0;
  if (!db_->GetApproximateSizes(options, handle(cf), &range, 1, &bytes).ok()) return 0;
  return bytes;
}

}  // namespace stargraph::storage
