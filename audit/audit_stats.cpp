#include "audit/audit_stats.hpp"

#include <algorithm>
#include <set>

namespace cpdoc {

AuditStats audit_stats(const AuditResult& audit) {
    AuditStats stats;
    std::map<std::string, RuleStats> rules;
    std::map<std::string, GroupStats> kinds, packs;
    for (const AuditDocument& document : audit.documents) {
        if (!document.error.empty()) {
            ++stats.unreadable;
            continue;
        }
        ++stats.documents;
        const bool compliant = document.errors == 0;
        stats.compliant += compliant ? 1 : 0;
        stats.errors += document.errors;
        stats.warnings += document.warnings;
        for (auto* group : {&kinds[document.kind.empty() ? "(unknown)" : document.kind],
                            &packs[document.policy.empty() ? "(none)" : document.policy]}) {
            ++group->documents;
            group->compliant += compliant ? 1 : 0;
        }
        if (document.rules_run)
            for (const std::string& id : *document.rules_run)
                ++rules[id].checked;
        std::set<std::string> failing;
        for (const Finding& finding : document.findings) {
            if (finding.suppressed)
                continue;
            RuleStats& rule = rules[finding.rule_id];
            ++rule.findings;
            if (!rule.citation && finding.citation)
                rule.citation = finding.citation;
            if (finding.severity != Severity::note)
                failing.insert(finding.rule_id);
        }
        for (const std::string& id : failing)
            ++rules[id].failing;
    }
    for (auto& [id, rule] : rules) {
        rule.id = id;
        rule.checked = std::max(rule.checked, rule.failing);
        stats.rules.push_back(rule);
    }
    for (auto& [name, group] : kinds) {
        group.name = name;
        stats.kinds.push_back(group);
    }
    for (auto& [name, group] : packs) {
        group.name = name;
        stats.packs.push_back(group);
    }
    for (const AuditDocument& document : audit.documents)
        if (document.error.empty() && document.errors > 0)
            stats.worst.push_back(&document);
    std::stable_sort(stats.worst.begin(), stats.worst.end(),
                     [](const auto* a, const auto* b) { return a->errors > b->errors; });
    if (stats.worst.size() > 20)
        stats.worst.resize(20);
    return stats;
}

} // namespace cpdoc
