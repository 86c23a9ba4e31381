#pragma once
// Problems found in an input file, each with its place, so that all of them can be reported at once
// as `file:line:col: key: what was expected`.
#include <string>
#include <vector>

namespace sancsim {

struct Diagnostic {
  std::string file;
  int line = 0;     // 1-based; 0 if unknown
  int column = 0;   // 1-based; 0 if unknown
  std::string key;  // dotted key path, or "" for syntax errors
  std::string message;
  std::string str() const;  // "file:line:col: key: message"
  bool operator==(const Diagnostic&) const = default;
};

class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  bool empty() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::string str() const;  // one diagnostic a line

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace sancsim
