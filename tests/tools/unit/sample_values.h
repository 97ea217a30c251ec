// Nodes, relationships and paths for formatter tests.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/value.h"

namespace stargraph::cli::testing {

inline NodeRef MakeNode(uint64_t id, std::vector<std::string> labels, ValueMap properties) {
  return NodeRef{
      id, std::make_shared<EntityData>(EntityData{std::move(labels), std::move(properties)})};
}

inline RelRef MakeRel(uint64_t id, uint64_t start, uint64_t end, std::string type,
                      ValueMap properties) {
  return RelRef{id, start, end, 0,
                std::make_shared<EntityData>(EntityData{{std::move(type)}, std::move(properties)})};
}

}  // namespace stargraph::cli::testing
