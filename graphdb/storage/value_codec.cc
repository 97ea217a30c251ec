#include "storage/value_codec.h"

#include <cstring>
#include <limits>

namespace stargraph::storage {
namespace {

enum class StoredTag : uint8_t {
  kFalse = 1,
  kTrue = 2,
  kInt = 3,
  kFloat = 4,
  kString = 5,
  kDate = 6,
  kLocalTime = 7,
  kTime = 8,
  kLocalDateTime = 9,
  kDateTime = 10,  // followed by a zone flag: 0, or 1 + length-prefixed zone name
  kDuration = 11,
  kList = 12,  // element count, then elements each with its own tag
};

constexpr uint64_t kMaxListLength = uint64_t{1} << 32;
constexpr int32_t kMaxOffsetSeconds = 18 * 3600;

Status Bad(const char* what) {
  return Status::Corruption(std::string("bad stored value: ") + what);
}

uint64_t ZigZag(int64_t v) {
  return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
}
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1)); }

void PutInt(std::string* out, int64_t v) { PutVarint64(out, ZigZag(v)); }

Result<int64_t> ReadInt(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(uint64_t v, ReadVarint64(in));
  return UnZigZag(v);
}

// Reads an int64 and checks lo <= v < hi.
Result<int64_t> ReadIntIn(std::string_view* in, int64_t lo, int64_t hi, const char* what) {
  SG_ASSIGN_OR_RETURN(int64_t v, ReadInt(in));
  if (v < lo || v >= hi) return Bad(what);
  return v;
}

Result<std::string> ReadBytes(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(uint64_t length, ReadVarint64(in));
  if (length > in->size()) return Bad("truncated string");
  std::string s(in->substr(0, length));
  in->remove_prefix(length);
  return s;
}

void PutBytes(std::string* out, std::string_view s) {
  PutVarint64(out, s.size());
  out->append(s);
}

Result<int32_t> ReadNanos(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(int64_t v, ReadIntIn(in, 0, kNanosPerSecond, "nanoseconds out of range"));
  return static_cast<int32_t>(v);
}

Result<int32_t> ReadOffset(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(int64_t v,
                      ReadIntIn(in, -kMaxOffsetSeconds, kMaxOffsetSeconds + 1, "bad UTC offset"));
  return static_cast<int32_t>(v);
}

bool IsStorableScalar(ValueKind kind) {
  return kind != ValueKind::kNull && kind < ValueKind::kList;
}

// The ranges the decoder enforces, checked before writing so that nothing unreadable is stored.
Status ValidateTemporalFields(const Value& value) {
  auto in = [](int64_t v, int64_t lo, int64_t hi) { return v >= lo && v < hi; };
  bool ok = true;
  switch (value.kind()) {
    case ValueKind::kLocalTime:
      ok = in(value.as_local_time().nanos, 0, kNanosPerDay);
      break;
    case ValueKind::kTime:
      ok = in(value.as_time().nanos, 0, kNanosPerDay) &&
           in(value.as_time().offset_seconds, -kMaxOffsetSeconds, kMaxOffsetSeconds + 1);
      break;
    case ValueKind::kLocalDateTime:
      ok = in(value.as_local_datetime().nanos, 0, kNanosPerSecond);
      break;
    case ValueKind::kDateTime:
      ok = in(value.as_datetime().nanos, 0, kNanosPerSecond) &&
           in(value.as_datetime().offset_seconds, -kMaxOffsetSeconds, kMaxOffsetSeconds + 1);
      break;
    case ValueKind::kDuration:
      ok = in(value.as_duration().nanos, 0, kNanosPerSecond);
      break;
    default:
      break;
  }
  if (ok) return Status::OK();
  return Status::InvalidArgument(std::string("a ") + ValueKindName(value.kind()) +
                                 " with a field out of range cannot be stored");
}

void AppendDateTime(const DateTime& t, std::string* out) {
  PutInt(out, t.seconds);
  PutInt(out, t.nanos);
  PutInt(out, t.offset_seconds);
  out->push_back(t.zone ? 1 : 0);
  if (t.zone) PutBytes(out, *t.zone);
}

