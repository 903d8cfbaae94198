#include "chronology_merge.hpp"

#include "checker/chronology.hpp"
#include "checker/text_match.hpp"
#include "grammar/values.hpp"

#include <algorithm>
#include <set>

namespace cpdoc {
namespace {

struct Row {
    Date date;
    std::string type;
    std::string event;
    std::string source;
    std::vector<std::string> also_reported_by;
};

std::string front_value(const DocumentView& view, std::string_view key) {
    const FrontMatterEntry* entry = view.front(key);
    return entry == nullptr ? std::string() : std::string(trim(entry->value.text));
}

// Two rows are one event when they share a date and a type and come from different sources.
bool same_event(const Row& a, const Row& b) {
    return a.date == b.date && fold_name(a.type) == fold_name(b.type) &&
           fold_name(a.source) != fold_name(b.source);
}

std::string cell(std::string text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '|' && (i == 0 || text[i - 1] != '\\'))
            out += '\\';
        out += text[i] == '\n' ? ' ' : text[i];
    }
    return out;
}

} // namespace

MergeResult merge_chronologies(const std::vector<MergeInput>& inputs) {
    MergeResult result;
    std::string child, policy;
    bool registered = false;
    std::vector<Row> rows;
    for (const MergeInput& input : inputs) {
        const DocumentView& view = *input.view;
        if (view.kind() != "chronology") {
            result.error = input.path + ": is not a chronology (document: " + view.kind() + ")";
            return result;
        }
        const std::string this_child = front_value(view, "child");
        if (child.empty())
            child = this_child;
        else if (this_child != child) {
            result.error = input.path + ": is for child " + this_child + ", not " + child +
                           "; only one child's chronologies can be merged";
            return result;
        }
        if (policy.empty())
            policy = front_value(view, "policy");
        registered = registered || view.front_yes("registered");
        const std::string agency = front_value(view, "agency");
        for (const ChronologyEntry& entry : read_chronology(view).entries) {
            if (!entry.date) {
                result.error = input.path + ":" + std::to_string(entry.row->line) +
                               ": an entry with no valid date cannot be placed in date order";
                return result;
            }
            Row row{*entry.date,
                    entry.type_cell ? entry.type_cell->text : "",
                    entry.event_cell ? entry.event_cell->text : "",
                    entry.source_cell ? entry.source_cell->text : "",
                    {}};
            if (trim(row.source).empty())
                row.source = agency;
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.date < b.date; });
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = i + 1; j < rows.size() && rows[j].date == rows[i].date; ++j)
            if (same_event(rows[i], rows[j])) {
                rows[i].also_reported_by.push_back(rows[j].source);
                rows[j].also_reported_by.push_back(rows[i].source);
            }

    std::string out = "---\ndocument: chronology\n";
    if (!policy.empty())
        out += "policy: " + policy + "\n";
    out += "child: " + child + "\nregistered: " + std::string(registered ? "yes" : "no") +
           "\n---\n# Integrated chronology — " + child + "\n\nMerged by cpdoc from " +
           std::to_string(inputs.size()) +
           " single-agency chronologies. Rows marked in "
           "\"Also reported by\" are one event recorded by more than one agency; both records "
           "are kept.\n\n## Chronology\n\n| Date | Type | Event | Source | Also reported by |\n"
           "| --- | --- | --- | --- | --- |\n";
    for (const Row& row : rows) {
        std::string also;
        for (const std::string& source : row.also_reported_by)
            also += (also.empty() ? "" : "; ") + source;
        out += "| " + row.date.iso() + " | " + cell(row.type) + " | " + cell(row.event) + " | " +
               cell(row.source) + " | " + cell(also) + " |\n";
        result.shared_events += also.empty() ? 0 : 1;
    }
    result.entries = static_cast<int>(rows.size());
    result.document = std::move(out);
    return result;
}

} // namespace cpdoc
