// Query parameters given on the command line (`--param NAME=JSON`) or in the shell
// (`:param name => value`).
#pragma once

#include <string>

#include "common/status.h"
#include "common/value.h"

namespace stargraph::cli {

struct ParameterAssignment {
  std::string name;
  std::string value_text;  // the text after `=` or `=>`, trimmed
};

// Splits "NAME=JSON" at the first '='. InvalidArgument when there is no '=' or no name.
Result<ParameterAssignment> SplitParamOption(const std::string& text);

// Splits "name => value" (the `:param` shell command's argument). InvalidArgument when there is
// no "=>" or no name. A leading `$` on the name is dropped.
Result<ParameterAssignment> SplitParamCommand(const std::string& text);

// Applies `--param` options to `params`. InvalidArgument naming the bad option.
Status AddParamOption(const std::string& option, ValueMap* params);

}  // namespace stargraph::cli
