#include "sancsim/engine/heap_reuse.hpp"

#include <malloc.h>

namespace sancsim {

void keep_large_blocks_in_heap() {
  // Setting either value by hand also switches off glibc's sliding thresholds.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

}  // namespace sancsim
