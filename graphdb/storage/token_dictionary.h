// Names of labels, relationship types and property keys, interned to u32 tokens.
#pragma once

#include <rocksdb/db.h>

#include <map>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"
#include "storage/graph_store.h"

namespace stargraph::storage {

// Thread-safe cache of the dict column family.
//
// Invariants (mutex_ guards all members; readers take it shared, creation exclusive):
//  1. by_name_ and by_id_ are inverse maps of the same tokens.
//  2. A token is in the cache only after its dict entries are durable (written with sync), so a
//     token handed to a transaction never disappears, even if that transaction rolls back.
//  3. next_id_ is greater than every token id, and meta/next_token_id is at least next_id_.
//  Token ids are global across kinds and start at 1; 0 means "no token".
class TokenDictionary {
 public:
  TokenDictionary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* dict,
                  rocksdb::ColumnFamilyHandle* meta, bool read_only);

  // Replaces the cache with the tokens stored in the database. Corruption on bad entries.
  Status Load();
  // The token for `name`, created durably if new. NotSupported on a read-only instance.
  Result<TokenId> GetOrCreate(TokenKind kind, std::string_view name);
  std::optional<TokenId> Find(TokenKind kind, std::string_view name) const;
  // NotFound when no token of `kind` has this id.
  Result<std::string> Name(TokenKind kind, TokenId id) const;
  std::vector<std::pair<TokenId, std::string>> List(TokenKind kind) const;

 private:
  Status Persist(TokenKind kind, std::string_view name, TokenId id);

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* dict_;
  rocksdb::ColumnFamilyHandle* meta_;
  const bool read_only_;
  mutable std::shared_mutex mutex_;
  std::map<std::pair<TokenKind, std::string>, TokenId, std::less<>> by_name_;
  std::map<std::pair<TokenKind, TokenId>, std::string> by_id_;
  TokenId next_id_ = 1;
};

}  // namespace stargraph::storage
