// The numbers an audit report is made of, computed once from the audit's summaries.
#pragma once

#include "audit/audit_run.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct RuleStats {
    std::string id;
    int checked = 0;  // documents the rule ran on
    int failing = 0;  // documents with an error or warning from it
    int findings = 0; // its unsuppressed findings
    int weight = 0;   // the most it weighs in any pack the documents use
    std::optional<Citation> citation;
    double compliance() const { return checked == 0 ? 1.0 : 1.0 - double(failing) / checked; }
};

struct GroupStats {
    std::string name;
    int documents = 0;
    int compliant = 0; // no error
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

// A team's documents, and how each rule fares in them (the team × rule table).
struct TeamStats : GroupStats {
    int errors = 0;
    int warnings = 0;
    int risk = 0;                 // its documents' risk, summed
    std::vector<RuleStats> rules; // by id: every rule run on its documents
    const RuleStats* rule(const std::string& id) const;
};

struct AuditStats {
    int documents = 0;
    int compliant = 0;
    int unreadable = 0;
    int errors = 0;
    int warnings = 0;
    std::vector<RuleStats> rules;  // by id
    std::vector<GroupStats> kinds; // by name
    std::vector<GroupStats> packs; // by id
    std::vector<TeamStats> teams;  // weakest first: least compliant, then most risk
    // The documents to look at first: most risk first (then most errors), every document
    // with an error or a warning; a report shows as many as it has room for.
    std::vector<const AuditDocument*> first;
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

AuditStats audit_stats(const AuditResult& audit);

} // namespace cpdoc
