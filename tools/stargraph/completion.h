// Tab completion candidates for the shell: keywords, function names, labels, relationship types,
// property keys and shell commands, chosen by what precedes the word being completed.
#pragma once

#include <string>
#include <vector>

namespace stargraph::cli {

// Names read from the database (CALL db.labels() etc.); empty when unavailable.
struct Vocabulary {
  std::vector<std::string> labels;
  std::vector<std::string> relationship_types;
  std::vector<std::string> property_keys;
};

// Candidates for `word`, which starts at byte `start` of `line`:
//   - the word right after a line's leading ':'        -> shell command names ("help", ...)
//   - after ':' (as in `(n:Com` or `[:DEA`)            -> labels and relationship types
//   - after '.' (as in `n.na`)                         -> property keys
//   - otherwise                                        -> keywords and function names
// Names match by prefix; keywords and functions case-insensitively (keywords then take the case
// of the typed word: lower when it is all lower case, else upper). Sorted, without duplicates.
std::vector<std::string> CompletionCandidates(const std::string& line, size_t start,
                                              const std::string& word,
                                              const Vocabulary& vocabulary);

// The shell's commands, for completion and :help.
const std::vector<std::string>& ShellCommandNames();

}  // namespace stargraph::cli
