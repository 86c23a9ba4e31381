#pragma once
// The two messages of an MPI sweep, as bytes: a worker's report (finished runs, how many more runs
// it wants, whether it is done) and the manager's reply (run ids, or that no more will come).
// Doubles travel as their bits, so a run's values are the same on every rank.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/sweep/runner.hpp"

namespace sancsim::mpi {

// Worker to manager; every report but the last (done) gets a reply.
struct WorkerReport {
  std::string sweep_hash;  // of the sweep the worker prepared; the manager refuses another
  std::uint32_t want = 0;  // runs the worker can take now
  bool done = false;       // the worker ran everything it was given and stops
  std::vector<RunRecord> records;
};

// Manager to worker.
struct ManagerReply {
  bool finished = false;  // no runs left: finish what you hold, then report done
  std::vector<std::uint64_t> run_ids;
};

std::string encode(const WorkerReport& report);
std::string encode(const ManagerReply& reply);
// Throw SweepError on a truncated or malformed message.
WorkerReport decode_report(std::string_view bytes);
ManagerReply decode_reply(std::string_view bytes);

}  // namespace sancsim::mpi
