#pragma once
// One clock for all phases: the simulation advances a day at a time, and each phase runs at its
// own rate (every day, at the start of each week, at the end of each month) on that clock.
// Dated events and voyage arrivals are processed on their exact day.
#include <algorithm>
#include <bit>
#include <functional>
#include <string>
#include <vector>

#include "sancsim/engine/date.hpp"

namespace sancsim {

// What the clock says about one day.
struct Tick {
  Date today;
  bool week_start = false;   // Monday, or the first simulated day
  bool month_start = false;  // first day of a month, or the first simulated day
  bool month_end = false;    // last day of a month, or the last simulated day
  bool first = false;        // first simulated day
};

enum class Rate { Daily, Weekly, MonthStart, MonthEnd };

// An ordered list of phases. Phases run in registration order within a day.
class Schedule {
 public:
  using Fn = std::function<void(const Tick&)>;
  void add(std::string name, Rate rate, Fn fn);
  void run(const Tick& tick) const;
  std::vector<std::string> names() const;

 private:
  struct Phase {
    std::string name;
    Rate rate;
    Fn fn;
  };
  std::vector<Phase> phases_;
};

// Walks the calendar from start to end inclusive.
class Clock {
 public:
  Clock(Date start, Date end) : start_(start), end_(end), today_(start) {}
  bool done() const { return today_ > end_; }
  Tick tick() const;
  void advance() { today_ = today_.plus_days(1); }
  Date start() const { return start_; }
  Date end() const { return end_; }
  int total_days() const { return days_between(start_, end_) + 1; }

 private:
  Date start_, end_, today_;
};

// Items due on a given day (voyage arrivals) over days 0..days after `start`; an item due before
// the start counts as due on day 0, one due after the horizon on its last day. The caller clears
// the bucket that due() returns once it has handled it.
//
// The buckets form a ring of a power-of-two number of days (grown when an item is due further
// ahead than the ring reaches), so a run of any length reuses a few hundred buckets, whose
// capacity stays: after warming up, pushing and taking items allocates nothing. A push may move
// the buckets, so do not push while holding the bucket that due() returned.
template <class T>
class DayQueue {
 public:
  // Each bucket reserves room for `per_day` items, so that the daily loop does not allocate while
  // the ring warms up either.
  DayQueue(Date start, int days, std::size_t ring_days = 256, std::size_t per_day = 32)
      : start_(start), last_(days), buckets_(std::bit_ceil(ring_days)), day_of_(buckets_.size(), -1) {
    for (auto& b : buckets_) b.reserve(per_day);
  }

  void push(Date due, T item) {
    const int day = index(due);
    std::size_t slot = slot_of(day);
    while (day_of_[slot] != day && !buckets_[slot].empty()) {
      if (day_of_[slot] < taken_) {
        buckets_[slot].clear();  // a day already past that nobody takes any more
        break;
      }
      grow();  // another waiting day shares the slot
      slot = slot_of(day);
    }
    day_of_[slot] = day;
    buckets_[slot].push_back(item);
  }

  std::vector<T>& due(Date when) {
    const int day = index(when);
    taken_ = std::max(taken_, day);
    const std::size_t slot = slot_of(day);
    if (day_of_[slot] == day) return buckets_[slot];
    none_.clear();
    return none_;
  }

 private:
  int index(Date d) const { return std::clamp(days_between(start_, d), 0, last_); }
  std::size_t slot_of(int day) const { return static_cast<std::size_t>(day) & (buckets_.size() - 1); }
  // Doubles the ring, moving each waiting bucket to its day's new slot.
  void grow() {
    std::vector<std::vector<T>> buckets(buckets_.size() * 2);
    std::vector<int> day_of(buckets.size(), -1);
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
      if (buckets_[i].empty()) continue;
      const std::size_t to = static_cast<std::size_t>(day_of_[i]) & (buckets.size() - 1);
      buckets[to] = std::move(buckets_[i]);
      day_of[to] = day_of_[i];
    }
    buckets_ = std::move(buckets);
    day_of_ = std::move(day_of);
  }

  Date start_;
  int last_;                             // the last day index; later items are due on it
  int taken_ = -1;                       // the latest day asked for
  std::vector<std::vector<T>> buckets_;  // size: a power of two
  std::vector<int> day_of_;              // the day each bucket holds, -1 if none yet
  std::vector<T> none_;                  // returned for a day with nothing due
};

}  // namespace sancsim
