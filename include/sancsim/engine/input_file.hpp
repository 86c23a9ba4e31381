#pragma once
// Every input file (scenario TOML, sweep files, calibration targets, Brent and design CSVs, run
// directories read by `digest`) is read through here: only regular files, and at most a size
// limit, so that a path named by mistake or malice (/dev/zero, a FIFO, a multi-gigabyte log) is
// refused with a message instead of filling memory or blocking.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace sancsim {

inline constexpr std::uint64_t kDefaultMaxInputBytes = std::uint64_t{64} << 20;  // 64 MiB

// The size limit of every input file read by this process. A process-wide setting (the CLI sets
// it once from --max-input-bytes) rather than an argument of every loader: it is a policy of the
// process, like a ulimit, and threading it through each loader's signature would add nothing.
std::uint64_t max_input_bytes();
void set_max_input_bytes(std::uint64_t bytes);

// Why an input file was not read. `message` does not name the file; the caller does.
struct InputFileError {
  bool missing = false;  // cannot be opened (absent, no permission)
  std::string message;   // e.g. "not a regular file (a character device)"
};

// The whole content of `path` if it is a regular file of at most max_input_bytes().
std::variant<std::string, InputFileError> read_input_file(const std::filesystem::path& path);

// A file read one line at a time under the same checks, for files whose content is not kept
// (the points of a CSV design).
class InputLines {
 public:
  explicit InputLines(const std::filesystem::path& path);
  ~InputLines();
  InputLines(const InputLines&) = delete;
  InputLines& operator=(const InputLines&) = delete;

  // Set if the file could not be opened, is not a regular file, or grew past the limit while read.
  const std::optional<InputFileError>& error() const { return error_; }
  // The next line without its '\n' (and a '\r' before it); false at the end or on an error.
  bool next(std::string& line);
  // Byte offset in the file of the line `next` returned last.
  std::uint64_t line_offset() const { return line_offset_; }

 private:
  bool fill();
  int fd_ = -1;
  std::optional<InputFileError> error_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::uint64_t consumed_ = 0;  // bytes of the file before buffer_[0]
  std::uint64_t line_offset_ = 0;
  bool eof_ = false;
};

// A regular file held open, under the same checks, for reads at offsets InputLines gave (the
// points of a CSV design, read back when they run). Reads are safe from any thread (pread); the
// file is opened once rather than per read, which cost 38-48 us a point.
class InputRanges {
 public:
  explicit InputRanges(const std::filesystem::path& path);
  ~InputRanges();
  InputRanges(const InputRanges&) = delete;
  InputRanges& operator=(const InputRanges&) = delete;

  const std::optional<InputFileError>& error() const { return error_; }
  // `length` bytes at `offset`; an error if the file no longer holds them.
  std::variant<std::string, InputFileError> read(std::uint64_t offset, std::size_t length) const;

 private:
  int fd_ = -1;
  std::optional<InputFileError> error_;
};

// A line of input as an error message quotes it: at most kQuotedChars characters (then "..."),
// control and non-ASCII bytes as '?', so that a binary or secret file is not echoed.
inline constexpr std::size_t kQuotedChars = 120;
std::string quoted_excerpt(std::string_view line);

}  // namespace sancsim
