#pragma once
// Buyer groups of Russian oil (one row per refiner type, country and grade; fixed arrays): how much
// each can take this week and the FOB discount it requires, from freight, intermediation, the
// sanctions risk it bears and its unfamiliarity with Russian grades; the risk premia it learns from
// sanction news and forgets; what it is owed and has bought.
#include <array>
#include <cstddef>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/model/market.hpp"
#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy.hpp"

namespace sancsim {

class Buyers {
 public:
  explicit Buyers(const OilParams& p);

  // Buyer rows of grade `g`, in row order.
  const std::vector<std::size_t>& of(Grade g) const { return of_[static_cast<std::size_t>(g)]; }
  // Capacity this week: embargoes, the Western buyers' shunning (ramped), sanctions on the buyer.
  double effective_capacity(std::size_t b, const OilParams& p, const PolicyState& policy, Date today) const;
  // Required FOB discount this week; `designated_supply` is the designated share of Russian exports.
  double required_discount(std::size_t b, const OilParams& p, const PolicyState& policy, Date today,
                           const Markets& markets, double designated_supply) const;
  // A sanction action on its date: the risk premia buyers learn from it.
  void react(const PolicyEvent& e, const OilParams& p);
  // Daily: learned premia decay without new news.
  void forget(const OilParams& p);

  // Columns, one entry per buyer group.
  std::array<double, kBuyers> capacity_kbd{};     // effective this week
  std::array<double, kBuyers> required_usd{};     // required FOB discount this week
  std::array<double, kBuyers> ramp_usd{};         // spread of required discounts among its refiners
  std::array<double, kBuyers> freight_usd{};      // expected freight this week
  std::array<double, kBuyers> learned_usd{};      // learned risk premium
  std::array<double, kBuyers> cumulative_mbbl{};  // bought so far (learning)
  std::array<double, kBuyers> allotment_kbd{};    // cleared volume this week
  std::array<double, kBuyers> owed_kbbl{};        // cleared but not yet loaded

 private:
  std::array<std::vector<std::size_t>, kGrades> of_;
};

}  // namespace sancsim
