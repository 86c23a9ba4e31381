#pragma once
// A sweep over the ranks of an MPI job (mpirun, srun): rank 0 is the manager (the work source, the
// results database and its writer thread, as in the threaded runner), every other rank a worker
// that asks for blocks of runs, runs them on its own TBB threads and sends the results back.
// Results are identical to the threaded runner's for any number of ranks and threads.
#include <cstdint>

#include "sancsim/sweep/design.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim::mpi {

// True when this process is one rank of an MPI job (mpirun or srun set OMPI_COMM_WORLD_SIZE,
// PMIX_RANK or PMI_SIZE), so that the plain binary never initialises MPI.
bool launched_by_mpi();

// MPI for the lifetime of the object: MPI_Init_thread (funneled: only the thread that made the
// object calls MPI) and MPI_Finalize.
//
// Once a rank has died, MPI_Finalize never returns on the others (Open MPI ends with a fence over
// all ranks of the job, the dead one included), which would hold the job, and a cluster
// allocation, until its wall time. So finalizing is bounded: a rank that knows of a dead peer
// leaves without it, and any other rank leaves if it takes longer than kFinalizeTimeoutS. Both
// happen only after this rank's results are written and sent.
class Environment {
 public:
  static constexpr double kFinalizeTimeoutS = 5.0;

  Environment();
  ~Environment();  // finish(1) if finish was not called
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;
  int rank() const { return rank_; }
  int size() const { return size_; }
  // Ends every rank of the job (after an error on the manager, which workers could not see).
  [[noreturn]] void abort(int code) const;
  // This rank learnt that another rank died (the manager, from its silence).
  void mark_peer_lost() { peer_lost_ = true; }
  bool peer_lost() const { return peer_lost_; }
  // Leaves MPI, boundedly (above), and returns `exit_code`; a process that cannot finalize in time
  // ends with `exit_code` instead. Call once, at the end of the rank's work.
  int finish(int exit_code);

 private:
  int rank_ = 0;
  int size_ = 1;
  bool peer_lost_ = false;
  bool finished_ = false;
};

struct MpiOptions {
  double heartbeat_s = 1.0;        // a busy worker reports at least this often
  double hold_s = 0.1;             // work a worker holds per thread (at least 4 runs)
  double worker_timeout_s = 60.0;  // a worker silent this long is taken as dead; its runs are lost
};

struct MpiSweepSummary {
  bool manager = false;  // only the manager's summary describes the sweep
  int ranks = 0;
  SweepSummary sweep;           // manager: the sweep; worker: runs and threads of this rank
  std::uint64_t runs_lost = 0;  // handed to workers that died; --resume runs them
  int workers_lost = 0;
  double manager_busy_s = 0;   // CPU time of the manager's loop on messages (not waiting, not SQLite)
  std::uint64_t messages = 0;  // reports the manager handled
};

// Runs (or resumes) a sweep over the job's ranks; needs at least two. Throws SweepError on the
// manager (workers stop when the job ends). Marks `env` when a worker was lost.
MpiSweepSummary run_mpi_sweep(Environment& env, const Design& design, const std::string& sweep_hash,
                              const ModelFactory& factory, const RunnerOptions& options,
                              const MpiOptions& mpi_options);

}  // namespace sancsim::mpi
