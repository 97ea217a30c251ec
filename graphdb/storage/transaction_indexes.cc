// Property index and uniqueness constraint definitions of RocksTransaction.
#include "storage/cursors.h"
#include "storage/index_catalog.h"
#include "storage/key_codec.h"
#include "storage/rocks_transaction.h"

namespace stargraph::storage {

Status RocksTransaction::CreateIndex(const IndexDefinition& def) {
  SG_RETURN_IF_ERROR(CheckWritable());
  if (def.name.empty()) return Status::InvalidArgument("an index needs a name");
  for (const IndexDefinition& existing : indexes_) {
    if (existing.name == def.name) {
      return Status::AlreadyExists("an index named '" + def.name + "' already exists");
    }
    if (existing.label == def.label && existing.key == def.key) {
      return Status::AlreadyExists("index '" + existing.name +
                                   "' already covers this label and property");
    }
  }
  return Atomically([&]() -> Status {
    SG_RETURN_IF_ERROR(Put(Cf::kMeta, IndexDefinitionKey(def.name), EncodeIndexDefinition(def)));
    indexes_.push_back(def);
    return BackfillIndex(indexes_.back());
  });
}

// Adds the entry of every node with the label and key; for a unique index the first duplicate
// fails the whole CreateIndex (Atomically restores the batch).
Status RocksTransaction::BackfillIndex(const IndexDefinition& def) {
  std::unique_ptr<NodeCursor> nodes = ScanLabel(def.label);
  NodeId id;
  while (nodes->Next(&id)) {
    SG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(id));
    std::optional<std::string> key = PropIndexKeyOf(id, node, def);
    if (!key) continue;
    if (def.unique) SG_RETURN_IF_ERROR(CheckUnique(id, *key, def));
    SG_RETURN_IF_ERROR(Put(Cf::kPropIdx, *key, {}));
  }
  return nodes->status();
}

Status RocksTransaction::DropIndex(const std::string& name) {
  SG_RETURN_IF_ERROR(CheckWritable());
  auto it = std::find_if(indexes_.begin(), indexes_.end(),
                         [&](const IndexDefinition& def) { return def.name == name; });
  if (it == indexes_.end()) return Status::NotFound("no index named '" + name + "'");
  const IndexDefinition def = *it;
  return Atomically([&]() -> Status {
    indexes_.erase(indexes_.begin() + (it - indexes_.begin()));
    SG_RETURN_IF_ERROR(Delete(Cf::kMeta, IndexDefinitionKey(name)));
    std::vector<std::string> keys;
    SG_RETURN_IF_ERROR(reader_->ForEachWithPrefix(Cf::kPropIdx, PropIndexPrefix(def.label, def.key),
                                                  [&](std::string_view k, std::string_view) {
                                                    keys.emplace_back(k);
                                                    return true;
                                                  }));
    for (const std::string& key : keys) SG_RETURN_IF_ERROR(Delete(Cf::kPropIdx, key));
    return Status::OK();
  });
}

std::vector<IndexDefinition> RocksTransaction::ListIndexes() const { return indexes_; }

std::optional<IndexDefinition> RocksTransaction::FindIndex(TokenId label, TokenId key) const {
  for (const IndexDefinition& def : indexes_) {
    if (def.label == label && def.key == key) return def;
  }
  return std::nullopt;
}

}  // namespace stargraph::storage
