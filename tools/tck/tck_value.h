// The TCK's value literals and a canonical text form used to compare results.
//
// Expected cells are written in the TCK's own syntax: null, true, 1, -1.5, NaN, Infinity,
// 'string', [1, 2], {k: 1}, nodes (:L {k: 1}), relationships [:T {k: 1}] and paths
// <(:A)-[:T]->(:B)>. Temporal results are written as strings ('2015-07-21'), so a temporal
// value's canonical form is its string form.
#pragma once

#include <optional>
#include <string>

#include "common/value.h"

namespace stargraph::tck {

// Parses one TCK literal. Nodes, relationships and paths become NodeRef/RelRef/PathData values
// with `data` filled in (ids are synthetic). Returns nullopt and sets *error on a syntax error.
std::optional<Value> ParseTckValue(const std::string& text, std::string* error);

// The canonical text of a value: labels and map keys sorted, floats in their shortest exact
// form, temporals as quoted strings. With `sort_lists`, list elements are sorted (recursively),
// for "ignoring element order for lists".
std::string CanonicalText(const Value& value, bool sort_lists = false);

}  // namespace stargraph::tck
