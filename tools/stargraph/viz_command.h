// `stargraph viz`: runs one statement and draws the nodes and relationships of its result.
#pragma once

#include <string>

namespace stargraph::cli {

struct VizCommandOptions {
  std::string db;
  std::string statement;
  std::string output;  // FILE.svg / .png / .pdf (rendered by Graphviz) or .dot; "" = DOT on stdout
};

// Returns the exit status: 0 drawn, 1 on a query error or when the picture cannot be written.
int RunVizCommand(const VizCommandOptions& options);

}  // namespace stargraph::cli
