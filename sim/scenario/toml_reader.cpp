// The TOML reader: a nesting check that walks the text once (skipping strings and comments,
// counting open brackets and the dots of dotted keys), then toml++.
#include "sancsim/scenario/toml_reader.hpp"

#include <vector>

#include <fmt/format.h>

namespace sancsim {
namespace {

// Walks TOML text and keeps the current nesting: the parts of the last [table] header, plus for
// each open array or inline table the parts of the key it belongs to, plus the dots of the key
// being read. It overcounts by one for a float value after a dotted key, which does no harm.
class NestingScanner {
 public:
  explicit NestingScanner(std::string_view text) : text_(text) {}

  // The position (1-based line, column) where the nesting first exceeds `limit`; nullopt if never.
  std::optional<std::pair<int, int>> first_beyond(int limit) {
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '#') {
        skip_comment();
        continue;
      }
      if (c == '"' || c == '\'') {
        if (!skip_string()) return std::nullopt;  // unterminated: toml++ reports it
        continue;
      }
      switch (c) {
        case '\n':
          key_dots_ = 0;
          if (open_.empty()) value_on_line_ = false;
          break;
        case '=':
          if (open_.empty()) value_on_line_ = true;
          break;
        case ',':
          key_dots_ = 0;
          break;
        case '.':
          ++key_dots_;
          break;
        case '[':
          if (open_.empty() && !value_on_line_) {
            if (!in_header_) key_dots_ = 0;
            in_header_ = true;  // `[table]` or `[[array of tables]]`
          } else {
            open(c);
          }
          break;
        case '{':
          open(c);
          break;
        case ']':
          if (in_header_ && open_.empty()) {
            header_parts_ = key_dots_ + 1;
            in_header_ = false;
            key_dots_ = 0;
            if (at_ + 1 < text_.size() && text_[at_ + 1] == ']') advance();
          } else {
            close();
          }
          break;
        case '}':
          close();
          break;
        default:
          break;
      }
      if (depth() > limit) return std::pair{line_, column_};
      advance();
    }
    return std::nullopt;
  }

 private:
  // Tables (and arrays) that the value or header being read sits in.
  int depth() const { return in_header_ ? key_dots_ + 1 : header_parts_ + open_total_ + key_dots_; }

  void open(char) {
    open_.push_back(key_dots_ + 1);
    open_total_ += key_dots_ + 1;
    key_dots_ = 0;
  }
  void close() {
    if (open_.empty()) return;  // unbalanced: toml++ reports it
    open_total_ -= open_.back();
    open_.pop_back();
    key_dots_ = 0;
  }

  void advance() {
    if (text_[at_] == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
    ++at_;
  }
  void skip_comment() {
    while (at_ < text_.size() && text_[at_] != '\n') advance();
  }
  // Skips a basic, literal or multi-line string; false if it does not end.
  bool skip_string() {
    const char quote = text_[at_];
    const bool multi = text_.substr(at_, 3) == std::string(3, quote);
    for (int i = 0; i < (multi ? 3 : 1); ++i) advance();
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '\\' && quote == '"') {
        advance();
        if (at_ < text_.size()) advance();
        continue;
      }
      if (c == '\n' && !multi) return false;
      if (c == quote && (!multi || text_.substr(at_, 3) == std::string(3, quote))) {
        for (int i = 0; i < (multi ? 3 : 1); ++i) advance();
        // A multi-line string may end in up to two more quotes (`""""` is a quote then the end).
        while (multi && at_ < text_.size() && text_[at_] == quote) advance();
        return true;
      }
      advance();
    }
    return false;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
  int column_ = 1;
  std::vector<int> open_;  // per open array or inline table: the levels it adds
  int open_total_ = 0;
  int key_dots_ = 0;            // dots since the last separator: the parts of a dotted key less one
  int header_parts_ = 0;        // parts of the last [table] header
  bool in_header_ = false;      // inside [...] of a header
  bool value_on_line_ = false;  // a top-level `=` was seen on this line, so `[` opens an array
};

}  // namespace

std::optional<Diagnostic> check_toml_nesting(std::string_view text, const std::string& file) {
  const auto where = NestingScanner(text).first_beyond(kMaxTomlNesting);
  if (!where) return std::nullopt;
  return Diagnostic{
      .file = file,
      .line = where->first,
      .column = where->second,
      .key = "",
      .message = fmt::format("nesting deeper than {} levels of tables, arrays and dotted keys; sancsim "
                             "files need a handful",
                             kMaxTomlNesting),
  };
}

std::optional<toml::table> read_toml(std::string_view text, const std::string& file, Diagnostics& problems) {
  if (auto too_deep = check_toml_nesting(text, file)) {
    problems.add(std::move(*too_deep));
    return std::nullopt;
  }
  try {
    return toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    problems.add({file, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                  "", std::string(e.description())});
    return std::nullopt;
  }
}

}  // namespace sancsim
