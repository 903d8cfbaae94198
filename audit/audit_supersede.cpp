#include "audit/audit_supersede.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace cpdoc {

void mark_superseded(std::vector<AuditDocument>& documents, const std::optional<Date>& today) {
    std::map<std::pair<std::string, std::string>, std::vector<AuditDocument*>> series;
    for (AuditDocument& document : documents) {
        const std::string child = ascii_lowercase(trim(document.child));
        if (!child.empty() && !document.kind.empty() && document.date && document.error.empty())
            series[{child, document.kind}].push_back(&document);
    }
    for (auto& [key, members] : series) {
        std::stable_sort(
            members.begin(), members.end(),
            [](const AuditDocument* a, const AuditDocument* b) { return *a->date < *b->date; });
        // From the last: `next` is the first document dated after this one (one of the same
        // day does not supersede), found once per date rather than once per document.
        std::size_t next = members.size();
        for (std::size_t i = members.size(); i-- > 0;) {
            if (i + 1 < members.size() && *members[i]->date < *members[i + 1]->date)
                next = i + 1;
            if (next == members.size())
                continue;
            members[i]->superseded = true;
            const Date& later = *members[next]->date;
            if (!today || later < *today)
                members[i]->judged_as_of = later;
        }
    }
}

} // namespace cpdoc
