#include "chronology_merge.hpp"

#include "checker/chronology.hpp"
#include "checker/text_match.hpp"
#include "grammar/values.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

struct Row {
    Date date;
    std::string type;
    std::string event;
    std::string source;
    std::size_t input;                                      // which chronology it came from
    std::vector<std::pair<std::string, std::string>> extra; // folded column name -> cell
    std::vector<std::string> also_reported_by;
};

// A column the merged table carries beyond the four the dialect names, e.g. `Impact`.
struct ExtraColumn {
    std::string folded;
    std::string header;
};

std::string front_value(const DocumentView& view, std::string_view key) {
    const FrontMatterEntry* entry = view.front(key);
    return entry == nullptr ? std::string() : std::string(trim(entry->value.text));
}

// Who reported an entry, as a reader of the integrated chronology needs it: the agency,
// with the record it comes from.
std::string attributed_source(const std::string& agency, std::string_view source) {
    source = trim(source);
    if (agency.empty())
        return std::string(source);
    if (source.empty() || contains_phrase(source, agency))
        return source.empty() ? agency : std::string(source);
    return agency + " — " + std::string(source);
}

// The same event: one date and one type, recorded by two different chronologies. Two entries
// of one chronology are two events (two visits on one day), never one.
bool same_event(const Row& a, const Row& b) {
    return a.input != b.input && a.date == b.date && fold_name(a.type) == fold_name(b.type);
}

std::string cell(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '|' && (i == 0 || text[i - 1] != '\\'))
            out += '\\';
        out += text[i] == '\n' ? ' ' : text[i];
    }
    return out;
}

// The cells of a row's header that are not the dialect's four columns.
void read_extra_columns(const DocumentView& view, const ChronologyEntry& entry, Row& row,
                        std::vector<ExtraColumn>& columns) {
    const SectionSpec* spec = view.spec("Chronology");
    const Table* table = entry.table;
    for (std::size_t c = 0; c < table->header.size() && c < entry.row->cells.size(); ++c) {
        const std::string& header = table->header[c].text;
        if (spec != nullptr && spec->field(header) != nullptr)
            continue;
        const std::string folded = fold_key(header);
        if (std::none_of(columns.begin(), columns.end(),
                         [&](const ExtraColumn& column) { return column.folded == folded; }))
            columns.push_back({folded, std::string(trim(header))});
        row.extra.emplace_back(folded, entry.row->cells[c].text);
    }
}

} // namespace

MergeResult merge_chronologies(const std::vector<MergeInput>& inputs,
                               const std::string& policy_override) {
    MergeResult result;
    std::string child, policy = policy_override;
    std::string policy_from;
    bool registered = false;
    std::vector<Row> rows;
    std::vector<std::string> reporters; // per input: its agency, or its path
    std::vector<ExtraColumn> extra_columns;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const MergeInput& input = inputs[i];
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
        const std::string this_policy = front_value(view, "policy");
        if (policy_override.empty() && !this_policy.empty()) {
            if (policy.empty()) {
                policy = this_policy;
                policy_from = input.path;
            } else if (this_policy != policy) {
                result.error = input.path + ": is checked under " + this_policy + ", " +
                               policy_from + " under " + policy +
                               "; say which policy the integrated chronology follows with "
                               "--policy";
                return result;
            }
        }
        registered = registered || view.front_yes("registered");
        const std::string agency = front_value(view, "agency");
        reporters.push_back(agency.empty() ? input.path : agency);
        for (const ChronologyEntry& entry : read_chronology(view).entries) {
            if (!entry.date) {
                result.error = input.path + ":" + std::to_string(entry.row->line) +
                               ": an entry with no valid date cannot be placed in date order";
                return result;
            }
            Row row{*entry.date,
                    entry.type_cell ? entry.type_cell->text : "",
                    entry.event_cell ? entry.event_cell->text : "",
                    attributed_source(agency, entry.source_cell ? entry.source_cell->text : ""),
                    i,
                    {},
                    {}};
            read_extra_columns(view, entry, row, extra_columns);
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.date < b.date; });
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = i + 1; j < rows.size() && rows[j].date == rows[i].date; ++j)
            if (same_event(rows[i], rows[j])) {
                rows[i].also_reported_by.push_back(reporters[rows[j].input]);
                rows[j].also_reported_by.push_back(reporters[rows[i].input]);
            }

    std::string out = "---\ndocument: chronology\n";
    if (!policy.empty())
        out += "policy: " + policy + "\n";
    out += "child: " + child + "\nregistered: " + std::string(registered ? "yes" : "no") +
           "\n---\n# Integrated chronology — " + child + "\n\nMerged by cpdoc from " +
           std::to_string(inputs.size()) +
           " single-agency chronologies. Rows marked in "
           "\"Also reported by\" are one event recorded by more than one agency; both records "
           "are kept, and the event is counted once.\n\n## Chronology\n\n| Date | Type | Event | "
           "Source |";
    std::string rule = "| --- | --- | --- | --- |";
    for (const ExtraColumn& column : extra_columns) {
        out += " " + cell(column.header) + " |";
        rule += " --- |";
    }
    out += " Also reported by |\n" + rule + " --- |\n";
    for (const Row& row : rows) {
        out += "| " + row.date.iso() + " | " + cell(row.type) + " | " + cell(row.event) + " | " +
               cell(row.source) + " |";
        for (const ExtraColumn& column : extra_columns) {
            const auto found =
                std::find_if(row.extra.begin(), row.extra.end(),
                             [&](const auto& extra) { return extra.first == column.folded; });
            out += " " + (found == row.extra.end() ? std::string() : cell(found->second)) + " |";
        }
        std::string also;
        for (const std::string& reporter : row.also_reported_by)
            also += (also.empty() ? "" : "; ") + reporter;
        out += " " + cell(also) + " |\n";
        result.shared_events += also.empty() ? 0 : 1;
    }
    result.entries = static_cast<int>(rows.size());
    result.document = std::move(out);
    return result;
}

} // namespace cpdoc
