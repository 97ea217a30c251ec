#include "storage/checker.h"

#include <algorithm>

#include "storage/figure_recount.h"
#include "storage/index_catalog.h"
#include "storage/index_maintenance.h"
#include "storage/key_codec.h"
#include "storage/record_codec.h"

namespace stargraph::storage {
namespace {

constexpr size_t kMaxProblems = 100;

class Checker {
 public:
  Checker(const KvReader& reader, const TokenDictionary& tokens)
      : reader_(reader), tokens_(tokens) {}

  Result<CheckReport> Run() {
    SG_ASSIGN_OR_RETURN(indexes_, LoadIndexDefinitions(reader_));
    names_.name = tokens_.Find(TokenKind::kPropertyKey, "name").value_or(0);
    names_.aliases = tokens_.Find(TokenKind::kPropertyKey, "aliases").value_or(0);
    SG_RETURN_IF_ERROR(CheckNodes());
    SG_RETURN_IF_ERROR(CheckRels());
    SG_RETURN_IF_ERROR(CheckAdjacency());
    SG_RETURN_IF_ERROR(CheckTokenIndex(Cf::kLabelIdx));
    SG_RETURN_IF_ERROR(CheckTokenIndex(Cf::kTypeIdx));
    SG_RETURN_IF_ERROR(CheckNameIndex());
    SG_RETURN_IF_ERROR(CheckPropIndex());
    SG_RETURN_IF_ERROR(CheckDictionary());
    SG_RETURN_IF_ERROR(CheckCounters());
    SG_ASSIGN_OR_RETURN(std::optional<std::string> version,
                        reader_.Get(Cf::kMeta, kMetaFormatVersion));
    Result<uint64_t> format = version ? ParseFixed64Value(*version) : uint64_t{0};
    if (format.ok() && *format >= 3) {
      SG_RETURN_IF_ERROR(CheckFigures(reader_, [this](std::string text) { Problem(text); }));
    }
    if (dropped_ > 0) report_.problems.push_back("... and " + std::to_string(dropped_) + " more");
    return report_;
  }

 private:
  void Problem(std::string text) {
    if (report_.problems.size() < kMaxProblems)
      report_.problems.push_back(std::move(text));
    else
      ++dropped_;
  }

  Result<bool> Exists(Cf cf, const std::string& key) {
    SG_ASSIGN_OR_RETURN(std::optional<std::string> value, reader_.Get(cf, key));
    return value.has_value();
  }

  void ExpectKey(Cf cf, const std::string& key, const std::string& what, Status* status) {
    Result<bool> found = Exists(cf, key);
    if (!found.ok())
      *status = found.status();
    else if (!*found)
      Problem("missing " + what);
  }

  void CheckToken(TokenKind kind, TokenId id, const std::string& owner) {
    if (!tokens_.Name(kind, id).ok()) Problem(owner + " uses unknown token " + std::to_string(id));
  }

  Result<std::optional<NodeRecord>> LoadNode(NodeId id) {
    SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_.Get(Cf::kNode, NodeKey(id)));
    if (!bytes) return std::optional<NodeRecord>();
    Result<NodeRecord> node = DecodeNodeRecord(*bytes);
    if (!node.ok()) return std::optional<NodeRecord>();  // reported by CheckNodes
    return std::optional<NodeRecord>(std::move(*node));
  }

  Result<std::optional<RelValue>> LoadRel(RelId id) {
    SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_.Get(Cf::kRel, RelKey(id)));
    if (!bytes) return std::optional<RelValue>();
    Result<RelValue> rel = DecodeRelValue(id, *bytes);
    if (!rel.ok()) return std::optional<RelValue>();
    return std::optional<RelValue>(std::move(*rel));
  }

  void CheckNode(NodeId id, const NodeRecord& node, Status* status) {
    const std::string owner = "node " + std::to_string(id);
    for (TokenId label : node.labels) CheckToken(TokenKind::kLabel, label, owner);
    for (const auto& property : node.properties) {
      CheckToken(TokenKind::kPropertyKey, property.first, owner);
    }
    const DerivedKeys keys = DeriveKeys(id, &node, indexes_, names_);
    for (const std::string& key : keys.labels)
      ExpectKey(Cf::kLabelIdx, key, "label index entry of " + owner, status);
    for (const std::string& key : keys.names)
      ExpectKey(Cf::kNameIdx, key, "name index entry of " + owner, status);
    for (const auto& [key, def] : keys.props) {
      ExpectKey(Cf::kPropIdx, key, "entry of index '" + def->name + "' for " + owner, status);
    }
  }

