// String functions. Positions and lengths count code points; a null argument gives null.
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "query/functions/builtin_tables.h"
#include "query/functions/function_args.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;

Value ToUpper(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  std::string out;
  icu::UnicodeString::fromUTF8(StringArg("toUpper", args[0]))
      .toUpper(icu::Locale::getRoot())
      .toUTF8String(out);
  return Value(std::move(out));
}

Value ToLower(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  std::string out;
  icu::UnicodeString::fromUTF8(StringArg("toLower", args[0]))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return Value(std::move(out));
}

// Byte offset of the first code point that is not Unicode white space.
size_t SkipLeadingSpace(const std::string& s) {
  int32_t i = 0;
  auto length = static_cast<int32_t>(s.size());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, length, c);
    if (!u_isUWhiteSpace(c)) return static_cast<size_t>(start);
  }
  return s.size();
}

// Byte offset just past the last code point that is not Unicode white space.
size_t TrailingSpaceStart(const std::string& s) {
  auto i = static_cast<int32_t>(s.size());
  while (i > 0) {
    int32_t end = i;
    UChar32 c;
    U8_PREV(s.data(), 0, i, c);
    if (!u_isUWhiteSpace(c)) return static_cast<size_t>(end);
  }
  return 0;
}

Value Trim(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("trim", args[0]);
  size_t begin = SkipLeadingSpace(s);
  size_t end = std::max(begin, TrailingSpaceStart(s));
  return Value(s.substr(begin, end - begin));
}

Value LTrim(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("ltrim", args[0]);
  return Value(s.substr(SkipLeadingSpace(s)));
}

Value RTrim(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("rtrim", args[0]);
  return Value(s.substr(0, TrailingSpaceStart(s)));
}

// split(s, '') splits into code points; otherwise empty pieces are kept ('a,,b' -> a, '', b).
Value Split(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("split", args[0]);
  const std::string& delimiter = StringArg("split", args[1]);
  ValueList out;
  if (delimiter.empty()) {
    for (std::string_view cp : SplitCodePoints(s)) out.emplace_back(std::string(cp));
    return Value(std::move(out));
  }
  size_t start = 0;
  for (size_t hit; (hit = s.find(delimiter, start)) != std::string::npos;) {
    out.emplace_back(s.substr(start, hit - start));
    start = hit + delimiter.size();
  }
  out.emplace_back(s.substr(start));
  return Value(std::move(out));
}

Value Substring(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("substring", args[0]);
  int64_t start = LengthArg("substring", args[1]);
  size_t begin = CodePointOffset(s, start);
  if (args.size() < 3) return Value(s.substr(begin));
  int64_t length = LengthArg("substring", args[2]);
  size_t end = begin + CodePointOffset(std::string_view(s).substr(begin), length);
  return Value(s.substr(begin, end - begin));
}

// replace(s, '', r) inserts r around every code point, like Java's String.replace.
Value Replace(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("replace", args[0]);
  const std::string& search = StringArg("replace", args[1]);
  const std::string& replacement = StringArg("replace", args[2]);
  std::string out;
  if (search.empty()) {
    for (std::string_view cp : SplitCodePoints(s)) out.append(replacement).append(cp);
    return Value(out + replacement);
  }
  size_t start = 0;
  for (size_t hit; (hit = s.find(search, start)) != std::string::npos;) {
    out.append(s, start, hit - start).append(replacement);
    start = hit + search.size();
  }
  return Value(out.append(s, start, std::string::npos));
}

Value Left(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("left", args[0]);
  return Value(s.substr(0, CodePointOffset(s, LengthArg("left", args[1]))));
}

Value Right(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  const std::string& s = StringArg("right", args[0]);
  int64_t keep = LengthArg("right", args[1]);
  int64_t total = CountCodePoints(s);
  return Value(s.substr(CodePointOffset(s, std::max<int64_t>(0, total - keep))));
}

}  // namespace

std::vector<ScalarFunction> StringFunctions() {
  return {
      {"toUpper", 1, 1, ToUpper, true},     {"toLower", 1, 1, ToLower, true},
      {"trim", 1, 1, Trim, true},           {"ltrim", 1, 1, LTrim, true},
      {"rtrim", 1, 1, RTrim, true},         {"split", 2, 2, Split, true},
      {"substring", 2, 3, Substring, true}, {"replace", 3, 3, Replace, true},
      {"left", 2, 2, Left, true},           {"right", 2, 2, Right, true},
  };
}

}  // namespace stargraph::query
