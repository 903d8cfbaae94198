// The audit report: one HTML file with inline SVG charts and CSS, no scripts and no external
// assets, readable on screen and in print.
#include "audit_html_kit.hpp"
#include "audit_html_sections.hpp"
#include "plural.hpp"
#include "reports.hpp"

#include <algorithm>
#include <sstream>

namespace cpdoc {
namespace {

const char* style = R"css(
:root { color-scheme: light; }
body { font: 15px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1c1c1c;
       margin: 2rem auto; max-width: 62rem; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem;
     border-bottom: 2px solid #1c1c1c; padding-bottom: .2rem; }
.meta { color: #444; margin-top: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1.2rem 0; }
.tile { border: 1px solid #999; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.tile b { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; }
th, td { border-bottom: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; }
td.ok { background: #e3f1e7; } td.low { background: #fbefd5; } td.bad { background: #f8dcd9; }
.wide { overflow-x: auto; }
.new { font-weight: bold; color: #b3261e; } .fixed { color: #1b6e3a; }
details.document { border: 1px solid #bbb; border-radius: 6px; margin: .5rem 0; padding: .3rem .8rem; }
details.document > summary { cursor: pointer; }
details.quote > summary { color: #444; font-size: .9em; cursor: pointer; }
blockquote { margin: .2rem 0 .2rem 1rem; color: #333; font-style: italic; }
.chart text { font: 13px "DejaVu Sans", Arial, sans-serif; fill: #1c1c1c; }
.chart .track { fill: #e6e6e6; } .chart .grid { stroke: #ccc; }
.chart .line { fill: none; stroke: #1b4e8a; stroke-width: 2.5; } .chart .point { fill: #1b4e8a; }
.marking { text-align: center; font-weight: bold; letter-spacing: .05em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } table, svg, .tile { break-inside: avoid; }
  details.document { break-inside: avoid; }
  @page { margin: 18mm 15mm; }
}
)css";

std::string header(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    const AuditResult& audit = context.audit;
    std::ostringstream html;
    html << "<h1>Quality assurance audit of child protection records</h1>\n<p class=\"meta\">"
         << "Audit date " << html_escape(context.date) << ". Scope: ";
    for (std::size_t i = 0; i < audit.scope.size(); ++i)
        html << (i ? ", " : "") << "<code>" << html_escape(audit.scope[i]) << "</code>";
    html << ". " << stats.documents << " documents checked, " << audit.skipped
         << " other files skipped"
         << (stats.unreadable ? ", " + std::to_string(stats.unreadable) + " unreadable" : "")
         << (context.team_depth == 0 ? ". Teams are not counted (--team-depth 0)."
             : context.team_depth == 1
                 ? ". Teams are the folders just below the scope."
                 : ". Teams are the first " + std::to_string(context.team_depth) +
                       " folder levels below the scope.");
    if (audit.judged_earlier > 0)
        html << " " << plural(audit.judged_earlier, "document")
             << " that a later one of the same child and kind supersedes "
             << (audit.judged_earlier == 1 ? "was" : "were")
             << " judged as of that later document's date.";
    if (context.redacted)
        html << " Redacted: documents are known by pseudonyms"
             << (context.teams_declared ? " (team folders by their names, declared as teams)" : "")
             << ", and each finding is told in its rule's own words.";
    html << "</p>\n<div class=\"tiles\">"
         << "<div class=\"tile\"><b>" << whole_percent(stats.compliance())
         << "</b>documents without errors</div>"
         << "<div class=\"tile\"><b>" << stats.documents << "</b>documents</div>"
         << "<div class=\"tile\"><b>" << stats.errors << "</b>errors</div>"
         << "<div class=\"tile\"><b>" << stats.warnings << "</b>warnings</div></div>\n";
    return html.str();
}

std::string compliance_charts(const AuditStats& stats) {
    std::ostringstream html;
    html << "<h2>Compliance by rule</h2>\n<p>Share of the documents each rule checked that have "
            "no error or warning from it, weakest first.</p>\n";
    std::vector<Bar> rule_bars;
    std::vector<RuleStats> rules = stats.rules;
    std::stable_sort(rules.begin(), rules.end(), [](const RuleStats& a, const RuleStats& b) {
        return a.compliance() < b.compliance();
    });
    for (const RuleStats& rule : rules)
        rule_bars.push_back({rule.id, rule.compliance(),
                             "(" + std::to_string(rule.failing) + " of " +
                                 std::to_string(rule.checked) + " fall short)"});
    html << bar_chart("Compliance by rule", rule_bars);

    auto group_bars = [](const std::vector<GroupStats>& groups) {
        std::vector<Bar> bars;
        for (const GroupStats& group : groups)
            bars.push_back({group.name, group.compliance(),
                            "(" + std::to_string(group.compliant) + " of " +
                                std::to_string(group.documents) + " without errors)"});
        return bars;
    };
    html << "<h2>Compliance by document kind</h2>\n<p>Documents without errors.</p>\n"
         << bar_chart("Compliance by document kind", group_bars(stats.kinds))
         << "<h2>Compliance by policy</h2>\n<p>Documents without errors.</p>\n"
         << bar_chart("Compliance by policy", group_bars(stats.packs));
    return html.str();
}

std::string rules_table(const AuditStats& stats) {
    std::ostringstream html;
    html << "<h2>Rules and the policy they come from</h2>\n<table>\n<tr><th>Rule</th>"
            "<th class=\"num\">Weight</th><th class=\"num\">Documents failing</th>"
            "<th>Policy</th></tr>\n";
    for (const RuleStats& rule : stats.rules) {
        html << "<tr><td><code>" << html_escape(rule.id) << "</code></td><td class=\"num\">"
             << rule.weight << "</td><td class=\"num\">" << rule.failing << " of " << rule.checked
             << "</td><td>";
        if (rule.citation)
            html << html_escape(brief_citation(*rule.citation)) << "<blockquote>"
                 << html_escape(rule.citation->quote) << "</blockquote>";
        html << "</td></tr>\n";
    }
    html << "</table>\n";
    return html.str();
}

} // namespace

std::string audit_html(const AuditContext& context) {
    std::ostringstream html;
    html << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>cpdoc audit " << html_escape(context.date) << "</title>\n<style>" << style
         << "</style>\n</head>\n<body>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n"
         << header(context);
    if (!context.history.empty())
        html << "<h2>Trend across audits</h2>\n<p>Audits of the same scope, by date.</p>\n"
             << trend_chart(context.history);
    html << changes_section(context) << first_section(context) << teams_section(context)
         << compliance_charts(context.stats) << findings_section(context)
         << rules_table(context.stats) << "<p class=\"meta\">Made by cpdoc on "
         << html_escape(context.date)
         << ". The findings are a check against encoded local policy; they support, and do not "
            "replace, professional judgement.</p>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n"
            "</body>\n</html>\n";
    return html.str();
}

} // namespace cpdoc
