#include "sancsim/output/series_csv.hpp"

#include <cstdlib>
#include <limits>
#include <sstream>

#include <gtest/gtest.h>

#include "../temp_dir.hpp"

namespace sancsim {
namespace {

SeriesTable small_table() {
  SeriesTable t;
  const auto price = t.add_column("urals_fob_usd_per_bbl");
  const auto volume = t.add_column("crude_exports_kbd");
  t.begin_row(YearMonth::from(2022, 1));
  t.set(price, 85.5);
  t.begin_row(YearMonth::from(2022, 12));
  t.set(price, 0.1);
  t.set(volume, 1e-20);
  t.begin_row(YearMonth::from(2023, 2));
  t.set(price, 100);
  t.set(volume, -3250.25);
  return t;
}

TEST(SeriesCsv, WritesHeaderMonthsAndShortestNumbersWithNanAsEmpty) {
  std::ostringstream out;
  write_series_csv(small_table(), out);
  EXPECT_EQ(out.str(),
            "date,urals_fob_usd_per_bbl,crude_exports_kbd\n"
            "2022-01,85.5,\n"
            "2022-12,0.1,1e-20\n"
            "2023-02,100,-3250.25\n");
}

TEST(SeriesCsv, NumbersReadBackToTheSameDouble) {
  SeriesTable t;
  const auto c = t.add_column("x");
  const double values[] = {0.1 + 0.2, 1.0 / 3.0, 6.02214076e23, -2.2250738585072014e-308,
                           123456789.123456789};
  for (double v : values) {
    t.begin_row(YearMonth::from(2024, 3));
    t.set(c, v);
  }
  std::ostringstream out;
  write_series_csv(t, out);
  std::istringstream in(out.str());
  std::string line;
  std::getline(in, line);
  ASSERT_EQ(line, "date,x");
  for (double v : values) {
    ASSERT_TRUE(std::getline(in, line));
    const std::string field = line.substr(line.find(',') + 1);
    EXPECT_EQ(std::strtod(field.c_str(), nullptr), v) << field;
  }
  EXPECT_NE(out.str().find("0.30000000000000004"), std::string::npos);
}

TEST(SeriesCsv, QuotesColumnNamesThatWouldBreakTheTable) {
  SeriesTable t;
  t.add_column("a,b");
  t.add_column("say \"hi\"");
  std::ostringstream out;
  write_series_csv(t, out);
  EXPECT_EQ(out.str(), "date,\"a,b\",\"say \"\"hi\"\"\"\n");
}

TEST(SeriesCsv, WritesFileAtPath) {
  test::TempDir dir;
  write_series_csv(small_table(), dir / "series.csv");
  EXPECT_EQ(test::read_text(dir / "series.csv").substr(0, 48),
            "date,urals_fob_usd_per_bbl,crude_exports_kbd\n202");
}

}  // namespace
}  // namespace sancsim
