// Values as JSON per CONTRACT.md: integers without '.', floats always with '.' or an exponent,
// NaN/Infinity as {"_float": ...}, temporals as {"_date": "..."} etc., nodes as {"_node": ...},
// relationships as {"_rel": ...}, paths as {"_path": [...]}.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "common/status.h"
#include "common/value.h"

namespace stargraph::cli {

using Json = nlohmann::ordered_json;

Json ValueToJson(const Value& value);

// One line of compact JSON (UTF-8 kept as is; invalid UTF-8 bytes replaced by U+FFFD).
std::string DumpJsonLine(const Json& json);

// A parameter value from JSON text: null, booleans, integers (int64), floats, strings, arrays and
// objects. InvalidArgument when the text is not JSON or an integer does not fit in int64.
Result<Value> ParseJsonValue(const std::string& text);

}  // namespace stargraph::cli
