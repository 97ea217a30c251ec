#include "storage/ordered_value_codec.h"

#include <cmath>
#include <cstring>
#include <limits>

#include "storage/key_codec.h"

namespace stargraph::storage {
namespace {

constexpr uint64_t kSignBit = uint64_t{1} << 63;
constexpr char kListEnd = 0x00;  // element tags are never 0, so a shorter list sorts first

// Two's-complement addition without undefined behaviour on garbage input.
int64_t WrappingAdd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

Status CorruptionAt(const char* what) {
  return Status::Corruption(std::string("bad ordered value encoding: ") + what);
}

Result<uint64_t> ReadU64(std::string_view* in) {
  if (in->size() < 8) return CorruptionAt("truncated integer");
  uint64_t v = DecodeFixed64BE(in->data());
  in->remove_prefix(8);
  return v;
}

Result<int64_t> ReadInt(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(uint64_t bits, ReadU64(in));
  return static_cast<int64_t>(bits ^ kSignBit);
}

Result<int32_t> ReadInt32(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(int64_t v, ReadInt(in));
  if (v < std::numeric_limits<int32_t>::min() || v > std::numeric_limits<int32_t>::max()) {
    return CorruptionAt("32-bit field out of range");
  }
  return static_cast<int32_t>(v);
}

Result<double> ReadDouble(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(uint64_t bits, ReadU64(in));
  bits = (bits & kSignBit) ? (bits ^ kSignBit) : ~bits;
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

Status AppendOrderedList(const ValueList& list, std::string* out) {
  out->push_back(static_cast<char>(OrderedTag::kList));
  for (const Value& element : list) {
    if (element.kind() == ValueKind::kList) return Status::InvalidArgument("nested lists");
    SG_RETURN_IF_ERROR(AppendOrderedValue(element, out));
  }
  out->push_back(kListEnd);
  return Status::OK();
}

void AppendDateTime(const DateTime& t, std::string* out) {
  AppendOrderedInt(t.seconds, out);
  AppendOrderedInt(t.nanos, out);
  AppendOrderedInt(t.offset_seconds, out);
  // A zone is a suffix: 00 (none) sorts before 01 + zone.
  out->push_back(t.zone ? 1 : 0);
  if (t.zone) AppendOrderedString(*t.zone, out);
}

Result<Value> ReadDateTime(std::string_view* in) {
  DateTime t;
  SG_ASSIGN_OR_RETURN(t.seconds, ReadInt(in));
  SG_ASSIGN_OR_RETURN(t.nanos, ReadInt32(in));
  SG_ASSIGN_OR_RETURN(t.offset_seconds, ReadInt32(in));
  if (in->empty() || static_cast<uint8_t>((*in)[0]) > 1) return CorruptionAt("bad zone flag");
  const bool has_zone = (*in)[0] == 1;
  in->remove_prefix(1);
  if (has_zone) {
    SG_ASSIGN_OR_RETURN(std::string zone, ReadOrderedString(in));
    t.zone = std::make_shared<const std::string>(std::move(zone));
  }
  return Value(std::move(t));
}

Result<Value> ReadList(std::string_view* in) {
  ValueList list;
  while (true) {
    if (in->empty()) return CorruptionAt("unterminated list");
    if ((*in)[0] == kListEnd) break;
    if (static_cast<uint8_t>((*in)[0]) == static_cast<uint8_t>(OrderedTag::kList)) {
      return CorruptionAt("nested list");
    }
    SG_ASSIGN_OR_RETURN(Value element, ReadOrderedValue(in));
    list.push_back(std::move(element));
  }
  in->remove_prefix(1);
  return Value(std::move(list));
}

Result<Value> ReadTemporal(OrderedTag tag, std::string_view* in) {
  switch (tag) {
    case OrderedTag::kDate: {
      SG_ASSIGN_OR_RETURN(int64_t days, ReadInt(in));
      return Value(Date{days});
    }
    case OrderedTag::kLocalTime: {
      SG_ASSIGN_OR_RETURN(int64_t nanos, ReadInt(in));
      return Value(LocalTime{nanos});
    }
    case OrderedTag::kTime: {
      SG_ASSIGN_OR_RETURN(int64_t utc_nanos, ReadInt(in));
      SG_ASSIGN_OR_RETURN(int32_t offset, ReadInt32(in));
      return Value(Time{WrappingAdd(utc_nanos, int64_t{offset} * kNanosPerSecond), offset});
    }
    case OrderedTag::kLocalDateTime: {
      LocalDateTime t;
      SG_ASSIGN_OR_RETURN(t.seconds, ReadInt(in));
      SG_ASSIGN_OR_RETURN(t.nanos, ReadInt32(in));
      return Value(t);
    }
    case OrderedTag::kDateTime:
      return ReadDateTime(in);
    default: {
      Duration d;
      SG_ASSIGN_OR_RETURN(d.months, ReadInt(in));
      SG_ASSIGN_OR_RETURN(d.days, ReadInt(in));
      SG_ASSIGN_OR_RETURN(d.seconds, ReadInt(in));
      SG_ASSIGN_OR_RETURN(d.nanos, ReadInt32(in));
      return Value(d);
    }
  }
}

}  // namespace

void AppendOrderedInt(int64_t v, std::string* out) {
  PutFixed64BE(out, static_cast<uint64_t>(v) ^ kSignBit);
}

void AppendOrderedDouble(double d, std::string* out) {
  if (d == 0.0) d = 0.0;  // -0.0 == 0.0
  if (std::isnan(d)) d = std::numeric_limits<double>::quiet_NaN();
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  if (std::signbit(d))
    bits = ~bits;  // NOLINT: a NaN here is the positive canonical one
  else
    bits ^= kSignBit;
  PutFixed64BE(out, bits);
}

void AppendOrderedString(std::string_view s, std::string* out) {
  for (char c : s) {
    out->push_back(c);
    if (c == '\0') out->push_back('\xff');
  }
  out->push_back('\0');
  out->push_back('\x01');
}

Result<std::string> ReadOrderedString(std::string_view* in) {
  std::string s;
  for (size_t i = 0; i < in->size(); ++i) {
    if ((*in)[i] != '\0') {
      s.push_back((*in)[i]);
      continue;
    }
    if (i + 1 >= in->size()) break;
    const char next = (*in)[++i];
    if (next == '\x01') {
      in->remove_prefix(i + 1);
      return s;
    }
    if (next != '\xff') return CorruptionAt("bad string escape");
    s.push_back('\0');
  }
  return CorruptionAt("unterminated string");
}

Result<OrderedTag> OrderedTagOf(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kBool:
      return OrderedTag::kBool;
    case ValueKind::kInt:
      return OrderedTag::kInt;
    case ValueKind::kFloat:
      return OrderedTag::kFloat;
    case ValueKind::kString:
      return OrderedTag::kString;
    case ValueKind::kDate:
      return OrderedTag::kDate;
    case ValueKind::kLocalTime:
      return OrderedTag::kLocalTime;
    case ValueKind::kTime:
      return OrderedTag::kTime;
    case ValueKind::kLocalDateTime:
      return OrderedTag::kLocalDateTime;
    case ValueKind::kDateTime:
      return OrderedTag::kDateTime;
    case ValueKind::kDuration:
      return OrderedTag::kDuration;
    case ValueKind::kList:
      return OrderedTag::kList;
    default:
      return Status::InvalidArgument(std::string("a ") + ValueKindName(value.kind()) +
                                     " cannot be stored in an index");
  }
}

Status AppendOrderedValue(const Value& value, std::string* out) {
  SG_ASSIGN_OR_RETURN(OrderedTag tag, OrderedTagOf(value));
  if (tag == OrderedTag::kList) return AppendOrderedList(value.as_list(), out);
  out->push_back(static_cast<char>(tag));
  switch (tag) {
    case OrderedTag::kBool:
      out->push_back(value.as_bool() ? 1 : 0);
      break;
    case OrderedTag::kInt:
      AppendOrderedInt(value.as_int(), out);
      break;
    case OrderedTag::kFloat:
      AppendOrderedDouble(value.as_float(), out);
      break;
    case OrderedTag::kString:
      AppendOrderedString(value.as_string(), out);
      break;
    case OrderedTag::kDate:
      AppendOrderedInt(value.as_date().days, out);
      break;
    case OrderedTag::kLocalTime:
      AppendOrderedInt(value.as_local_time().nanos, out);
      break;
    case OrderedTag::kTime: {
      const Time& t = value.as_time();  // ordered by instant, then offset
      AppendOrderedInt(WrappingAdd(t.nanos, -int64_t{t.offset_seconds} * kNanosPerSecond), out);
      AppendOrderedInt(t.offset_seconds, out);
      break;
    }
    case OrderedTag::kLocalDateTime:
      AppendOrderedInt(value.as_local_datetime().seconds, out);
      AppendOrderedInt(value.as_local_datetime().nanos, out);
      break;
    case OrderedTag::kDateTime:
      AppendDateTime(value.as_datetime(), out);
      break;
    default: {
      const Duration& d = value.as_duration();
      AppendOrderedInt(d.months, out);
      AppendOrderedInt(d.days, out);
      AppendOrderedInt(d.seconds, out);
      AppendOrderedInt(d.nanos, out);
    }
  }
  return Status::OK();
}

Result<Value> ReadOrderedValue(std::string_view* in) {
  if (in->empty()) return CorruptionAt("missing tag");
  const auto tag = static_cast<OrderedTag>((*in)[0]);
  in->remove_prefix(1);
  switch (tag) {
    case OrderedTag::kList:
      return ReadList(in);
    case OrderedTag::kBool: {
      if (in->empty() || static_cast<uint8_t>((*in)[0]) > 1) return CorruptionAt("bad boolean");
      const bool b = (*in)[0] == 1;
      in->remove_prefix(1);
      return Value(b);
    }
    case OrderedTag::kInt: {
      SG_ASSIGN_OR_RETURN(int64_t v, ReadInt(in));
      return Value(v);
    }
    case OrderedTag::kFloat: {
      SG_ASSIGN_OR_RETURN(double d, ReadDouble(in));
      return Value(d);
    }
    case OrderedTag::kString: {
      SG_ASSIGN_OR_RETURN(std::string s, ReadOrderedString(in));
      return Value(std::move(s));
    }
    case OrderedTag::kDateTime:
    case OrderedTag::kLocalDateTime:
    case OrderedTag::kDate:
    case OrderedTag::kTime:
    case OrderedTag::kLocalTime:
    case OrderedTag::kDuration:
      return ReadTemporal(tag, in);
  }
  return CorruptionAt("unknown tag");
}

}  // namespace stargraph::storage
