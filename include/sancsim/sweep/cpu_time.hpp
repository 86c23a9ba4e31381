#pragma once
// CPU time of the calling thread and of the whole process, in seconds: what the sweep's own
// machinery (the SQLite writer, the MPI manager) costs, free of the wall-clock noise of a busy
// machine.
#include <ctime>

namespace sancsim {

inline double cpu_seconds(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}
inline double thread_cpu_s() { return cpu_seconds(CLOCK_THREAD_CPUTIME_ID); }
inline double process_cpu_s() { return cpu_seconds(CLOCK_PROCESS_CPUTIME_ID); }

}  // namespace sancsim
