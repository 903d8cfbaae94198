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
        for (std::size_t i = 0; i < members.size(); ++i) {
            // The next document dated after this one: one of the same day does not supersede.
            std::size_t next = i + 1;
            while (next < members.size() && !(*members[i]->date < *members[next]->date))
                ++next;
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
