// What an audit prints at its end, and the order documents are to be looked at in.
#include "audit_reports.hpp"
#include "plural.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace cpdoc {

void rank_documents(AuditContext& context) {
    const std::vector<AuditDocument>& documents = context.audit.documents;
    context.priority.assign(documents.size(), 0);
    for (std::size_t i = 0; i < context.stats.first.size(); ++i)
        context.priority[static_cast<std::size_t>(context.stats.first[i] - documents.data())] =
            static_cast<int>(i + 1);
}

std::string audit_summary(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    std::ostringstream out;
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.1f%%", stats.compliance() * 100.0);
    out << plural(stats.documents, "document") << " checked ("
        << plural(context.audit.skipped, "other file") << " skipped";
    if (stats.unreadable > 0)
        out << ", " << stats.unreadable << " unreadable";
    out << "): " << rate << " without errors; " << plural(stats.errors, "error") << ", "
        << plural(stats.warnings, "warning") << ".\n";
    for (const AuditDocument& document : context.audit.documents)
        if (!document.error.empty())
            out << "  unreadable: " << document.path << ": " << document.error << '\n';
    std::vector<RuleStats> rules = stats.rules;
    std::stable_sort(rules.begin(), rules.end(),
                     [](const RuleStats& a, const RuleStats& b) { return a.failing > b.failing; });
    for (std::size_t i = 0; i < rules.size() && i < 5 && rules[i].failing > 0; ++i)
        out << "  " << rules[i].id << ": " << rules[i].failing << " of "
            << plural(rules[i].checked, "document") << '\n';
    if (stats.teams.size() > 1) {
        const TeamStats& weakest = stats.teams.front();
        std::snprintf(rate, sizeof rate, "%.1f%%", weakest.compliance() * 100.0);
        out << "Weakest team: " << weakest.name << ", " << rate << " without errors.\n";
    }
    if (!stats.first.empty())
        out << "Look first at " << stats.first.front()->path << " (risk "
            << stats.first.front()->risk << ").\n";
    if (context.changes)
        out << "Since " << context.changes->since << ": " << context.changes->total.added
            << " new, " << context.changes->total.fixed << " fixed, "
            << context.changes->total.unchanged << " unchanged.\n";
    char speed[96];
    const double seconds = context.audit.seconds > 0 ? context.audit.seconds : 1e-9;
    std::snprintf(speed, sizeof speed, "%.2f s, %.0f documents/s, %.1f MB/s\n",
                  context.audit.seconds, stats.documents / seconds,
                  double(context.audit.bytes) / 1e6 / seconds);
    out << speed;
    return out.str();
}

} // namespace cpdoc
