#include <openssl/evp.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "ingest/article.h"
#include "ingest/quantity.h"
#include "ingest/utf8_text.h"

namespace stargraph::ingest {

std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

namespace {

// "2025-01-22-stargate.zh.txt" -> id "2025-01-22-stargate", language "zh".
void IdFromFileName(const std::string& base, Article* article) {
  std::string stem = base;
  const size_t dot = stem.find_last_of('.');
  if (dot != std::string::npos && dot > 0) stem = stem.substr(0, dot);
  const size_t lang_dot = stem.find_last_of('.');
  if (lang_dot != std::string::npos) {
    const std::string lang = stem.substr(lang_dot + 1);
    if (lang == "zh" || lang == "en") {
      article->language = lang;
      stem = stem.substr(0, lang_dot);
    }
  }
  article->id = stem;
}

Status CheckBytes(const std::string& bytes) {
  if (TrimSpace(bytes).empty()) return Status::InvalidArgument("empty article");
  if (bytes.size() > kMaxArticleBytes) {
    return Status::InvalidArgument("article too large (" + std::to_string(bytes.size()) +
                                   " bytes; the limit is " + std::to_string(kMaxArticleBytes) +
                                   ")");
  }
  size_t controls = 0;
  for (unsigned char c : bytes) {
    if (c == 0) return Status::InvalidArgument("binary file (contains NUL bytes)");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') ++controls;
  }
  if (controls * 100 > bytes.size()) return Status::InvalidArgument("binary file");
  std::u32string decoded;
  size_t bad = 0;
  if (!DecodeUtf8(bytes, &decoded, &bad)) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  return Status::OK();
}

std::string Unquote(std::string value) {
  value = TrimSpace(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return value;
}

// Consumes "---\nkey: value\n---\n" at the start of `text`; returns the rest.
std::string ReadFrontMatter(const std::string& text, Article* article) {
  if (text.compare(0, 4, "---\n") != 0) return text;
  const size_t end = text.find("\n---", 3);
  if (end == std::string::npos) return text;
  std::istringstream lines(text.substr(4, end - 4));
  std::string line;
  while (std::getline(lines, line)) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string key = TrimSpace(line.substr(0, colon));
    const std::string value = Unquote(line.substr(colon + 1));
    if (key == "title") article->title = value;
    if (key == "date") article->date = value;
    if (key == "source") article->source = value;
    if (key == "url") article->url = value;
    if (key == "language" || key == "lang") article->language = value;
  }
  const size_t after = text.find('\n', end + 1);
  return after == std::string::npos ? "" : text.substr(after + 1);
}

// Splits the title line off; for Markdown the first "# " heading is the title.
std::string ReadTitle(std::string text, Article* article) {
  size_t start = 0;
  while (start < text.size() && (text[start] == '\n' || text[start] == '\r')) ++start;
  const size_t nl = text.find('\n', start);
  std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
  std::string rest = nl == std::string::npos ? "" : text.substr(nl + 1);
  line = TrimSpace(line);
  if (line.rfind("#", 0) == 0) line = TrimSpace(line.substr(line.find_first_not_of('#')));
  if (article->title.empty()) article->title = line;
  return rest;
}

// "华盛顿，2025年1月22日——" or "SANTA CLARA, Calif., Aug. 19, 2024 --" at the body's start.
void ReadDateline(Article* article) {
  size_t start = article->body.find_first_not_of("\n\r ");
  if (start == std::string::npos) return;
  const size_t para_end = article->body.find('\n', start);
  const std::string para = article->body.substr(start, para_end - start);
  size_t dash = para.find("——");
  size_t dash_len = std::string("——").size();
  if (dash == std::string::npos || dash > 90) {
    dash = para.find(" -- ");
    dash_len = 4;
  }
  if (dash == std::string::npos || dash > 90) return;
  const std::string prefix = para.substr(0, dash);
  DateContext none;
  std::string date;
  for (const Quantity& q : FindQuantities(prefix, none)) {
    if (q.kind == QuantityKind::kDate && q.date.size() == 10) date = q.date;
  }
  if (date.empty()) return;
  article->dateline = prefix;
  if (article->date.empty()) article->date = date;
  article->body =
      para.substr(dash + dash_len) +
      article->body.substr(para_end == std::string::npos ? article->body.size() : para_end);
}

void ReadFooterOrFileDate(const std::string& base, Article* article) {
  static const std::regex kFooter("于(\\d{4}-\\d{2}-\\d{2})发表");
  std::smatch m;
  if (article->date.empty() && std::regex_search(article->body, m, kFooter)) {
    article->date = m[1].str();
  }
  static const std::regex kFileDate("^(\\d{4}-\\d{2}-\\d{2})");
  if (article->date.empty() && std::regex_search(base, m, kFileDate)) article->date = m[1].str();
}

std::string GuessLanguage(const std::string& text) {
  std::u32string cps;
  if (!DecodeUtf8(text, &cps)) return "en";
  size_t han = 0;
  size_t latin = 0;
  for (char32_t c : cps) {
    if (IsHan(c)) ++han;
    if (IsAsciiAlpha(c)) ++latin;
  }
  return han * 3 >= latin ? "zh" : "en";
}

}  // namespace

Result<Article> ParseArticle(const std::string& file_name, const std::string& bytes) {
  Status ok = CheckBytes(bytes);
  if (!ok.ok()) return ok;
  Article article;
  article.sha256 = Sha256Hex(bytes);
  const std::string base = std::filesystem::path(file_name).filename().string();
  IdFromFileName(base, &article);
  std::string text = bytes;
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text = text.substr(3);
  text = ReadFrontMatter(text, &article);
  article.body = ReadTitle(text, &article);
  ReadDateline(&article);
  ReadFooterOrFileDate(base, &article);
  if (article.language.empty()) article.language = GuessLanguage(article.body);
  if (TrimSpace(article.body).empty() && article.title.empty()) {
    return Status::InvalidArgument("article has no text");
  }
  return article;
}

Result<Article> ReadArticleFile(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return Status::IOError("cannot read " + path);
  if (S_ISDIR(info.st_mode)) return Status::InvalidArgument(path + " is a directory");
  if (static_cast<uint64_t>(info.st_size) > kMaxArticleBytes) {
    return Status::InvalidArgument("article too large (" + std::to_string(info.st_size) +
                                   " bytes; the limit is " + std::to_string(kMaxArticleBytes) +
                                   ")");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ParseArticle(path, buffer.str());
}

}  // namespace stargraph::ingest
