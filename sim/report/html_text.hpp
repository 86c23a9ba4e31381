#pragma once
// Text made safe for the page: HTML-escaped text, JSON that cannot close its <script> element,
// and numbers as a reader wants them in a table.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace sancsim::report {

// &, <, >, " and ' as entities.
std::string html_escape(std::string_view text);
// `j` serialised for a <script type="application/json"> element: every '<' is written \u003c,
// so no string inside can end the element (or open a comment).
std::string script_json(const nlohmann::json& j);
// A table cell's number: grouped thousands above 1,000, four significant digits below; "n/a" for NaN.
std::string table_number(double x);

}  // namespace sancsim::report
