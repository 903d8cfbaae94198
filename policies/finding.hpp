// What the checker says about a document.
#pragma once

#include "grammar/date.hpp"
#include "grammar/model.hpp"
#include "policies/policy.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// Where a finding is in a Word document, which has no lines (spec section 9): the section's
// heading (empty before the first), "table 1, row 3" or "paragraph 4", and the first words.
struct FindingPlace {
    std::string section;
    std::string where;
    std::string snippet;
};

struct Finding {
    std::string rule_id;
    Severity severity = Severity::error;
    Position pos;
    std::string message;
    std::optional<Citation> citation;
    bool suppressed = false;
    std::string suppression_reason;
    std::optional<FindingPlace> place; // set when the document was read from Word
};

// A timescale cpdoc computed: what must happen by when, and whether it did.
struct Deadline {
    std::string rule_id;
    std::string what; // "Notify the case conference chair"
    Date due;
    std::optional<Date> met_on; // when it happened, if it did
    Position pos;               // what started the clock
};

struct CheckResult {
    std::string kind;      // document kind from front matter, may be empty
    std::string policy_id; // empty when no pack could be used
    std::string policy_version;
    std::shared_ptr<const Policy> policy; // the pack checked against, null when none could be used
    std::vector<Finding> findings;        // sorted by position
    // The ids of the rules run, owned by the rules and by `policy`: no string per rule.
    std::vector<std::string_view> rules_run;
    std::vector<std::string> rules_skipped; // enabled, but skipped in template mode
    std::vector<Deadline> deadlines;

    int count(Severity severity) const; // suppressed findings do not count
};

} // namespace cpdoc
