#include "sancsim/sweep/mpi/messages.hpp"

#include <cmath>
#include <cstring>

#include <gtest/gtest.h>

namespace sancsim::mpi {
namespace {

RunRecord record_with_series() {
  RunRecord r;
  r.task = {41, 13, 1, 0xfedcba9876543210ull};
  r.ok = true;
  r.wall_s = 0.25;
  r.result.state_hash = 77;
  r.result.metrics = {{"nwf_rub_bn", 1234.5}, {"missing", NAN}, {"tiny", 5e-324}};
  auto a = r.result.series.add_column("brent_usd_per_bbl");
  auto b = r.result.series.add_column("volume_kbd");
  for (int m = 0; m < 3; ++m) {
    r.result.series.begin_row(YearMonth{YearMonth::from(2022, 11).index + m});  // across a year end
    r.result.series.set(a, 80.0 + m);
    if (m != 1) r.result.series.set(b, -0.0);
  }
  return r;
}

bool same_bits(double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; }

TEST(MpiMessages, ReportRoundTripKeepsEveryBitOfARun) {
  WorkerReport report;
  report.sweep_hash = "0123456789abcdef";
  report.want = 8;
  report.records.push_back(record_with_series());
  RunRecord failed;
  failed.task = {3, 1, 0, 99};
  failed.error = "scenario rejected: end before start";
  report.records.push_back(failed);

  const auto back = decode_report(encode(report));
  EXPECT_EQ(back.sweep_hash, "0123456789abcdef");
  EXPECT_EQ(back.want, 8u);
  EXPECT_FALSE(back.done);
  ASSERT_EQ(back.records.size(), 2u);
  const auto& r = back.records[0];
  const auto& o = report.records[0];
  EXPECT_EQ(r.task.run_id, 41u);
  EXPECT_EQ(r.task.point, 13u);
  EXPECT_EQ(r.task.replication, 1u);
  EXPECT_EQ(r.task.seed, 0xfedcba9876543210ull);
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.result.state_hash, 77u);
  ASSERT_EQ(r.result.metrics.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(r.result.metrics[i].name, o.result.metrics[i].name);
    EXPECT_TRUE(same_bits(r.result.metrics[i].value, o.result.metrics[i].value)) << i;
  }
  ASSERT_EQ(r.result.series.names(), o.result.series.names());
  ASSERT_EQ(r.result.series.months(), o.result.series.months());
  for (std::size_t c = 0; c < 2; ++c)
    for (std::size_t row = 0; row < 3; ++row)
      EXPECT_TRUE(same_bits(r.result.series.at(row, c), o.result.series.at(row, c))) << c << "," << row;
  EXPECT_FALSE(back.records[1].ok);
  EXPECT_EQ(back.records[1].error, "scenario rejected: end before start");
  EXPECT_EQ(back.records[1].result.series.cols(), 0u);
}

TEST(MpiMessages, ReplyRoundTrip) {
  ManagerReply reply;
  reply.finished = true;
  reply.run_ids = {5, 6, 1ull << 40};
  const auto back = decode_reply(encode(reply));
  EXPECT_TRUE(back.finished);
  EXPECT_EQ(back.run_ids, reply.run_ids);
}

TEST(MpiMessages, TruncatedOrPaddedMessagesAreErrors) {
  WorkerReport report;
  report.done = true;
  report.records.push_back(record_with_series());
  const auto bytes = encode(report);
  EXPECT_THROW(decode_report(std::string_view(bytes).substr(0, bytes.size() - 1)), SweepError);
  EXPECT_THROW(decode_report(bytes + "x"), SweepError);
  EXPECT_THROW(decode_reply(""), SweepError);
}

}  // namespace
}  // namespace sancsim::mpi
