#include "audit/audit_strings.hpp"

#include <tuple>

namespace cpdoc {

std::string_view AuditStrings::keep(std::string_view text) {
    if (text.empty())
        return {};
    if (const auto it = texts_.find(text); it != texts_.end())
        return *it;
    return *texts_.emplace(text).first;
}

const Citation* AuditStrings::keep(const Citation& citation) {
    return &*citations_.insert(citation).first;
}

bool AuditStrings::CitationOrder::operator()(const Citation& a, const Citation& b) const {
    return std::tie(a.source, a.section, a.quote) < std::tie(b.source, b.section, b.quote);
}

} // namespace cpdoc
