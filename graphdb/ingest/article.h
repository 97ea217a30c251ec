// An article as the loader sees it: metadata, body text and content hash.
#pragma once

#include <string>

#include "common/status.h"

namespace stargraph::ingest {

struct Article {
  std::string id;  // file name without the language and extension: "2025-01-22-stargate"
  std::string title;
  std::string date;  // ISO yyyy-mm-dd, or "" when nothing gives one
  std::string source;
  std::string url;
  std::string language;  // "zh" or "en"
  std::string dateline;  // the dateline prefix of the first paragraph ("华盛顿，2025年1月22日——")
  std::string body;    // the text after the title (dateline removed), paragraphs split by "\n\n"
  std::string sha256;  // hex digest of the file bytes
};

// Largest article accepted, in bytes.
constexpr size_t kMaxArticleBytes = size_t{8} << 20;

// Parses the bytes of one article file named `file_name` (only its last path component is used).
// Metadata comes from YAML front matter, else the dateline or a footer "本文由…于2026-01-02发表",
// else the file name. InvalidArgument for empty, binary, non-UTF-8 or oversized input.
Result<Article> ParseArticle(const std::string& file_name, const std::string& bytes);

// Reads and parses the file at `path`. IOError when it cannot be read.
Result<Article> ReadArticleFile(const std::string& path);

// Lower-case hex SHA-256 of `bytes`.
std::string Sha256Hex(const std::string& bytes);

}  // namespace stargraph::ingest