Result<Value> ReadDateTime(std::string_view* in) {
  DateTime t;
  SG_ASSIGN_OR_RETURN(t.seconds, ReadInt(in));
  SG_ASSIGN_OR_RETURN(t.nanos, ReadNanos(in));
  SG_ASSIGN_OR_RETURN(t.offset_seconds, ReadOffset(in));
  if (in->empty() || static_cast<uint8_t>((*in)[0]) > 1) return Bad("bad zone flag");
  const bool has_zone = (*in)[0] == 1;
  in->remove_prefix(1);
  if (has_zone) {
    SG_ASSIGN_OR_RETURN(std::string zone, ReadBytes(in));
    t.zone = std::make_shared<const std::string>(std::move(zone));
  }
  return Value(std::move(t));
}

void AppendScalar(const Value& value, std::string* out) {
  switch (value.kind()) {
    case ValueKind::kBool:
      out->push_back(static_cast<char>(value.as_bool() ? StoredTag::kTrue : StoredTag::kFalse));
      return;
    case ValueKind::kInt:
      out->push_back(static_cast<char>(StoredTag::kInt));
      return PutInt(out, value.as_int());
    case ValueKind::kFloat: {
      out->push_back(static_cast<char>(StoredTag::kFloat));
      const double d = value.as_float();
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(bits >> (8 * i)));
      return;
    }
    case ValueKind::kString:
      out->push_back(static_cast<char>(StoredTag::kString));
      return PutBytes(out, value.as_string());
    case ValueKind::kDate:
      out->push_back(static_cast<char>(StoredTag::kDate));
      return PutInt(out, value.as_date().days);
    case ValueKind::kLocalTime:
      out->push_back(static_cast<char>(StoredTag::kLocalTime));
      return PutInt(out, value.as_local_time().nanos);
    case ValueKind::kTime:
      out->push_back(static_cast<char>(StoredTag::kTime));
      PutInt(out, value.as_time().nanos);
      return PutInt(out, value.as_time().offset_seconds);
    case ValueKind::kLocalDateTime:
      out->push_back(static_cast<char>(StoredTag::kLocalDateTime));
      PutInt(out, value.as_local_datetime().seconds);
      return PutInt(out, value.as_local_datetime().nanos);
    case ValueKind::kDateTime:
      out->push_back(static_cast<char>(StoredTag::kDateTime));
      return AppendDateTime(value.as_datetime(), out);
    default: {
      const Duration& d = value.as_duration();
      out->push_back(static_cast<char>(StoredTag::kDuration));
      PutInt(out, d.months);
      PutInt(out, d.days);
      PutInt(out, d.seconds);
      return PutInt(out, d.nanos);
    }
  }
}

Result<Value> ReadFloat(std::string_view* in) {
  if (in->size() < 8) return Bad("truncated float");
  uint64_t bits = 0;
  for (int i = 7; i >= 0; --i) bits = (bits << 8) | static_cast<uint8_t>((*in)[i]);
  in->remove_prefix(8);
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return Value(d);
}

Result<Value> ReadTemporal(StoredTag tag, std::string_view* in) {
  switch (tag) {
    case StoredTag::kDate: {
      SG_ASSIGN_OR_RETURN(int64_t days, ReadInt(in));
      return Value(Date{days});
    }
    case StoredTag::kLocalTime: {
      SG_ASSIGN_OR_RETURN(int64_t nanos, ReadIntIn(in, 0, kNanosPerDay, "bad local time"));
      return Value(LocalTime{nanos});
    }
    case StoredTag::kTime: {
      Time t;
      SG_ASSIGN_OR_RETURN(t.nanos, ReadIntIn(in, 0, kNanosPerDay, "bad time"));
      SG_ASSIGN_OR_RETURN(t.offset_seconds, ReadOffset(in));
      return Value(t);
    }
    case StoredTag::kLocalDateTime: {
      LocalDateTime t;
      SG_ASSIGN_OR_RETURN(t.seconds, ReadInt(in));
      SG_ASSIGN_OR_RETURN(t.nanos, ReadNanos(in));
      return Value(t);
    }
    case StoredTag::kDateTime:
      return ReadDateTime(in);
    default: {
      Duration d;
      SG_ASSIGN_OR_RETURN(d.months, ReadInt(in));
      SG_ASSIGN_OR_RETURN(d.days, ReadInt(in));
      SG_ASSIGN_OR_RETURN(d.seconds, ReadInt(in));
      SG_ASSIGN_OR_RETURN(d.nanos, ReadNanos(in));
      return Value(d);
    }
  }
}

