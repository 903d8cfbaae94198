// What the findings of an audit say alike, kept once: rule ids, section names and messages
// repeat across a service's documents, and a pack's citations across its rules' findings, so
// an audit of 100,000 documents keeps one copy of each instead of one a finding.
#pragma once

#include "policies/policy.hpp"

#include <set>
#include <string>
#include <string_view>
#include <unordered_set>

namespace cpdoc {

class AuditStrings {
public:
    // The kept copy, which lives as long as this; not safe to call from two threads at once.
    std::string_view keep(std::string_view text);
    const Citation* keep(const Citation& citation);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    struct CitationOrder {
        bool operator()(const Citation& a, const Citation& b) const;
    };
    // Node-based, so a kept string or citation never moves.
    std::unordered_set<std::string, Hash, std::equal_to<>> texts_;
    std::set<Citation, CitationOrder> citations_;
};

} // namespace cpdoc