  Status CheckNodes() {
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(Cf::kNode, "", [&](auto key, auto value) {
      ++report_.nodes;
      Result<uint64_t> id = ParseIdKey(key);
      Result<NodeRecord> node = id.ok() ? DecodeNodeRecord(value) : Result<NodeRecord>(id.status());
      if (!node.ok()) {
        Problem("undecodable node record: " + node.status().message());
        return true;
      }
      max_node_ = std::max(max_node_, *id);
      CheckNode(*id, *node, &status);
      return status.ok();
    }));
    return status;
  }

  void CheckRel(const RelRecord& rel, Status* status) {
    const std::string owner = "relationship " + std::to_string(rel.id);
    CheckToken(TokenKind::kRelType, rel.type, owner);
    for (NodeId end : {rel.start, rel.end}) {
      Result<bool> found = Exists(Cf::kNode, NodeKey(end));
      if (!found.ok())
        *status = found.status();
      else if (!*found)
        Problem(owner + " points to missing node " + std::to_string(end));
    }
    ExpectKey(Cf::kAdj, AdjKey(rel.start, {rel.id, rel.type, rel.end, Direction::kOutgoing}),
              "outgoing adjacency entry of " + owner, status);
    ExpectKey(Cf::kAdj, AdjKey(rel.end, {rel.id, rel.type, rel.start, Direction::kIncoming}),
              "incoming adjacency entry of " + owner, status);
    ExpectKey(Cf::kTypeIdx, TokenIdKey(rel.type, rel.id), "type index entry of " + owner, status);
  }

  Status CheckRels() {
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(Cf::kRel, "", [&](auto key, auto value) {
      ++report_.relationships;
      Result<uint64_t> id = ParseIdKey(key);
      Result<RelValue> rel = id.ok() ? DecodeRelValue(*id, value) : Result<RelValue>(id.status());
      if (!rel.ok()) {
        Problem("undecodable relationship record: " + rel.status().message());
        return true;
      }
      max_rel_ = std::max(max_rel_, *id);
      for (const auto& property : rel->properties) {
        CheckToken(TokenKind::kPropertyKey, property.first, "relationship " + std::to_string(*id));
      }
      CheckRel(rel->rel, &status);
      return status.ok();
    }));
    return status;
  }

  // Each adj entry must describe an existing relationship from the owning node's side, and its
  // value be empty (written before format 2) or carry the relationship's properties.
  Status CheckAdjacency() {
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(Cf::kAdj, "", [&](auto key, auto value) {
      NodeId node = 0;
      Result<AdjacencyEntry> entry = ParseAdjKey(key, &node);
      if (!entry.ok()) {
        Problem("undecodable adjacency key");
        return true;
      }
      Result<std::optional<RelValue>> rel = LoadRel(entry->rel);
      if (!rel.ok()) return (status = rel.status()).ok();
      const std::string what = "adjacency entry of node " + std::to_string(node) +
                               " for relationship " + std::to_string(entry->rel);
      if (!rel->has_value() || !Describes(**rel, node, *entry)) {
        Problem("dangling " + what);
      } else if (!value.empty() && !InlinedEquals((*rel)->properties, value)) {
        Problem("stale properties in " + what);
      }
      return true;
    }));
    return status;
  }

  static bool Describes(const RelValue& rel, NodeId node, const AdjacencyEntry& entry) {
    const bool out = entry.direction == Direction::kOutgoing;
    return rel.rel.type == entry.type && (out ? rel.rel.start : rel.rel.end) == node &&
           (out ? rel.rel.end : rel.rel.start) == entry.other;
  }

  // Encodings are canonical (sorted keys, one encoding per value): equal bytes, equal maps.
  static bool InlinedEquals(const PropertyMap& properties, std::string_view value) {
    std::string expected;
    return EncodeAdjValue(properties, &expected).ok() && expected == value;
  }

  Status CheckTokenIndex(Cf cf) {
    const bool labels = cf == Cf::kLabelIdx;
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(cf, "", [&](auto key, auto) {
      Result<std::pair<TokenId, uint64_t>> entry = ParseTokenIdKey(key);
      if (!entry.ok()) {
        Problem(std::string("undecodable ") + CfName(cf) + " key");
        return true;
      }
      const auto [token, id] = *entry;
      bool ok = false;
      if (labels) {
        Result<std::optional<NodeRecord>> node = LoadNode(id);
        if (!node.ok()) return (status = node.status()).ok();
        ok = node->has_value() &&
             std::binary_search((*node)->labels.begin(), (*node)->labels.end(), token);
      } else {
        Result<std::optional<RelValue>> rel = LoadRel(id);
        if (!rel.ok()) return (status = rel.status()).ok();
        ok = rel->has_value() && (*rel)->rel.type == token;
      }
      if (!ok) {
        Problem(std::string("stale ") + CfName(cf) + " entry: token " + std::to_string(token) +
                (labels ? " node " : " relationship ") + std::to_string(id));
      }
      return true;
    }));
    return status;
  }

  Status CheckNameIndex() {
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(Cf::kNameIdx, "", [&](auto key, auto) {
      Result<std::pair<std::string, NodeId>> entry = ParseNameIndexKey(key);
      if (!entry.ok()) {
        Problem("undecodable name index key");
        return true;
      }
      Result<std::optional<NodeRecord>> node = LoadNode(entry->second);
      if (!node.ok()) return (status = node.status()).ok();
      if (!node->has_value() || NormalizedNames(**node, names_).count(entry->first) == 0) {
        Problem("stale name index entry '" + entry->first + "' for node " +
                std::to_string(entry->second));
      }
      return true;
    }));
    return status;
  }

  Status CheckPropIndex() {
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(Cf::kPropIdx, "", [&](auto key, auto) {
      Result<PropIndexEntry> entry = ParsePropIndexKey(key);
      if (!entry.ok()) {
        Problem("undecodable property index key");
        return true;
      }
      auto def = std::find_if(indexes_.begin(), indexes_.end(), [&](const IndexDefinition& d) {
        return d.label == entry->label && d.key == entry->key;
      });
      Result<std::optional<NodeRecord>> node = LoadNode(entry->node);
      if (!node.ok()) return (status = node.status()).ok();
      const bool ok = def != indexes_.end() && node->has_value() &&
                      PropIndexKeyOf(entry->node, **node, *def) == std::string(key);
      if (!ok) Problem("stale property index entry for node " + std::to_string(entry->node));
      return true;
    }));
    return status;
  }

  Status CheckDictionary() {
    Status status;
    SG_RETURN_IF_ERROR(reader_.ForEachWithPrefix(Cf::kDict, "", [&](auto key, auto value) {
      Result<DictEntryKey> entry = ParseDictKey(key);
      if (!entry.ok() || (entry->by_name && value.size() != 4)) {
        Problem("undecodable dictionary entry");
        return true;
      }
      // Each entry must have its mirror: name -> id needs id -> name, and the reverse.
      const std::string mirror = entry->by_name
                                     ? DictIdKey(entry->kind, DecodeFixed32BE(value.data()))
                                     : DictNameKey(entry->kind, value);
      Result<std::optional<std::string>> found = reader_.Get(Cf::kDict, mirror);
      if (!found.ok()) return (status = found.status()).ok();
      if (!found->has_value()) Problem("dictionary entry without its mirror entry");
      return true;
    }));
    return status;
  }

  Status CheckCounters() {
    for (auto [key, max_id] :
         {std::pair{kMetaNextNodeId, max_node_}, std::pair{kMetaNextRelId, max_rel_}}) {
      SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_.Get(Cf::kMeta, key));
      Result<uint64_t> next = bytes ? ParseFixed64Value(*bytes) : Result<uint64_t>(uint64_t{1});
      if (!next.ok() || *next <= max_id)
        Problem(std::string(key) + " is not above every id in use");
    }
    return Status::OK();
  }

  const KvReader& reader_;
  const TokenDictionary& tokens_;
  std::vector<IndexDefinition> indexes_;
  NameTokens names_;
  CheckReport report_;
  size_t dropped_ = 0;
  uint64_t max_node_ = 0;
  uint64_t max_rel_ = 0;
};

}  // namespace

Result<CheckReport> CheckStore(const KvReader& reader, const TokenDictionary& tokens) {
  return Checker(reader, tokens).Run();
}

}  // namespace stargraph::storage
