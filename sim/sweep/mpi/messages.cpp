// Byte encoding of MPI sweep messages: fixed-width little-endian fields (every rank of a job runs
// the same binary on the same architecture) and length-prefixed strings.
#include "sancsim/sweep/mpi/messages.hpp"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace sancsim::mpi {
namespace {

class Writer {
 public:
  template <class T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto at = out_.size();
    out_.resize(at + sizeof(T));
    std::memcpy(out_.data() + at, &v, sizeof(T));
  }
  void text(const std::string& s) {
    put(static_cast<std::uint32_t>(s.size()));
    out_ += s;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <class T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, in_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return v;
  }
  std::string text() {
    const auto n = get<std::uint32_t>();
    need(n);
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  void end() const {
    if (at_ != in_.size()) throw SweepError("MPI sweep message: trailing bytes");
  }

 private:
  void need(std::size_t n) const {
    if (in_.size() - at_ < n) throw SweepError("MPI sweep message: truncated");
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

void put_record(Writer& w, const RunRecord& r) {
  w.put(r.task.run_id);
  w.put(r.task.point);
  w.put(r.task.replication);
  w.put(r.task.seed);
  w.put(static_cast<std::uint8_t>(r.ok));
  w.text(r.error);
  w.put(r.wall_s);
  w.put(r.result.state_hash);
  w.put(static_cast<std::uint32_t>(r.result.metrics.size()));
  for (const auto& m : r.result.metrics) {
    w.text(m.name);
    w.put(m.value);
  }
  const auto& t = r.result.series;
  w.put(static_cast<std::uint32_t>(t.cols()));
  w.put(static_cast<std::uint32_t>(t.rows()));
  for (const auto& name : t.names()) w.text(name);
  for (auto m : t.months()) w.put(static_cast<std::int32_t>(m.index));
  for (std::size_t c = 0; c < t.cols(); ++c)
    for (double v : t.values(c)) w.put(v);
}

RunRecord get_record(Reader& rd) {
  RunRecord r;
  r.task.run_id = rd.get<std::uint64_t>();
  r.task.point = rd.get<std::uint64_t>();
  r.task.replication = rd.get<std::uint32_t>();
  r.task.seed = rd.get<std::uint64_t>();
  r.ok = rd.get<std::uint8_t>() != 0;
  r.error = rd.text();
  r.wall_s = rd.get<double>();
  r.result.state_hash = rd.get<std::uint64_t>();
  const auto metrics = rd.get<std::uint32_t>();
  for (std::uint32_t i = 0; i < metrics; ++i) {
    auto name = rd.text();
    r.result.metrics.push_back({std::move(name), rd.get<double>()});
  }
  const auto cols = rd.get<std::uint32_t>();
  const auto rows = rd.get<std::uint32_t>();
  auto& t = r.result.series;
  for (std::uint32_t c = 0; c < cols; ++c) t.add_column(rd.text());
  std::vector<YearMonth> months(rows);
  for (auto& m : months) m.index = rd.get<std::int32_t>();
  std::vector<std::vector<double>> values(cols, std::vector<double>(rows));
  for (auto& column : values)
    for (auto& v : column) v = rd.get<double>();
  t.reserve(rows);
  for (std::uint32_t row = 0; row < rows; ++row) {
    t.begin_row(months[row]);
    for (std::uint32_t c = 0; c < cols; ++c) t.set(c, values[c][row]);
  }
  return r;
}

}  // namespace

std::string encode(const WorkerReport& report) {
  Writer w;
  w.text(report.sweep_hash);
  w.put(report.want);
  w.put(static_cast<std::uint8_t>(report.done));
  w.put(static_cast<std::uint32_t>(report.records.size()));
  for (const auto& r : report.records) put_record(w, r);
  return w.take();
}

std::string encode(const ManagerReply& reply) {
  Writer w;
  w.put(static_cast<std::uint8_t>(reply.finished));
  w.put(static_cast<std::uint32_t>(reply.run_ids.size()));
  for (auto id : reply.run_ids) w.put(id);
  return w.take();
}

WorkerReport decode_report(std::string_view bytes) {
  Reader rd(bytes);
  WorkerReport report;
  report.sweep_hash = rd.text();
  report.want = rd.get<std::uint32_t>();
  report.done = rd.get<std::uint8_t>() != 0;
  const auto n = rd.get<std::uint32_t>();
  report.records.reserve(std::min<std::size_t>(n, bytes.size()));
  for (std::uint32_t i = 0; i < n; ++i) report.records.push_back(get_record(rd));
  rd.end();
  return report;
}

ManagerReply decode_reply(std::string_view bytes) {
  Reader rd(bytes);
  ManagerReply reply;
  reply.finished = rd.get<std::uint8_t>() != 0;
  const auto n = rd.get<std::uint32_t>();
  reply.run_ids.reserve(std::min<std::size_t>(n, bytes.size()));
  for (std::uint32_t i = 0; i < n; ++i) reply.run_ids.push_back(rd.get<std::uint64_t>());
  rd.end();
  return reply;
}

}  // namespace sancsim::mpi
