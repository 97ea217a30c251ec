// Normalization of entity names for lookup: the same key for every spelling a reader would call
// equal.
#pragma once

#include <string>
#include <string_view>

namespace stargraph {

// Returns `utf8` in Unicode NFKC with full case folding and default-ignorable code points removed,
// so "ＯｐｅｎＡＩ", "OPENAI" and "openai" give the same string; CJK text passes through NFKC.
// Input that is not valid UTF-8 is returned unchanged (byte-exact matching is the best we can do).
std::string NormalizeForLookup(std::string_view utf8);

}  // namespace stargraph
