#pragma once
// A yearly path read as a smooth monthly path after a dated break. Many yearly values are annual
// levels of a flow that moves within the year (import access, capital outflow, gas export earnings);
// read as a step on 1 January they put a false shock into the first month of every year (January 2023:
// imports +10%, gas exports -60% at once). Read here, the path steps once, on the day of its break
// (the sanctions of 24 Feb 2022, or the calibrated 2022 levels from 1 January), holds the break year's
// value to that year's end (its mean over the months since the break stays the calibrated value),
// then moves linearly to the next year's value at its mid-year (the boundary between June and July),
// and on between later years' mid-year anchors; flat after the last. A year missing from the path
// takes its value as YearPath::at does (the nearest earlier year).
#include "sancsim/engine/date.hpp"
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

// The value of `path` in `month` for a break on `start`: the year before's value before it; the month
// of `start` blends the two by its days from the start on.
double smooth_path_from(const YearPath& path, YearMonth month, Date start);

}  // namespace sancsim
