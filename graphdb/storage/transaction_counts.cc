// Exact node and relationship counts of RocksTransaction: one key-only pass over the label or
// type index (or the node / rel family for all of them) in the transaction's view.
#include "storage/key_codec.h"
#include "storage/rocks_transaction.h"

namespace stargraph::storage {
namespace {

Result<uint64_t> CountKeys(const KvReader& reader, Cf cf, std::string_view prefix) {
  uint64_t count = 0;
  SG_RETURN_IF_ERROR(
      reader.ForEachWithPrefix(cf, prefix, [&count](std::string_view, std::string_view) {
        ++count;
        return true;
      }));
  return count;
}

}  // namespace

Result<uint64_t> RocksTransaction::CountNodes(std::optional<TokenId> label) {
  if (ended_) return Status::Aborted("transaction ended");
  if (!label) return CountKeys(*reader_, Cf::kNode, "");
  return CountKeys(*reader_, Cf::kLabelIdx, TokenPrefix(*label));
}

Result<uint64_t> RocksTransaction::CountRelationships(std::optional<TokenId> type) {
  if (ended_) return Status::Aborted("transaction ended");
  if (!type) return CountKeys(*reader_, Cf::kRel, "");
  return CountKeys(*reader_, Cf::kTypeIdx, TokenPrefix(*type));
}

}  // namespace stargraph::storage
