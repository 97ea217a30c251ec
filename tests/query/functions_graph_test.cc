#include <catch2/catch.hpp>
#include <map>

#include "functions_test_support.h"

namespace stargraph::query {
namespace {

using testing::Call;
using testing::ErrorOf;
using testing::List;
using testing::Map;

const Value kNull;

// Node 1 (:Person:Founder {name, born}), node 2 (no labels), relationship 7 (1)-[:FOUNDED]->(2).
class FakeEntityReader : public EntityReader {
 public:
  std::vector<std::string> NodeLabels(const NodeRef& node) override {
    return node.id == 1 ? std::vector<std::string>{"Person", "Founder"}
                        : std::vector<std::string>{};
  }
  ValueMap NodeProperties(const NodeRef& node) override {
    if (node.id != 1) return {};
    return {{"name", Value("Larry")}, {"born", Value(1944)}};
  }
  Value NodeProperty(const NodeRef& node, const std::string& key) override {
    ValueMap props = NodeProperties(node);
    auto it = props.find(key);
    return it == props.end() ? Value() : it->second;
  }
  std::string RelType(const RelRef&) override { return "FOUNDED"; }
  ValueMap RelProperties(const RelRef&) override { return {{"year", Value(1977)}}; }
  Value RelProperty(const RelRef&, const std::string& key) override {
    return key == "year" ? Value(1977) : Value();
  }
  bool IsDeleted(const NodeRef&) override { return false; }
  bool IsDeleted(const RelRef&) override { return false; }
};

const Value kPerson(NodeRef{1, nullptr});
const Value kCompany(NodeRef{2, nullptr});
const Value kFounded(RelRef{7, 1, 2, 3, nullptr});

std::vector<std::string> Strings(const Value& list) {
  std::vector<std::string> out;
  for (const Value& v : list.as_list()) out.push_back(v.as_string());
  return out;
}

TEST_CASE("id and elementId of nodes and relationships", "[values][functions]") {
  CHECK(Call("id", {kPerson}).as_int() == 1);
  CHECK(Call("id", {kFounded}).as_int() == 7);
  CHECK(Call("elementId", {kFounded}).as_string() == "7");
  CHECK(Call("id", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("id", {1}); }) == "TypeError:InvalidArgumentValue");
}

TEST_CASE("labels and type read through the entity reader", "[values][functions]") {
  FakeEntityReader reader;
  CHECK(Strings(Call("labels", {kPerson}, &reader)) ==
        std::vector<std::string>{"Person", "Founder"});
  CHECK(Call("labels", {kCompany}, &reader).as_list().empty());
  CHECK(Call("type", {kFounded}, &reader).as_string() == "FOUNDED");
  CHECK(Call("labels", {kNull}, &reader).is_null());
  CHECK(ErrorOf([&] { Call("labels", {1}, &reader); }) == "TypeError:InvalidArgumentValue");
  CHECK(ErrorOf([&] { Call("type", {kPerson}, &reader); }) == "TypeError:InvalidArgumentValue");
}

TEST_CASE("labels fall back to attached entity data", "[values][functions]") {
  auto data = std::make_shared<EntityData>();
  data->labels = {"City"};
  CHECK(Strings(Call("labels", {Value(NodeRef{5, data})})) == std::vector<std::string>{"City"});
  CHECK(ErrorOf([] {
          Call("labels", {Value(NodeRef{5, nullptr})});
        }) == "RuntimeError:EntityReaderMissing");
}

TEST_CASE("properties and keys of entities and maps", "[values][functions]") {
  FakeEntityReader reader;
  Value props = Call("properties", {kPerson}, &reader);
  REQUIRE(props.as_map().size() == 2);
  CHECK(props.as_map().at("born").as_int() == 1944);
  CHECK(Call("properties", {kFounded}, &reader).as_map().at("year").as_int() == 1977);
  CHECK(Call("properties", {Map({{"a", 1}})}).as_map().size() == 1);
  CHECK(Call("properties", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("properties", {1}); }) == "TypeError:InvalidArgumentType");
  CHECK(Strings(Call("keys", {kPerson}, &reader)) == std::vector<std::string>{"born", "name"});
  CHECK(Strings(Call("keys", {Map({{"k", kNull}, {"l", 1}})})) ==
        std::vector<std::string>{"k", "l"});
  CHECK(Call("keys", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("keys", {List({})}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("startNode and endNode", "[values][functions]") {
  CHECK(Call("startNode", {kFounded}).as_node().id == 1);
  CHECK(Call("endNode", {kFounded}).as_node().id == 2);
  CHECK(Call("startNode", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("endNode", {kPerson}); }) == "TypeError:InvalidArgumentValue");
}

TEST_CASE("exists tests for null", "[values][functions]") {
  CHECK(Call("exists", {1}).as_bool());
  CHECK_FALSE(Call("exists", {kNull}).as_bool());
}

}  // namespace
}  // namespace stargraph::query
