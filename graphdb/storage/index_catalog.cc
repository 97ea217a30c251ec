#include "storage/index_catalog.h"

#include "storage/key_codec.h"

namespace stargraph::storage {

std::string IndexDefinitionKey(const std::string& name) {
  return std::string(kMetaIndexPrefix) + name;
}

std::string EncodeIndexDefinition(const IndexDefinition& def) {
  std::string value;
  PutFixed32BE(&value, def.label);
  PutFixed32BE(&value, def.key);
  value.push_back(def.unique ? 1 : 0);
  return value;
}

Result<std::vector<IndexDefinition>> LoadIndexDefinitions(const KvReader& reader) {
  std::vector<IndexDefinition> defs;
  bool bad = false;
  SG_RETURN_IF_ERROR(reader.ForEachWithPrefix(
      Cf::kMeta, kMetaIndexPrefix, [&](std::string_view key, std::string_view value) {
        if (value.size() != 9 || static_cast<uint8_t>(value[8]) > 1) return !(bad = true);
        IndexDefinition def;
        def.name = std::string(key.substr(kMetaIndexPrefix.size()));
        def.label = DecodeFixed32BE(value.data());
        def.key = DecodeFixed32BE(value.data() + 4);
        def.unique = value[8] == 1;
        defs.push_back(std::move(def));
        return true;
      }));
  if (bad) return Status::Corruption("bad index definition in meta");
  return defs;
}

}  // namespace stargraph::storage
