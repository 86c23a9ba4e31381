#pragma once
// Process-wide allocator setting for many runs in one process (sweeps, replications).

namespace sancsim {

// A run allocates its large buffers (tanker fleet, queues, series) once and frees them at its
// end. By default glibc maps blocks above a sliding threshold straight from the kernel and hands
// them back on free, so in a sweep every run starts on cold, freshly zeroed pages. This keeps
// blocks up to 64 MiB in the heap, where the next run reuses them warm. Measured on a 10,000-run
// sweep on two threads: page faults 11,379 -> 1,323 and user time 11.7 s -> 10.0 s.
void keep_large_blocks_in_heap();

}  // namespace sancsim
