// Relationship scans of RocksTransaction: all relationships in id order, or those of one type in
// one pass over type_idx and the rel family; and the estimate the planner compares them by.
//
// A scan decodes only the 20-byte header of each record (type, start, end). A read transaction
// keeps the raw value of the relationship scanned last (scanned_rel_), so reading its properties
// right after costs a decode but no Get (see LoadRel).
#include "storage/cursors.h"
#include "storage/key_codec.h"
#include "storage/record_codec.h"
#include "storage/rocks_transaction.h"

namespace stargraph::storage {
namespace {

constexpr size_t kRelHeaderBytes = 20;  // type(4) start(8) end(8), see record_codec.h

Result<RelRecord> DecodeRelHeader(RelId id, std::string_view value) {
  if (value.size() < kRelHeaderBytes) return Status::Corruption("truncated relationship");
  return RelRecord{id, DecodeFixed32BE(value.data()), DecodeFixed64BE(value.data() + 4),
                   DecodeFixed64BE(value.data() + 12)};
}

}  // namespace

std::unique_ptr<RelCursor> RocksTransaction::ScanRelationships(std::optional<TokenId> type) {
  if (ended_) {
    return std::make_unique<VectorCursor<RelRecord>>(std::vector<RelRecord>{},
                                                     Status::Aborted("transaction ended"));
  }
  auto decode = [this](uint64_t id, std::string_view value) -> Result<RelRecord> {
    if (mode_ == TxMode::kRead) RememberScannedRel(id, value);
    return DecodeRelHeader(id, value);
  };
  std::unique_ptr<RelCursor> cursor;
  if (type) {
    cursor = std::make_unique<IndexFollowCursor<RelRecord>>(
        reader_->ScanPrefix(Cf::kTypeIdx, TokenPrefix(*type)), reader_->Scan(Cf::kRel, "", ""),
        RelKey, std::move(decode), "type index");
  } else {
    RangeDecoder<RelRecord> decode_entry =
        [decode](std::string_view key, std::string_view value) -> Result<std::optional<RelRecord>> {
      SG_ASSIGN_OR_RETURN(uint64_t id, ParseIdKey(key));
      SG_ASSIGN_OR_RETURN(RelRecord rel, decode(id, value));
      return std::optional<RelRecord>(rel);
    };
    cursor = std::make_unique<RangeCursor<RelRecord>>(reader_->Scan(Cf::kRel, "", ""),
                                                      std::move(decode_entry));
  }
  return batch_ ? Materialize(std::move(cursor)) : std::move(cursor);
}

uint64_t RocksTransaction::EstimateRelTypeCount(TokenId type) const {
  // A type index entry is a 12-byte key with an empty value, like a label index entry.
  constexpr uint64_t kBytesPerEntry = 16;
  return reader_->ApproximatePrefixBytes(Cf::kTypeIdx, TokenPrefix(type)) / kBytesPerEntry;
}

void RocksTransaction::RememberScannedRel(RelId id, std::string_view value) const {
  scanned_rel_.first = id;
  scanned_rel_.second.assign(value.data(), value.size());
}

Result<bool> RocksTransaction::CacheScannedRel(RelId id) const {
  if (scanned_rel_.second.empty() || scanned_rel_.first != id) return false;
  SG_ASSIGN_OR_RETURN(RelValue rel, DecodeRelValue(id, scanned_rel_.second));
  rel_cache_.Put(id, rel);
  return true;
}

}  // namespace stargraph::storage
