// :viz and `stargraph viz`: the nodes and relationships of a result as a Graphviz DOT graph,
// nodes coloured by label (the same label always gets the same colour), edges labelled with the
// relationship type and its amount.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "common/status.h"
#include "common/value.h"
#include "result_writer.h"

namespace stargraph::cli {

struct GraphPicture {
  std::map<uint64_t, NodeRef> nodes;
  std::map<uint64_t, RelRef> relationships;
};

// Adds the nodes and relationships in `value` (also inside paths, lists and maps).
void CollectEntities(const Value& value, GraphPicture* picture);

// The picture as a DOT digraph. Relationships whose ends are not in the picture are left out.
std::string ToDot(const GraphPicture& picture);

// Writes `dot_text` to `output`: DOT text when it ends in ".dot", else rendered by the `dot`
// program into the format its extension names (svg, png, pdf). NotFound when `dot` is missing,
// IOError when writing or rendering fails.
Status WritePicture(const std::string& dot_text, const std::string& output);

// Passes everything to `inner` and keeps the entities of the last statement's rows.
class PictureCollector : public ResultWriter {
 public:
  PictureCollector(ResultWriter& inner, GraphPicture* picture) : inner_(inner), picture_(picture) {}
  void Begin(const std::vector<std::string>& columns) override;
  void Row(const std::vector<Value>& row) override;
  void End(const QueryStats& stats, double elapsed_ms) override;
  void Error(const QueryError& error, const std::string& statement) override;

 private:
  ResultWriter& inner_;
  GraphPicture* picture_;
};

}  // namespace stargraph::cli