Result<Value> ReadScalar(std::string_view* in) {
  if (in->empty()) return Bad("missing tag");
  const auto tag = static_cast<StoredTag>((*in)[0]);
  in->remove_prefix(1);
  switch (tag) {
    case StoredTag::kFalse:
      return Value(false);
    case StoredTag::kTrue:
      return Value(true);
    case StoredTag::kInt: {
      SG_ASSIGN_OR_RETURN(int64_t v, ReadInt(in));
      return Value(v);
    }
    case StoredTag::kFloat:
      return ReadFloat(in);
    case StoredTag::kString: {
      SG_ASSIGN_OR_RETURN(std::string s, ReadBytes(in));
      return Value(std::move(s));
    }
    case StoredTag::kDate:
    case StoredTag::kLocalTime:
    case StoredTag::kTime:
    case StoredTag::kLocalDateTime:
    case StoredTag::kDateTime:
    case StoredTag::kDuration:
      return ReadTemporal(tag, in);
    case StoredTag::kList:
      break;
  }
  return Bad("unknown tag");
}

Result<Value> ReadList(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(uint64_t count, ReadVarint64(in));
  if (count > kMaxListLength || count > in->size()) return Bad("bad list length");
  ValueList list;
  list.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    SG_ASSIGN_OR_RETURN(Value element, ReadScalar(in));
    if (i > 0 && element.kind() != list[0].kind()) return Bad("mixed list");
    list.push_back(std::move(element));
  }
  return Value(std::move(list));
}

}  // namespace

void PutVarint64(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

Result<uint64_t> ReadVarint64(std::string_view* in) {
  uint64_t v = 0;
  for (size_t i = 0; i < in->size() && i < 10; ++i) {
    const auto byte = static_cast<uint8_t>((*in)[i]);
    if (i == 9 && byte > 1) break;  // more than 64 bits
    v |= uint64_t{byte & 0x7fu} << (7 * i);
    if (byte < 0x80) {
      in->remove_prefix(i + 1);
      return v;
    }
  }
  return Bad("bad varint");
}

Status ValidateStorable(const Value& value) {
  if (IsStorableScalar(value.kind())) return ValidateTemporalFields(value);
  if (value.kind() != ValueKind::kList) {
    return Status::InvalidArgument(std::string("a property cannot hold a ") +
                                   ValueKindName(value.kind()));
  }
  const ValueList& list = value.as_list();
  for (const Value& element : list) {
    if (!IsStorableScalar(element.kind())) {
      return Status::InvalidArgument(
          std::string("a list property may hold only booleans, numbers, strings and temporal "
                      "values, not a ") +
          ValueKindName(element.kind()));
    }
    if (element.kind() != list[0].kind()) {
      return Status::InvalidArgument("a list property must hold values of one kind");
    }
    SG_RETURN_IF_ERROR(ValidateTemporalFields(element));
  }
  return Status::OK();
}

Status AppendStoredValue(const Value& value, std::string* out) {
  SG_RETURN_IF_ERROR(ValidateStorable(value));
  if (value.kind() != ValueKind::kList) {
    AppendScalar(value, out);
    return Status::OK();
  }
  out->push_back(static_cast<char>(StoredTag::kList));
  PutVarint64(out, value.as_list().size());
  for (const Value& element : value.as_list()) AppendScalar(element, out);
  return Status::OK();
}

Result<Value> ReadStoredValue(std::string_view* in) {
  if (!in->empty() && static_cast<StoredTag>((*in)[0]) == StoredTag::kList) {
    in->remove_prefix(1);
    return ReadList(in);
  }
  return ReadScalar(in);
}

Status SkipStoredValue(std::string_view* in) {
  if (in->empty()) return Bad("missing tag");
  std::string_view rest = in->substr(1);
  switch (static_cast<StoredTag>((*in)[0])) {
    case StoredTag::kFalse:
    case StoredTag::kTrue:
      break;
    case StoredTag::kInt:
      SG_RETURN_IF_ERROR(ReadVarint64(&rest).status());
      break;
    case StoredTag::kFloat:
      if (rest.size() < 8) return Bad("truncated float");
      rest.remove_prefix(8);
      break;
    case StoredTag::kString: {
      SG_ASSIGN_OR_RETURN(uint64_t length, ReadVarint64(&rest));
      if (length > rest.size()) return Bad("truncated string");
      rest.remove_prefix(length);
      break;
    }
    default:
      return ReadStoredValue(in).status();
  }
  *in = rest;
  return Status::OK();
}

}  // namespace stargraph::storage
