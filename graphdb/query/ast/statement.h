// Statements: a (union) query or a schema command, optionally under EXPLAIN or PROFILE.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "query/ast/clause.h"
#include "query/ast/source.h"

namespace stargraph::query::ast {

// Clauses without UNION, e.g. MATCH ... WITH ... RETURN.
struct SingleQuery : Located {
  std::vector<ClausePtr> clauses;
};

// `parts[0] UNION [ALL] parts[1] ...`; union_all[i] joins parts[i] and parts[i + 1].
// Invariant: union_all.size() + 1 == parts.size().
struct Query : Located {
  std::vector<SingleQuery> parts;
  std::vector<bool> union_all;
};

// `CREATE INDEX [name] [IF NOT EXISTS] FOR (variable:label) ON (variable.p1, ...)`.
struct CreateIndex : Located {
  std::optional<std::string> name;
  bool if_not_exists = false;
  std::string variable;
  std::string label;
  std::vector<std::string> properties;
};

// `DROP INDEX name [IF EXISTS]`.
struct DropIndex : Located {
  std::string name;
  bool if_exists = false;
};

// `CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (variable:label) REQUIRE variable.p IS UNIQUE`
// (or `REQUIRE (variable.p1, variable.p2) IS UNIQUE`).
struct CreateConstraint : Located {
  std::optional<std::string> name;
  bool if_not_exists = false;
  std::string variable;
  std::string label;
  std::vector<std::string> properties;
};

// `DROP CONSTRAINT name [IF EXISTS]`.
struct DropConstraint : Located {
  std::string name;
  bool if_exists = false;
};

struct ShowIndexes : Located {};
struct ShowConstraints : Located {};

enum class ExplainMode { kNone, kExplain, kProfile };

// What Parse() returns. `body.index()` follows the order of the alternatives; use
// std::get_if / std::visit. `text` is the statement as given, for column names and error carets.
struct Statement : Located {
  ExplainMode mode = ExplainMode::kNone;
  std::variant<Query, CreateIndex, DropIndex, CreateConstraint, DropConstraint, ShowIndexes,
               ShowConstraints>
      body;
  std::string text;
};

}  // namespace stargraph::query::ast
