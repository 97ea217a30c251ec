// Node reads and writes of RocksTransaction, with index maintenance.
#include <algorithm>

#include "storage/key_codec.h"
#include "storage/ordered_value_codec.h"
#include "storage/rocks_transaction.h"
#include "storage/value_codec.h"

namespace stargraph::storage {
namespace {

Status NodeNotFound(NodeId id) {
  return Status::NotFound("node " + std::to_string(id) + " not found");
}

const std::string& KeyOf(const std::string& key) { return key; }
const std::string& KeyOf(const std::pair<const std::string, const IndexDefinition*>& entry) {
  return entry.first;
}

std::string TokenText(const TokenDictionary& tokens, TokenKind kind, TokenId id) {
  Result<std::string> name = tokens.Name(kind, id);
  return name.ok() ? *name : "#" + std::to_string(id);
}

}  // namespace

Result<const std::string*> RocksTransaction::NodeBytes(NodeId id, std::string* scratch) const {
  SG_RETURN_IF_ERROR(CheckLive());
  if (const std::string* scanned = Scanned(id)) return scanned;
  if (const std::string* cached = node_cache_.Find(id)) return cached;
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_->Get(Cf::kNode, NodeKey(id)));
  if (!bytes) return static_cast<const std::string*>(nullptr);
  // node_cache_ serves the next read of this node; scanned_ is for scanned nodes only.
  if (mode_ == TxMode::kRead) return node_cache_.Put(id, std::move(*bytes));
  *scratch = std::move(*bytes);
  return static_cast<const std::string*>(scratch);
}

Result<NodeRecord> RocksTransaction::LoadNode(NodeId id) const {
  std::string scratch;
  SG_ASSIGN_OR_RETURN(const std::string* bytes, NodeBytes(id, &scratch));
  if (bytes == nullptr) return NodeNotFound(id);
  return DecodeNodeRecord(*bytes);
}

Status RocksTransaction::PrefetchNodes(const std::vector<NodeId>& nodes) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (mode_ != TxMode::kRead) return Status::OK();
  std::vector<NodeId> wanted(nodes);
  std::sort(wanted.begin(), wanted.end());  // MultiGet wants its keys in order
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  // The lowest ids when there are more than the cache holds; room for all of them (a cache
  // that starts afresh drops the ones it held, so they are fetched again).
  wanted.resize(std::min(wanted.size(), decltype(node_cache_)::kCapacity));
  node_cache_.MakeRoom(wanted.size());
  wanted.erase(
      std::remove_if(wanted.begin(), wanted.end(),
                     [&](NodeId id) { return Scanned(id) || node_cache_.Find(id) != nullptr; }),
      wanted.end());
  if (wanted.empty()) return Status::OK();
  std::vector<std::string> keys;
  keys.reserve(wanted.size());
  for (NodeId id : wanted) keys.push_back(NodeKey(id));
  std::vector<std::optional<std::string>> values;
  SG_RETURN_IF_ERROR(reader_->MultiGet(Cf::kNode, keys, &values));
  for (size_t i = 0; i < wanted.size(); ++i) {
    if (values[i]) node_cache_.Put(wanted[i], std::move(*values[i]));
  }
  return Status::OK();
}

void RocksTransaction::RememberNode(NodeId id, std::string_view bytes) const {
  if (mode_ == TxMode::kRead) scanned_.Remember(id, bytes);
}

Result<NodeId> RocksTransaction::CreateNode(const std::vector<TokenId>& labels,
                                            const PropertyMap& properties) {
  SG_RETURN_IF_ERROR(CheckWritable());
  NodeRecord node;
  node.labels = labels;
  std::sort(node.labels.begin(), node.labels.end());
  node.labels.erase(std::unique(node.labels.begin(), node.labels.end()), node.labels.end());
  SG_ASSIGN_OR_RETURN(node.properties, NormalizePropertyMap(properties));
  const NodeId id = ctx_->next_node_id;
  SG_RETURN_IF_ERROR(Atomically([&] { return WriteNode(id, nullptr, &node); }));
  ++ctx_->next_node_id;
  allocated_ids_ = true;
  return id;
}

bool RocksTransaction::NodeExists(NodeId id) {
  if (ended_) return false;
  Result<std::optional<std::string>> bytes = reader_->Get(Cf::kNode, NodeKey(id));
  return bytes.ok() && bytes->has_value();
}

