// What the audit report's sections are drawn with: escaping, percentages, and inline SVG
// charts (no scripts, no external assets).
#pragma once

#include "audit/audit_history.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

std::string html_escape(std::string_view text); // printable, and safe in HTML text and attributes
std::string whole_percent(double fraction);     // "40%"

struct Bar {
    std::string label;
    double fraction;
    std::string detail;
};
std::string bar_chart(const std::string& title, const std::vector<Bar>& bars);
std::string trend_chart(const std::vector<HistoryPoint>& points);

// A class for a share of documents without a problem: ok, low or bad.
const char* share_class(double fraction);

} // namespace cpdoc
