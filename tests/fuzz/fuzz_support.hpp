#pragma once
// Shared by the libFuzzer targets: a private directory per process into which each input is
// written (the readers under test take paths, as sancsim's loaders do), with links to the shipped
// scenario folders so that relative references (`extends`, Brent CSVs, a sweep's scenario) resolve.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "sancsim/engine/input_file.hpp"

namespace sancsim::fuzz {

class Workspace {
 public:
  Workspace() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sancsim-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    dir_ = pattern;
    // The shipped folders, linked so that `extends = "status_quo.toml"`, `data/...` and
    // `../test/small.toml` in the seeds mean what they mean in scenarios/.
    const std::filesystem::path shipped = std::filesystem::path(SANCSIM_SOURCE_DIR) / "scenarios";
    for (const auto& entry : std::filesystem::directory_iterator(shipped))
      std::filesystem::create_symlink(entry.path(), dir_ / entry.path().filename());
    // Inputs larger than any shipped file are not what the fuzzer should spend its time on; the
    // limit itself is tested in tests/engine.
    set_max_input_bytes(std::uint64_t{1} << 20);
  }
  ~Workspace() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

  // Writes `data` to `name` in the workspace (replacing it) and returns its path.
  std::filesystem::path write(const std::string& name, const std::uint8_t* data, std::size_t size) const {
    const auto path = dir_ / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out) std::abort();
    return path;
  }

 private:
  std::filesystem::path dir_;
};

// One workspace per process, removed at exit.
inline const Workspace& workspace() {
  static const Workspace w;
  return w;
}

}  // namespace sancsim::fuzz
