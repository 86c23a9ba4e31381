#include "sancsim/model/params.hpp"

namespace sancsim {

ParamTable describe(Params& p) {
  ParamTable t;
  describe_oil(t, p.oil);
  t.section("");
  describe_state(t, p.state);
  t.section("");
  return t;
}

}  // namespace sancsim