const std::string* RocksTransaction::Scanned(NodeId id) const {
  return ended_ ? nullptr : scanned_.Find(id);
}

Status RocksTransaction::ReadLabels(NodeId id, std::vector<TokenId>* out) const {
  SG_RETURN_IF_ERROR(CheckLive());
  std::string_view bytes;
  std::optional<std::string> fetched;
  const std::string* scanned = Scanned(id);
  if (scanned != nullptr) {
    bytes = *scanned;
  } else if (const std::string* cached = node_cache_.Find(id)) {
    bytes = *cached;
  } else {
    // Not kept in node_cache_: label tests of many distinct nodes must not flush it with
    // records nobody reads.
    SG_ASSIGN_OR_RETURN(fetched, reader_->Get(Cf::kNode, NodeKey(id)));
    if (!fetched) return NodeNotFound(id);
    bytes = *fetched;
  }
  SG_RETURN_IF_ERROR(ReadNodeLabels(&bytes, out));
  if (mode_ == TxMode::kRead && scanned == nullptr) label_cache_.Put(id, *out);
  return Status::OK();
}

Result<std::vector<TokenId>> RocksTransaction::NodeLabels(NodeId id) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (const LabelCache::Labels* labels = label_cache_.Find(id)) {
    return std::vector<TokenId>(labels->begin(), labels->end());
  }
  std::vector<TokenId> labels;
  SG_RETURN_IF_ERROR(ReadLabels(id, &labels));
  return labels;
}

Result<bool> RocksTransaction::NodeHasLabel(NodeId id, TokenId label) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (const IdSet* members = label_cache_.Members(label)) return members->Contains(id);
  if (const LabelCache::Labels* labels = label_cache_.Find(id)) return labels->Has(label);
  // A node whose bytes node_cache_ holds (a property read, a prefetch) is tested from them: not
  // a miss towards the label's member set.
  if (mode_ == TxMode::kRead && node_cache_.Find(id) == nullptr &&
      label_cache_.CountMiss(label, [&] { return EstimateLabelCount(label); })) {
    SG_ASSIGN_OR_RETURN(const IdSet* members, BuildLabelMembers(label));
    if (members != nullptr) return members->Contains(id);
  }
  SG_RETURN_IF_ERROR(ReadLabels(id, &label_scratch_));
  return std::find(label_scratch_.begin(), label_scratch_.end(), label) != label_scratch_.end();
}

Result<PropertyMap> RocksTransaction::NodeProperties(NodeId id) {
  SG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(id));
  return std::move(node.properties);
}

Result<Value> RocksTransaction::NodeProperty(NodeId id, TokenId key) {
  std::string scratch;
  SG_ASSIGN_OR_RETURN(const std::string* bytes, NodeBytes(id, &scratch));
  if (bytes == nullptr) return NodeNotFound(id);
  return FindNodeProperty(*bytes, key);
}

Result<bool> RocksTransaction::SetNodeProperty(NodeId id, TokenId key, const Value& value) {
  SG_RETURN_IF_ERROR(CheckWritable());
  if (!value.is_null()) SG_RETURN_IF_ERROR(ValidateStorable(value));
  SG_ASSIGN_OR_RETURN(NodeRecord before, LoadNode(id));
  NodeRecord after = before;
  AssignProperty(&after.properties, key, value);
  std::string old_bytes, new_bytes;
  SG_RETURN_IF_ERROR(EncodeNodeRecord(before, &old_bytes));
  SG_RETURN_IF_ERROR(EncodeNodeRecord(after, &new_bytes));
  if (old_bytes == new_bytes) return false;
  SG_RETURN_IF_ERROR(Atomically([&] { return WriteNode(id, &before, &after); }));
  return true;
}

Result<bool> RocksTransaction::AddLabel(NodeId id, TokenId label) {
  SG_RETURN_IF_ERROR(CheckWritable());
  SG_ASSIGN_OR_RETURN(NodeRecord before, LoadNode(id));
  auto it = std::lower_bound(before.labels.begin(), before.labels.end(), label);
  if (it != before.labels.end() && *it == label) return false;
  NodeRecord after = before;
  after.labels.insert(after.labels.begin() + (it - before.labels.begin()), label);
  SG_RETURN_IF_ERROR(Atomically([&] { return WriteNode(id, &before, &after); }));
  return true;
}

