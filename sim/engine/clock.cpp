#include "sancsim/engine/clock.hpp"

namespace sancsim {

void Schedule::add(std::string name, Rate rate, Fn fn) {
  phases_.push_back(Phase{std::move(name), rate, std::move(fn)});
}

void Schedule::run(const Tick& t) const {
  for (const auto& p : phases_) {
    const bool due = p.rate == Rate::Daily || (p.rate == Rate::Weekly && t.week_start) ||
                     (p.rate == Rate::MonthStart && t.month_start) ||
                     (p.rate == Rate::MonthEnd && t.month_end);
    if (due) p.fn(t);
  }
}

std::vector<std::string> Schedule::names() const {
  std::vector<std::string> out;
  for (const auto& p : phases_) out.push_back(p.name);
  return out;
}

Tick Clock::tick() const {
  Tick t;
  t.today = today_;
  t.first = today_ == start_;
  t.week_start = t.first || today_.weekday() == 0;
  t.month_start = t.first || today_.day() == 1;
  t.month_end = today_ == end_ || today_.plus_days(1).day() == 1;
  return t;
}

}  // namespace sancsim
