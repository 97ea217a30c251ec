// Fuzz target: arbitrary bytes into every storage decoder (stored values, ordered values, node and
// relationship records, keys). Decoders must return Corruption on garbage, never crash; whatever
// they accept must re-encode, and re-decoding that encoding must give the same bytes again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "storage/key_codec.h"
#include "storage/ordered_value_codec.h"
#include "storage/record_codec.h"
#include "storage/value_codec.h"

namespace {

using stargraph::Value;
namespace storage = stargraph::storage;

void Require(bool condition) {
  if (!condition) std::abort();
}

// Decode -> encode -> decode -> encode must be a fixed point after the first encode.
template <typename Read, typename Append>
void CheckValueCodec(std::string_view input, Read read, Append append) {
  auto first = read(&input);
  if (!first.ok()) return;
  std::string encoded;
  Require(append(*first, &encoded).ok());
  std::string_view view(encoded);
  auto second = read(&view);
  Require(second.ok() && view.empty());
  std::string reencoded;
  Require(append(*second, &reencoded).ok());
  Require(reencoded == encoded);
}

void CheckNodeRecord(std::string_view input) {
  auto node = storage::DecodeNodeRecord(input);
  if (!node.ok()) return;
  std::string encoded;
  Require(storage::EncodeNodeRecord(*node, &encoded).ok());
  auto again = storage::DecodeNodeRecord(encoded);
  Require(again.ok());
}

void CheckRelValue(std::string_view input) {
  auto rel = storage::DecodeRelValue(1, input);
  if (!rel.ok()) return;
  std::string encoded;
  Require(storage::EncodeRelValue(*rel, &encoded).ok());
  Require(storage::DecodeRelValue(1, encoded).ok());
}

void CheckKeys(std::string_view input) {
  storage::NodeId node = 0;
  storage::ParseAdjKey(input, &node).status().IgnoreError();
  storage::ParseTokenIdKey(input).status().IgnoreError();
  storage::ParsePropIndexKey(input).status().IgnoreError();
  storage::ParseNameIndexKey(input).status().IgnoreError();
  storage::ParseIdKey(input).status().IgnoreError();
  storage::ParseDictKey(input).status().IgnoreError();
  std::string_view rest = input;
  storage::ReadOrderedString(&rest).status().IgnoreError();
  rest = input;
  storage::ReadVarint64(&rest).status().IgnoreError();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 5) {
    case 0:
      CheckValueCodec(input, storage::ReadStoredValue, storage::AppendStoredValue);
      break;
    case 1:
      CheckValueCodec(input, storage::ReadOrderedValue, storage::AppendOrderedValue);
      break;
    case 2:
      CheckNodeRecord(input);
      break;
    case 3:
      CheckRelValue(input);
      break;
    default:
      CheckKeys(input);
      break;
  }
  return 0;
}
