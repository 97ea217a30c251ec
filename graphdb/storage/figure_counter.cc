#include "storage/figure_counter.h"

#include "storage/key_codec.h"

namespace stargraph::storage {
namespace {

std::string CacheKey(Cf cf, const std::string& key) {
  std::string k(1, static_cast<char>(cf));
  k.append(key);
  return k;
}

}  // namespace

Result<uint64_t> FigureCounter::Read(Cf cf, const std::string& key) {
  if (batch_ != nullptr) {
    auto cached = cache_.find(CacheKey(cf, key));
    if (cached != cache_.end()) return cached->second;
  }
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_->Get(cf, key));
  if (!bytes) return uint64_t{0};
  return ParseFixed64Value(*bytes);
}

Status FigureCounter::Add(Cf cf, const std::string& key, int64_t delta) {
  if (batch_ == nullptr) return Status::Internal("figures updated in a read transaction");
  SG_ASSIGN_OR_RETURN(const uint64_t before, Read(cf, key));
  if (delta < 0 && before < static_cast<uint64_t>(-delta)) {
    return Status::Corruption("a stored degree or count would drop below zero; run check");
  }
  const uint64_t after = before + static_cast<uint64_t>(delta);
  rocksdb::ColumnFamilyHandle* handle = reader_->handle(cf);
  if (after == 0) {
    SG_RETURN_IF_ERROR(FromRocks(batch_->Delete(handle, rocksdb::Slice(key))));
  } else {
    std::string bytes;
    PutFixed64BE(&bytes, after);
    SG_RETURN_IF_ERROR(FromRocks(batch_->Put(handle, rocksdb::Slice(key), rocksdb::Slice(bytes))));
  }
  if (cache_.size() >= kMaxCached) cache_.clear();
  cache_[CacheKey(cf, key)] = after;
  return Status::OK();
}

}  // namespace stargraph::storage
