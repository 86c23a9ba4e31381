#include "sancsim/engine/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace sancsim {
namespace {

std::atomic<std::uint64_t> g_max_input_bytes{kDefaultMaxInputBytes};

constexpr std::size_t kChunkBytes = 64 * 1024;

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a plain file";
}

std::string too_large() {
  const std::uint64_t limit = max_input_bytes();
  const std::string mib = limit % (1 << 20) == 0 ? fmt::format(" ({} MiB)", limit >> 20) : "";
  return fmt::format("larger than the input limit of {} bytes{}; raise it with --max-input-bytes", limit,
                     mib);
}

// Opens `path` for reading if it is a regular file. O_NONBLOCK keeps open() from waiting for a
// writer when the path is a FIFO; fstat on the open descriptor then refuses it without a race.
std::variant<int, InputFileError> open_regular(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return InputFileError{true, fmt::format("cannot open: {}", std::strerror(errno))};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int error = errno;
    ::close(fd);
    return InputFileError{false, fmt::format("cannot stat: {}", std::strerror(error))};
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return InputFileError{
        false, fmt::format("not a regular file ({}); expected a file of text", kind_of(st.st_mode))};
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_input_bytes()) {
    ::close(fd);
    return InputFileError{false, too_large()};
  }
  return fd;
}

// read() that retries on EINTR; -1 on an error.
ssize_t read_some(int fd, char* to, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(fd, to, n);
    if (got >= 0 || errno != EINTR) return got;
  }
}

}  // namespace

std::uint64_t max_input_bytes() { return g_max_input_bytes.load(std::memory_order_relaxed); }

void set_max_input_bytes(std::uint64_t bytes) { g_max_input_bytes.store(bytes, std::memory_order_relaxed); }

std::variant<std::string, InputFileError> read_input_file(const std::filesystem::path& path) {
  auto opened = open_regular(path);
  if (auto* e = std::get_if<InputFileError>(&opened)) return std::move(*e);
  const int fd = std::get<int>(opened);
  // The size from stat may be stale (a file still being written, /proc files report 0), so the
  // limit is counted on the bytes actually read.
  std::string text;
  const std::uint64_t limit = max_input_bytes();
  for (;;) {
    const std::size_t old = text.size();
    text.resize(old + kChunkBytes);
    const ssize_t got = read_some(fd, text.data() + old, kChunkBytes);
    if (got < 0) {
      const int error = errno;
      ::close(fd);
      return InputFileError{false, fmt::format("cannot read: {}", std::strerror(error))};
    }
    text.resize(old + static_cast<std::size_t>(got));
    if (text.size() > limit) {
      ::close(fd);
      return InputFileError{false, too_large()};
    }
    if (got == 0) break;
  }
  ::close(fd);
  return text;
}

InputLines::InputLines(const std::filesystem::path& path) {
  auto opened = open_regular(path);
  if (auto* e = std::get_if<InputFileError>(&opened))
    error_ = std::move(*e);
  else
    fd_ = std::get<int>(opened);
}

InputLines::~InputLines() {
  if (fd_ >= 0) ::close(fd_);
}

bool InputLines::fill() {
  if (eof_ || error_) return false;
  buffer_.erase(0, pos_);
  consumed_ += pos_;
  pos_ = 0;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunkBytes);
  const ssize_t got = read_some(fd_, buffer_.data() + old, kChunkBytes);
  if (got < 0) {
    error_ = InputFileError{false, fmt::format("cannot read: {}", std::strerror(errno))};
    buffer_.resize(old);
    return false;
  }
  buffer_.resize(old + static_cast<std::size_t>(got));
  if (consumed_ + buffer_.size() > max_input_bytes()) {
    error_ = InputFileError{false, too_large()};
    return false;
  }
  if (got == 0) eof_ = true;
  return got > 0;
}

bool InputLines::next(std::string& line) {
  if (error_) return false;
  std::size_t newline = std::string::npos;
  std::size_t searched = pos_;
  while ((newline = buffer_.find('\n', searched)) == std::string::npos) {
    searched = buffer_.size() - pos_;  // relative to pos_, which fill() moves to 0
    if (!fill()) break;
  }
  if (error_) return false;
  if (newline == std::string::npos && pos_ == buffer_.size()) return false;
  const std::size_t end = newline == std::string::npos ? buffer_.size() : newline;
  line.assign(buffer_, pos_, end - pos_);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  line_offset_ = consumed_ + pos_;
  pos_ = newline == std::string::npos ? buffer_.size() : newline + 1;
  return true;
}

InputRanges::InputRanges(const std::filesystem::path& path) {
  auto opened = open_regular(path);
  if (auto* e = std::get_if<InputFileError>(&opened))
    error_ = std::move(*e);
  else
    fd_ = std::get<int>(opened);
}

InputRanges::~InputRanges() {
  if (fd_ >= 0) ::close(fd_);
}

std::variant<std::string, InputFileError> InputRanges::read(std::uint64_t offset, std::size_t length) const {
  if (error_) return *error_;
  std::string text(length, '\0');
  std::size_t done = 0;
  while (done < length) {
    const ssize_t got = ::pread(fd_, text.data() + done, length - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    done += static_cast<std::size_t>(got);
  }
  if (done != length) return InputFileError{false, "the file changed while it was in use (a line is gone)"};
  return text;
}

std::string quoted_excerpt(std::string_view line) {
  std::string out;
  const std::size_t n = std::min(line.size(), kQuotedChars);
  out.reserve(n + 3);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
  }
  if (line.size() > kQuotedChars) out += "...";
  return out;
}

}  // namespace sancsim
