#pragma once
// Buyer groups of Russian oil (one row per refiner type, country and grade; fixed arrays): how much
// each can take this week and the FOB discount it requires, from freight, intermediation, the
// sanctions risk it bears and its unfamiliarity with Russian grades; the risk premia it learns from
// sanction news and forgets; what it is owed and has bought.
#include <array>
#include <cstddef>
#include <string>
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
  // Capacity this week: embargoes, the Western buyers' shunning (ramped), sanctions on the buyer,
  // and at most intake_kbd plus weekly_rise_kbd (absorption).
  double effective_capacity(std::size_t b, const OilParams& p, const PolicyState& policy, Date today) const;
  // Required FOB discount this week; `designated_supply` is the designated share of Russian exports.
  double required_discount(std::size_t b, const OilParams& p, const PolicyState& policy, Date today,
                           const Markets& markets, double designated_supply) const;
  // A sanction event on its date: the risk premia buyers learn from the action it belongs to (rows
  // of one date, kind and jurisdiction are one action), scaled by its novelty (earlier actions of
  // its kind), its target and the enforcement behind it (docs/MODEL.md §6).
  void react(const PolicyEvent& e, const OilParams& p, double enforcement);
  // After the shunning, until its other suppliers' annual term contracts are renewed, the part of a
  // group's slate they do not fill (docs/MODEL.md §6); infinite for a group without them.
  static double spot_room_kbd(const BuyerParams& bp, const PolicyState& policy, Date today);
  // The most a group's intake can rise in a week above what it has arranged for: a week's share of
  // absorption_share_per_month of its refinery runs (docs/MODEL.md §6).
  static double weekly_rise_kbd(const BuyerParams& bp, const OilParams& p);
  // How new the grade's buyer side is this week: the share of its allotments that go to groups new to
  // it (those that began with an unfamiliarity premium), times 2^(-what those groups have bought
  // between them / learning_volume_mbbl) (docs/MODEL.md §6).
  double new_buyer_share(Grade g, const OilParams& p) const;
  // Weekly, after clearing: the intake a group has arranged for, which bounds how fast it can take
  // more.
  void note_intake();
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
  std::array<double, kBuyers>
      intake_kbd{};  // the most it has arranged to take (its first week's, then its peak)
  std::array<double, kBuyers> designated_mbbl{};  // bought so far from designated sellers

  // True if group b may take a designated seller's oil: little exposure to US finance, or listed
  // itself (nothing left to lose).
  bool takes_designated(std::size_t b, const OilParams& p, const PolicyState& policy) const {
    return policy.buyer_listed[b] || p.buyers[b].exposure <= p.designated_buyer_exposure_max;
  }

 private:
  // The action the event belongs to, and the jump applied for it so far (a later row of the same
  // action adds only what its target adds).
  struct Action {
    int day = 0;
    EventKind kind = EventKind::Announcement;
    std::string jurisdiction;
    double size = 0;
  };
  std::array<std::vector<std::size_t>, kGrades> of_;
  std::vector<Action> today_actions_;
  std::array<int, 64> actions_of_kind_{};
  bool intake_noted_ = false;
};

}  // namespace sancsim
