#include "viz_command.h"

#include <iostream>

#include "graph_picture.h"
#include "stargraph/database.h"

namespace stargraph::cli {

int RunVizCommand(const VizCommandOptions& options) {
  DatabaseOptions open;
  open.create_if_missing = false;
  open.read_only = true;
  auto db = Database::Open(options.db, open);
  if (!db.ok()) {
    std::cerr << "stargraph viz: " << db.status().message() << "\n";
    return 1;
  }
  QueryResult result = (*db)->Connect()->Execute(options.statement);
  GraphPicture picture;
  while (result.Next()) {
    for (const Value& v : result.row()) CollectEntities(v, &picture);
  }
  if (!result.ok()) {
    std::cerr << "stargraph viz: " << result.error().kind << ": " << result.error().message << "\n";
    return 1;
  }
  const std::string dot = ToDot(picture);
  if (options.output.empty()) {
    std::cout << dot;
    return 0;
  }
  Status s = WritePicture(dot, options.output);
  if (!s.ok()) {
    std::cerr << "stargraph viz: " << s.message() << "\n";
    return 1;
  }
  std::cout << "Wrote " << options.output << " (" << picture.nodes.size() << " nodes, "
            << picture.relationships.size() << " relationships)\n";
  return 0;
}

}  // namespace stargraph::cli
