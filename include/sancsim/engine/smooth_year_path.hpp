#pragma once
// A yearly path read as a smooth monthly path. Many yearly values are annual means of a level that
// moves within the year (gas export earnings, non-energy exports); read as a step on 1 January they put
// a false shock into the first month of every year. Read here, each year has an anchor at mid-year (the
// boundary between June and July) and a month takes the linear interpolation, at its centre, between
// the two nearest anchors. The anchors are chosen so that each year's mean over its twelve months is
// the path's value (the mean of year y is (a[y-1] + 6 a[y] + a[y+1]) / 8), so the annual means the
// values were calibrated to stay; where the path is linear the anchor is the year's value. A year
// missing from the path takes its value as YearPath::at does (the nearest earlier year); outside the
// path's first and last years the path is flat at its end values.
#include "sancsim/engine/date.hpp"
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

// The value of `path` in `month`: mean-keeping mid-year anchors, linear interpolation between them.
double smooth_path_at(const YearPath& path, YearMonth month);

// A path with a dated break (`start`, e.g. the sanctions of 24 Feb 2022) rather than a step on
// 1 January: before `start` the value of the year before it; from `start` to the end of its year the
// start year's value (its mean over the months since the break stays the path's value); then a linear
// move to the next year's value at its mid-year anchor, and later years' values as mid-year anchors
// (not mean-keeping). The month of `start` blends by its days from the start on.
double smooth_path_from(const YearPath& path, YearMonth month, Date start);

}  // namespace sancsim
