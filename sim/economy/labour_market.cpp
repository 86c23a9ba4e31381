// The labour market of the agent economy: the army's offer and recruitment, search and matching of
// workers with firms' vacancies, and the dated population events (mobilisation, emigration).
#include "agent_economy_month.hpp"

#include <algorithm>
#include <cmath>

#include "sancsim/economy/quits.hpp"

namespace sancsim {

using namespace agent_economy_detail;

double AgentEconomy::army_offer_rub(const AgentEconomyParams& p, int year) const {
  // Pay plus the sign-up bonus spread over a year's contract.
  return p.military_pay_rub_per_month.at(year) + p.signup_bonus_rub.at(year) / 12.0;
}

// Firms plan output from expected demand and inventories, post vacancies or mark workers to let go,
// and decide investment.

void AgentEconomy::army(const AgentEconomyParams& p, int year) {
  const double target = p.contract_soldiers_target_k.at(year) * 1000.0 / p.persons_per_agent;
  const double exit_share = p.army_exit_share_per_month.at(year);
  const double excess =
      soldiers_ > target ? p.army_adjustment_per_month * (soldiers_ - target) / soldiers_ : 0.0;
  const double benefit = p.unemployment_benefit_rub_per_month;
  const double leave = leavers_share(p);
  searchers_.clear();
  double exits = 0;
  const std::size_t n = hh_.size();
  for (std::size_t h = 0; h < n; ++h) {
    const Status st = hh_.status[h];
    if (st == Status::Retired || st == Status::Mobilised || st == Status::Emigrated) continue;
    const double u = rng_.uniform();
    if (st == Status::Soldier) {
      if (u < exit_share + excess) {  // contract ends (or demobilisation): back to the civilian labour market
        hh_.status[h] = Status::Unemployed;
        hh_.wage_rub[h] = benefit;
        exits += 1;
        searchers_.push_back(static_cast<std::int32_t>(h));
      }
      continue;
    }
    if (st == Status::Unemployed) {
      searchers_.push_back(static_cast<std::int32_t>(h));
      continue;
    }
    const auto f = static_cast<std::size_t>(hh_.employer[h]);
    if (u < firm_shed_[f] + leave) {
      flows_.separations += 1;
      --firms_.employees[f];
      hh_.status[h] = Status::Unemployed;
      hh_.employer[h] = -1;
      hh_.wage_rub[h] = benefit;
      searchers_.push_back(static_cast<std::int32_t>(h));
    } else if (u < firm_shed_[f] + leave + p.job_search_share) {
      searchers_.push_back(static_cast<std::int32_t>(h));
    }
  }
  soldiers_ -= exits;
  flows_.army_exits += exits;
  // Slots: replace this month's exits (not while demobilising) and close part of the gap to the target.
  army_slots_ = soldiers_ < target
                    ? (excess > 0 ? 0.0 : exits) + p.army_adjustment_per_month * (target - soldiers_)
                    : 0.0;
}

// Leavers to unemployment this month as a share of staff: separation_share, or with quits_with_tightness
// its voluntary part scaled by the vacancies posted this month per unemployed against the first month's.

double AgentEconomy::leavers_share(const AgentEconomyParams& p) {
  if (!p.quits_with_tightness) return p.separation_share;
  double posted = 0;
  for (const std::int32_t v : firms_.vacancies) posted += v;
  const auto unemployed =
      static_cast<double>(std::count(hh_.status.begin(), hh_.status.end(), Status::Unemployed));
  const double tightness = (posted + 1.0) / (unemployed + 1.0);
  if (quit_tightness_normal_ <= 0) quit_tightness_normal_ = tightness;
  leavers_share_ =
      leavers_to_unemployment_share(p.separation_share, p.quit_share_of_separations,
                                    p.quit_tightness_elasticity, tightness, quit_tightness_normal_);
  // With quit_tightness_normal_months the normal follows the market's own mean (geometric, that many
  // months' mean lag) instead of staying at the first month's.
  if (p.quit_tightness_normal_months > 0)
    quit_tightness_normal_ *=
        std::pow(tightness / quit_tightness_normal_, 1.0 / p.quit_tightness_normal_months);
  return leavers_share_;
}

// Search and matching: searchers in a random order each see a few open vacancies (and the army's
// offer when eligible) and take the best if it beats their own wage by the switching premium.

void AgentEconomy::labour_market(const AgentEconomyParams& p, int year) {
  open_firms_.clear();
  for (std::size_t f = 0; f < firms_.size(); ++f)
    if (firms_.vacancies[f] > 0) open_firms_.push_back(static_cast<std::int32_t>(f));
  // Fisher-Yates with the economy's stream: the order of search is random but reproducible.
  for (std::size_t i = searchers_.size(); i > 1; --i) std::swap(searchers_[i - 1], searchers_[rng_.below(i)]);
  const double army_offer = army_offer_rub(p, year);
  const double military_pay = p.military_pay_rub_per_month.at(year);
  const double bonus = p.signup_bonus_rub.at(year);
  bonuses_rub_ = 0;
  // Matching: a searcher meets offers with a probability that rises with vacancies per searcher.
  double open = army_slots_;
  for (const std::int32_t f : open_firms_) {
    open += firms_.vacancies[static_cast<std::size_t>(f)];
    flows_.vacancies += firms_.vacancies[static_cast<std::size_t>(f)];
  }
  const double meet =
      searchers_.empty()
          ? 0.0
          : std::min(1.0, matching_efficiency_ * std::sqrt(open / static_cast<double>(searchers_.size())));
  for (const std::int32_t hi : searchers_) {
    if (open_firms_.empty() && army_slots_ < 1.0) break;
    if (rng_.uniform() >= meet) continue;
    const auto h = static_cast<std::size_t>(hi);
    std::size_t best_slot = open_firms_.size();
    double best_wage = 0;
    for (int k = 0; k < p.vacancies_sampled && !open_firms_.empty(); ++k) {
      const auto slot = static_cast<std::size_t>(rng_.below(open_firms_.size()));
      const double w = firms_.wage_rub[static_cast<std::size_t>(open_firms_[slot])];
      if (w > best_wage) {
        best_wage = w;
        best_slot = slot;
      }
    }
    const bool employed = is_employee(hh_.status[h]);
    const double reservation = employed ? hh_.wage_rub[h] * (1.0 + p.switch_premium) : 0.0;
    const bool army =
        army_slots_ >= 1.0 && hh_.army_eligible[h] && army_offer > best_wage && army_offer > reservation;
    if (army) {
      flows_.army_recruits += 1;
      if (employed) {
        flows_.army_recruits_from_jobs += 1;
        --firms_.employees[static_cast<std::size_t>(hh_.employer[h])];
        ++firm_quits_[static_cast<std::size_t>(hh_.employer[h])];
      }
      hh_.status[h] = Status::Soldier;
      hh_.employer[h] = -1;
      hh_.wage_rub[h] = military_pay;
      hh_.deposits_rub[h] += bonus;  // paid by the federal budget (booked in household_pass)
      bonuses_rub_ += bonus;
      soldiers_ += 1;
      army_slots_ -= 1;
      continue;
    }
    if (best_slot == open_firms_.size() || best_wage <= reservation) continue;
    const auto f = static_cast<std::size_t>(open_firms_[best_slot]);
    flows_.hires += 1;
    if (employed) {
      flows_.job_to_job += 1;
      --firms_.employees[static_cast<std::size_t>(hh_.employer[h])];
      ++firm_quits_[static_cast<std::size_t>(hh_.employer[h])];
    }
    hh_.status[h] = employee_status(firms_.sector[f]);
    hh_.employer[h] = static_cast<std::int32_t>(f);
    hh_.wage_rub[h] = firms_.wage_rub[f];
    ++firms_.employees[f];
    ++firms_.hires[f];
    if (--firms_.vacancies[f] == 0) {
      open_firms_[best_slot] = open_firms_.back();
      open_firms_.pop_back();
    }
  }
}

std::size_t AgentEconomy::random_household(bool (*eligible)(const Households&, std::size_t)) {
  const std::size_t n = hh_.size();
  for (std::size_t tries = 0; tries < 64 * n; ++tries) {
    const auto h = static_cast<std::size_t>(rng_.below(n));
    if (eligible(hh_, h)) return h;
  }
  return n;
}

// Mobilisation and emigration as dated stocks: when a `set` event raises economy.mobilised_k, men of
// service age (army-eligible employees and unemployed) are called up at random and paid as soldiers;
// when it falls, reservists are demobilised into the civilian labour market. economy.emigrated_k does
// the same for working-age emigrants, who take their deposits abroad (a capital outflow).

void AgentEconomy::population_events(const AgentEconomyParams& p, int year) {
  const auto stock = [&](double k) {
    return static_cast<std::int64_t>(std::llround(k * 1000.0 / p.persons_per_agent));
  };
  const auto leave_job = [&](std::size_t h) {
    if (is_employee(hh_.status[h])) --firms_.employees[static_cast<std::size_t>(hh_.employer[h])];
    hh_.employer[h] = -1;
  };
  const std::int64_t mobilised = stock(p.mobilised_k), emigrated = stock(p.emigrated_k);
  for (; mobilised_ < mobilised; ++mobilised_) {
    const std::size_t h = random_household([](const Households& hh, std::size_t i) {
      return hh.army_eligible[i] && (is_employee(hh.status[i]) || hh.status[i] == Status::Unemployed);
    });
    if (h == hh_.size()) break;
    leave_job(h);
    hh_.status[h] = Status::Mobilised;
    hh_.wage_rub[h] = p.military_pay_rub_per_month.at(year);
  }
  for (std::size_t h = 0; h < hh_.size() && mobilised_ > mobilised; ++h)
    if (hh_.status[h] == Status::Mobilised) {
      hh_.status[h] = Status::Unemployed;
      hh_.wage_rub[h] = p.unemployment_benefit_rub_per_month;
      --mobilised_;
    }
  for (; emigrated_ < emigrated; ++emigrated_) {
    const std::size_t h = random_household([](const Households& hh, std::size_t i) {
      return is_employee(hh.status[i]) || hh.status[i] == Status::Unemployed;
    });
    if (h == hh_.size()) break;
    leave_job(h);
    hh_.status[h] = Status::Emigrated;
    hh_.wage_rub[h] = 0;
    settle_emigrant_loans(h);
    capital_outflow(Inst::Households, hh_.deposits_rub[h]);
    hh_.deposits_rub[h] = 0;
  }
  for (std::size_t h = 0; h < hh_.size() && emigrated_ > emigrated; ++h)
    if (hh_.status[h] == Status::Emigrated) {
      hh_.status[h] = Status::Unemployed;
      hh_.wage_rub[h] = p.unemployment_benefit_rub_per_month;
      --emigrated_;
    }
}

}  // namespace sancsim
