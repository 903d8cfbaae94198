#include "audit/audit_stats.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace cpdoc {
namespace {

// Rules counted over some documents: which ran, which failed, with what.
class RuleTally {
public:
    void add(const AuditDocument& document) {
        if (document.rules_run)
            ++runs_[document.rules_run.get()];
        // A document fails few rules: a short list, not a set, says which were counted.
        failing_.clear();
        for (const AuditFinding& finding : document.findings) {
            if (finding.suppressed)
                continue;
            RuleStats& rule = rules_[finding.rule_id];
            ++rule.findings;
            rule.weight = std::max(rule.weight, finding.weight);
            if (!rule.citation && finding.citation)
                rule.citation = *finding.citation;
            if (finding.counts() &&
                std::find(failing_.begin(), failing_.end(), &rule) == failing_.end()) {
                failing_.push_back(&rule);
                ++rule.failing;
            }
        }
    }

    // By id.
    std::vector<RuleStats> rules() const {
        std::map<std::string_view, RuleStats> rules(rules_.begin(), rules_.end());
        for (const auto& [list, documents] : runs_)
            for (const std::string& id : *list)
                rules[id].checked += static_cast<int>(documents);
        std::vector<RuleStats> out;
        for (auto& [id, rule] : rules) {
            rule.id = std::string(id);
            rule.checked = std::max(rule.checked, rule.failing);
            out.push_back(std::move(rule));
        }
        return out;
    }

private:
    // By the audit's kept rule ids (AuditStrings), which outlive the tally; hashed, as this
    // runs once per document on one thread after the workers.
    std::unordered_map<std::string_view, RuleStats> rules_;
    std::vector<const RuleStats*> failing_;
    // How many documents ran each list of rules: documents share their lists (SharedKeep),
    // so a list is counted, not each of its rules once per document.
    std::map<const std::vector<std::string>*, std::size_t> runs_;
};

void add_to(GroupStats& group, bool compliant) {
    ++group.documents;
    group.compliant += compliant ? 1 : 0;
}

template <class Group> std::vector<Group> named(std::map<std::string, Group>& groups) {
    std::vector<Group> out;
    for (auto& [name, group] : groups) {
        group.name = name;
        out.push_back(std::move(group));
    }
    return out;
}

} // namespace

const RuleStats* TeamStats::rule(const std::string& id) const {
    const auto it = std::lower_bound(
        rules.begin(), rules.end(), id,
        [](const RuleStats& rule, const std::string& key) { return rule.id < key; });
    return it != rules.end() && it->id == id ? &*it : nullptr;
}

AuditStats audit_stats(const AuditResult& audit) {
    AuditStats stats;
    RuleTally all;
    std::map<std::string, RuleTally> by_team;
    std::map<std::string, GroupStats> kinds, packs;
    std::map<std::string, TeamStats> teams;
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
        add_to(kinds[document.kind.empty() ? "(unknown)" : document.kind], compliant);
        add_to(packs[document.policy.empty() ? "(none)" : document.policy], compliant);
        TeamStats& team = teams[document.team];
        add_to(team, compliant);
        team.errors += document.errors;
        team.warnings += document.warnings;
        team.risk += document.risk;
        all.add(document);
        by_team[document.team].add(document);
        if (document.errors + document.warnings > 0)
            stats.first.push_back(&document);
    }
    stats.rules = all.rules();
    stats.kinds = named(kinds);
    stats.packs = named(packs);
    for (auto& [name, team] : teams)
        team.rules = by_team[name].rules();
    stats.teams = named(teams);
    std::stable_sort(stats.teams.begin(), stats.teams.end(),
                     [](const TeamStats& a, const TeamStats& b) {
                         if (a.compliance() != b.compliance())
                             return a.compliance() < b.compliance();
                         return a.risk > b.risk;
                     });
    std::stable_sort(stats.first.begin(), stats.first.end(), [](const auto* a, const auto* b) {
        return a->risk != b->risk ? a->risk > b->risk : a->errors > b->errors;
    });
    return stats;
}

} // namespace cpdoc
