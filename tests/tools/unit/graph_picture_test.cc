#include "graph_picture.h"

#include <catch2/catch.hpp>
#include <set>

#include "sample_values.h"

namespace stargraph::cli {
namespace {

using testing::MakeNode;
using testing::MakeRel;

TEST_CASE("Entities are collected from paths, lists and maps", "[viz]") {
  NodeRef a = MakeNode(1, {"Company"}, {{"name", Value("OpenAI")}});
  NodeRef b = MakeNode(2, {"Company"}, {{"name", Value("甲骨文")}});
  RelRef r = MakeRel(5, 1, 2, "DEAL_WITH", {{"value", Value(int64_t{300000000000})}});
  GraphPicture picture;
  CollectEntities(Value(ValueList{Value(PathData{{a, b}, {r}})}), &picture);
  CollectEntities(Value(ValueMap{{"x", Value(a)}}), &picture);
  CHECK(picture.nodes.size() == 2);
  CHECK(picture.relationships.size() == 1);
}

TEST_CASE("DOT output colours labels and captions edges with amounts", "[viz]") {
  GraphPicture picture;
  picture.nodes[1] = MakeNode(1, {"Company"}, {{"name", Value("OpenAI")}});
  picture.nodes[2] = MakeNode(2, {"Company"}, {{"name", Value("甲骨文")}});
  picture.nodes[3] = MakeNode(3, {"Person"}, {});
  picture.relationships[5] =
      MakeRel(5, 1, 2, "DEAL_WITH", {{"value", Value(int64_t{300000000000})}});
  picture.relationships[6] = MakeRel(6, 1, 99, "DANGLING", {});
  std::string dot = ToDot(picture);
  CHECK(dot.rfind("digraph stargraph {", 0) == 0);
  CHECK(dot.find("n1 [label=\"OpenAI\"") != std::string::npos);
  CHECK(dot.find("n2 [label=\"甲骨文\"") != std::string::npos);
  CHECK(dot.find("n3 [label=\"Person 3\"") != std::string::npos);
  CHECK(dot.find("n1 -> n2 [label=\"DEAL_WITH\\n300000000000\"];") != std::string::npos);
  CHECK(dot.find("DANGLING") == std::string::npos);
  auto colour = [&](const std::string& node) {
    size_t at = dot.find("fillcolor=", dot.find(node + " [label"));
    return dot.substr(at, 20);
  };
  CHECK(colour("n1") == colour("n2"));
}

TEST_CASE("Each label of the schema has a colour of its own", "[viz]") {
  const std::vector<std::string> labels = {"Company", "Person", "Product", "Project", "Facility",
                                           "Place",   "Agency", "Media",   "Concept", "Article"};
  GraphPicture picture;
  for (size_t i = 0; i < labels.size(); ++i) picture.nodes[i] = MakeNode(i, {labels[i]}, {});
  const std::string dot = ToDot(picture);
  std::set<std::string> colours;
  for (size_t at = dot.find("fillcolor="); at != std::string::npos;
       at = dot.find("fillcolor=", at + 1)) {
    colours.insert(dot.substr(at, 20));
  }
  CHECK(colours.size() == labels.size());
}

}  // namespace
}  // namespace stargraph::cli
