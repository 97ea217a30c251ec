#include "storage/token_dictionary.h"

#include <memory>
#include <mutex>

#include "storage/key_codec.h"
#include "storage/kv_reader.h"
#include "storage/rocks_options.h"

namespace stargraph::storage {
namespace {

const char* KindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kLabel:
      return "label";
    case TokenKind::kRelType:
      return "relationship type";
    default:
      return "property key";
  }
}

}  // namespace

TokenDictionary::TokenDictionary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* dict,
                                 rocksdb::ColumnFamilyHandle* meta, bool read_only)
    : db_(db), dict_(dict), meta_(meta), read_only_(read_only) {}

Status TokenDictionary::Load() {
  std::map<std::pair<TokenKind, std::string>, TokenId, std::less<>> by_name;
  std::map<std::pair<TokenKind, TokenId>, std::string> by_id;
  TokenId max_id = 0;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), dict_));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    SG_ASSIGN_OR_RETURN(DictEntryKey key, ParseDictKey({it->key().data(), it->key().size()}));
    if (!key.by_name) continue;  // the id -> name entries mirror these; Check() compares them
    if (it->value().size() != 4) return Status::Corruption("bad token id in dict");
    const TokenId id = DecodeFixed32BE(it->value().data());
    by_id[{key.kind, id}] = key.name;
    by_name[{key.kind, std::move(key.name)}] = id;
    max_id = std::max(max_id, id);
  }
  SG_RETURN_IF_ERROR(FromRocks(it->status()));
  std::unique_lock lock(mutex_);
  by_name_ = std::move(by_name);
  by_id_ = std::move(by_id);
  next_id_ = max_id + 1;
  return Status::OK();
}

Result<TokenId> TokenDictionary::GetOrCreate(TokenKind kind, std::string_view name) {
  if (auto id = Find(kind, name)) return *id;
  if (read_only_) {
    return Status::NotSupported(std::string("cannot create ") + KindName(kind) + " '" +
                                std::string(name) + "' in a read-only database");
  }
  std::unique_lock lock(mutex_);
  auto it = by_name_.find(std::make_pair(kind, std::string(name)));
  if (it != by_name_.end()) return it->second;
  if (next_id_ == UINT32_MAX) return Status::Internal("token ids exhausted");
  const TokenId id = next_id_;
  SG_RETURN_IF_ERROR(Persist(kind, name, id));
  ++next_id_;
  by_name_[{kind, std::string(name)}] = id;
  by_id_[{kind, id}] = std::string(name);
  return id;
}

Status TokenDictionary::Persist(TokenKind kind, std::string_view name, TokenId id) {
  std::string id_bytes;
  PutFixed32BE(&id_bytes, id);
  std::string next_bytes;
  PutFixed64BE(&next_bytes, uint64_t{id} + 1);
  rocksdb::WriteBatch batch;
  SG_RETURN_IF_ERROR(FromRocks(batch.Put(dict_, DictNameKey(kind, name), id_bytes)));
  SG_RETURN_IF_ERROR(FromRocks(batch.Put(dict_, DictIdKey(kind, id), rocksdb::Slice(name))));
  SG_RETURN_IF_ERROR(FromRocks(batch.Put(meta_, rocksdb::Slice(kMetaNextTokenId), next_bytes)));
  return FromRocks(db_->Write(DurableWriteOptions(), &batch));
}

std::optional<TokenId> TokenDictionary::Find(TokenKind kind, std::string_view name) const {
  std::shared_lock lock(mutex_);
  auto it = by_name_.find(std::make_pair(kind, std::string(name)));
  if (it == by_name_.end()) return std::nullopt;
  return it->second;
}

Result<std::string> TokenDictionary::Name(TokenKind kind, TokenId id) const {
  std::shared_lock lock(mutex_);
  auto it = by_id_.find({kind, id});
  if (it == by_id_.end()) {
    return Status::NotFound(std::string("no ") + KindName(kind) + " with token " +
                            std::to_string(id));
  }
  return it->second;
}

std::vector<std::pair<TokenId, std::string>> TokenDictionary::List(TokenKind kind) const {
  std::shared_lock lock(mutex_);
  std::vector<std::pair<TokenId, std::string>> tokens;
  for (const auto& [key, id] : by_name_) {
    if (key.first == kind) tokens.emplace_back(id, key.second);
  }
  return tokens;
}

}  // namespace stargraph::storage
