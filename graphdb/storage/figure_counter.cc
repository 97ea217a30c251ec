#include "storage/figure_counter.h"

#include "storage/key_codec.h"

namespace stargraph::storage {

std::string FigureCounter::PendingKey(Cf cf, std::string_view key) {
  std::string k(1, static_cast<char>(cf));
  k.append(key);
  return k;
}

Result<uint64_t> FigureCounter::ReadCommitted(Cf cf, const std::string& key) const {
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, committed_->Get(cf, key));
  if (!bytes) return uint64_t{0};
  return ParseFixed64Value(*bytes);
}

Result<uint64_t> FigureCounter::Read(Cf cf, const std::string& key) {
  if (pending_.empty()) return ReadCommitted(cf, key);  // read transactions
  auto found = pending_.find(PendingKey(cf, key));
  if (found != pending_.end()) {
    return found->second.committed + static_cast<uint64_t>(found->second.delta);
  }
  return ReadCommitted(cf, key);
}

Status FigureCounter::ForEachWithPrefix(
    Cf cf, const std::string& prefix, const std::function<Status(std::string_view, uint64_t)>& fn) {
  // The committed figures and the pending ones, merged in key order.
  std::map<std::string, uint64_t> figures;
  Status status;
  SG_RETURN_IF_ERROR(committed_->ForEachWithPrefix(cf, prefix, [&](auto key, auto bytes) {
    Result<uint64_t> value = ParseFixed64Value(bytes);
    if (!value.ok()) return (status = value.status()).ok();
    figures.emplace(key, *value);
    return true;
  }));
  SG_RETURN_IF_ERROR(status);
  const std::string first = PendingKey(cf, prefix);
  for (auto it = pending_.lower_bound(first);
       it != pending_.end() && it->first.compare(0, first.size(), first) == 0; ++it) {
    figures[it->first.substr(1)] = it->second.committed + static_cast<uint64_t>(it->second.delta);
  }
  for (const auto& [key, value] : figures) {
    if (value != 0) SG_RETURN_IF_ERROR(fn(key, value));
  }
  return Status::OK();
}

Status FigureCounter::Add(Cf cf, const std::string& key, int64_t delta) {
  auto [it, added] = pending_.try_emplace(PendingKey(cf, key));
  Pending& pending = it->second;
  if (added) {
    Result<uint64_t> committed = ReadCommitted(cf, key);
    if (!committed.ok()) {
      pending_.erase(it);
      return committed.status();
    }
    pending.committed = *committed;
  }
  const int64_t after = static_cast<int64_t>(pending.committed) + pending.delta + delta;
  if (after < 0) {
    return Status::Corruption("a stored degree or count would drop below zero; run check");
  }
  pending.delta += delta;
  if (!marks_.empty()) journal_.emplace_back(&pending, delta);
  return Status::OK();
}

void FigureCounter::RollbackToSavePoint() {
  if (marks_.empty()) return;
  const size_t mark = marks_.back();
  marks_.pop_back();
  for (size_t i = journal_.size(); i > mark; --i)
    journal_[i - 1].first->delta -= journal_[i - 1].second;
  journal_.resize(mark);
}

void FigureCounter::PopSavePoint() {
  if (!marks_.empty()) marks_.pop_back();
  if (marks_.empty()) journal_.clear();
}

Status FigureCounter::WriteTo(rocksdb::WriteBatchWithIndex* batch) const {
  std::string bytes;
  for (const auto& [pending_key, pending] : pending_) {
    if (pending.delta == 0) continue;
    const auto cf = static_cast<Cf>(pending_key[0]);
    const rocksdb::Slice key(pending_key.data() + 1, pending_key.size() - 1);
    const uint64_t value = pending.committed + static_cast<uint64_t>(pending.delta);
    rocksdb::ColumnFamilyHandle* handle = committed_->handle(cf);
    if (value == 0) {
      SG_RETURN_IF_ERROR(FromRocks(batch->Delete(handle, key)));
      continue;
    }
    bytes.clear();
    PutFixed64BE(&bytes, value);
    SG_RETURN_IF_ERROR(FromRocks(batch->Put(handle, key, rocksdb::Slice(bytes))));
  }
  return Status::OK();
}

}  // namespace stargraph::storage
