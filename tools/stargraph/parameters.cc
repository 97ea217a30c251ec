#include "parameters.h"

#include <cctype>

#include "json_encoding.h"

namespace stargraph::cli {
namespace {

std::string Trim(const std::string& s) {
  size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = s.find_last_not_of(" \t\r\n");
  return s.substr(begin, end - begin + 1);
}

Result<ParameterAssignment> Split(const std::string& text, const std::string& separator) {
  size_t at = text.find(separator);
  if (at == std::string::npos) {
    return Status::InvalidArgument("expected NAME" + separator + "VALUE, got: " + text);
  }
  ParameterAssignment out{Trim(text.substr(0, at)), Trim(text.substr(at + separator.size()))};
  if (!out.name.empty() && out.name[0] == '$') out.name.erase(0, 1);
  if (out.name.empty()) return Status::InvalidArgument("missing parameter name in: " + text);
  return out;
}

}  // namespace

Result<ParameterAssignment> SplitParamOption(const std::string& text) { return Split(text, "="); }

Result<ParameterAssignment> SplitParamCommand(const std::string& text) { return Split(text, "=>"); }

Status AddParamOption(const std::string& option, ValueMap* params) {
  Result<ParameterAssignment> assignment = SplitParamOption(option);
  if (!assignment.ok()) return assignment.status();
  Result<Value> value = ParseJsonValue(assignment->value_text);
  if (!value.ok()) {
    return Status::InvalidArgument("--param " + assignment->name + ": " + value.status().message());
  }
  (*params)[assignment->name] = std::move(*value);
  return Status::OK();
}

}  // namespace stargraph::cli