Result<bool> RocksTransaction::RemoveLabel(NodeId id, TokenId label) {
  SG_RETURN_IF_ERROR(CheckWritable());
  SG_ASSIGN_OR_RETURN(NodeRecord before, LoadNode(id));
  NodeRecord after = before;
  auto it = std::find(after.labels.begin(), after.labels.end(), label);
  if (it == after.labels.end()) return false;
  after.labels.erase(it);
  SG_RETURN_IF_ERROR(Atomically([&] { return WriteNode(id, &before, &after); }));
  return true;
}

Status RocksTransaction::DeleteNode(NodeId id, bool detach, uint64_t* deleted_rels) {
  SG_RETURN_IF_ERROR(CheckWritable());
  SG_ASSIGN_OR_RETURN(NodeRecord before, LoadNode(id));
  std::vector<AdjacencyEntry> rels;
  SG_RETURN_IF_ERROR(ReadAdjacency(id, Direction::kBoth, std::nullopt, std::nullopt, &rels));
  if (!rels.empty() && !detach) {
    return Status::Constraint("node " + std::to_string(id) +
                              " still has relationships; delete them first or use DETACH DELETE");
  }
  SG_RETURN_IF_ERROR(Atomically([&]() -> Status {
    for (const AdjacencyEntry& entry : rels) {
      SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(entry.rel));
      SG_RETURN_IF_ERROR(RemoveRel(rel.rel));
    }
    return WriteNode(id, &before, nullptr);
  }));
  if (deleted_rels != nullptr) *deleted_rels = rels.size();
  return Status::OK();
}

Status RocksTransaction::WriteNode(NodeId id, const NodeRecord* before, const NodeRecord* after) {
  const NameTokens tokens = name_tokens();
  const DerivedKeys old_keys = DeriveKeys(id, before, indexes_, tokens);
  const DerivedKeys new_keys = DeriveKeys(id, after, indexes_, tokens);
  for (const auto& [key, def] : new_keys.props) {
    if (def->unique && old_keys.props.count(key) == 0)
      SG_RETURN_IF_ERROR(CheckUnique(id, key, *def));
  }
  auto move_keys = [&](Cf cf, const auto& old_set, const auto& new_set) -> Status {
    for (const auto& entry : old_set) {
      const std::string& key = KeyOf(entry);
      if (new_set.count(key) == 0) SG_RETURN_IF_ERROR(Delete(cf, key));
    }
    for (const auto& entry : new_set) {
      const std::string& key = KeyOf(entry);
      if (old_set.count(key) == 0) SG_RETURN_IF_ERROR(Put(cf, key, {}));
    }
    return Status::OK();
  };
  SG_RETURN_IF_ERROR(move_keys(Cf::kLabelIdx, old_keys.labels, new_keys.labels));
  SG_RETURN_IF_ERROR(move_keys(Cf::kNameIdx, old_keys.names, new_keys.names));
  SG_RETURN_IF_ERROR(move_keys(Cf::kPropIdx, old_keys.props, new_keys.props));
  SG_RETURN_IF_ERROR(CountNode(before, after));
  if (after == nullptr) return Delete(Cf::kNode, NodeKey(id));
  std::string bytes;
  SG_RETURN_IF_ERROR(EncodeNodeRecord(*after, &bytes));
  return Put(Cf::kNode, NodeKey(id), bytes);
}

Status RocksTransaction::CheckUnique(NodeId id, const std::string& key,
                                     const IndexDefinition& def) {
  const std::string_view value_prefix(key.data(), key.size() - 8);  // without the node id
  NodeId holder = 0;
  SG_RETURN_IF_ERROR(reader_->ForEachWithPrefix(
      Cf::kPropIdx, value_prefix, [&](std::string_view k, std::string_view) {
        const NodeId other = DecodeFixed64BE(k.data() + k.size() - 8);
        if (other != id) holder = other;
        return holder == 0;
      }));
  if (holder == 0) return Status::OK();
  std::string_view ordered = value_prefix.substr(8);
  Result<Value> value = ReadOrderedValue(&ordered);
  const std::string shown = value.ok() ? value->ToString() : "?";
  return Status::Constraint(
      "node " + std::to_string(holder) +
      " already has label :" + TokenText(*ctx_->tokens, TokenKind::kLabel, def.label) +
      " and property " + TokenText(*ctx_->tokens, TokenKind::kPropertyKey, def.key) + " = " +
      shown + " (unique constraint '" + def.name + "')");
}

}  // namespace stargraph::storage
