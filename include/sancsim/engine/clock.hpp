#pragma once
// One clock for all phases: the simulation advances a day at a time, and each phase runs at its
// own rate (every day, at the start of each week, at the end of each month) on that clock.
// Dated events and voyage arrivals are processed on their exact day.
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

// Items due on a given day (voyage arrivals): a bucket per day over a fixed horizon.
// Buckets keep their capacity, so a long run allocates only while it warms up.
template <class T>
class DayQueue {
 public:
  DayQueue(Date start, int days) : start_(start), buckets_(static_cast<std::size_t>(days + 1)) {}
  // Items due after the horizon land in the last bucket.
  void push(Date due, T item) { buckets_[index(due)].push_back(item); }
  std::vector<T>& due(Date day) { return buckets_[index(day)]; }

 private:
  std::size_t index(Date d) const {
    int i = days_between(start_, d);
    if (i < 0) i = 0;
    if (i >= static_cast<int>(buckets_.size())) i = static_cast<int>(buckets_.size()) - 1;
    return static_cast<std::size_t>(i);
  }
  Date start_;
  std::vector<std::vector<T>> buckets_;
};

}  // namespace sancsim
