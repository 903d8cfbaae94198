#include "compose/chronology_merge.hpp"
#include "compose/event_pairs.hpp"
#include "grammar/dialect_writer.hpp"

#include "grammar/clock_time.hpp"
#include "grammar/folding.hpp"
#include "grammar/yes_no.hpp"
#include "view/chronology_view.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <filesystem>

namespace cpdoc {
namespace {

struct Row : AgencyRecord {
    std::string source;
    std::vector<std::pair<std::string, std::string>> extra; // folded column name -> cell
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

// A yes/no the front matter says of the child (`registered`, `cso`): yes when any input says
// yes, since a rule that a yes turns on must not be lost in the merge; inputs that disagree
// are told of.
struct ChildStatus {
    ChildStatus(std::string key_, std::string consequence_)
        : key(std::move(key_)), consequence(std::move(consequence_)) {}

    std::string key;
    std::string consequence; // what the yes does, for the warning
    std::optional<bool> first_said;
    std::string first_from;
    bool yes = false;

    void read(const DocumentView& view, const std::string& path,
              std::vector<std::string>& warnings) {
        const auto said = parse_yes_no(front_value(view, key));
        if (!said)
            return;
        yes = yes || said->yes;
        if (!first_said) {
            first_said = said->yes;
            first_from = path;
        } else if (said->yes != *first_said)
            warnings.push_back(path + " says " + key + ": " + (said->yes ? "yes" : "no") + ", " +
                               first_from + " says " + (*first_said ? "yes" : "no") +
                               "; the integrated chronology says yes, so " + consequence +
                               "; check which is right");
    }
};

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

std::optional<int> time_of(const Row& row) {
    for (const auto& [column, text] : row.extra)
        if (column == "time")
            if (const auto time = find_clock_time(text))
                return time;
    return find_clock_time(row.event);
}

} // namespace

MergeResult merge_chronologies(const std::vector<MergeInput>& inputs,
                               const std::string& policy_override) {
    MergeResult result;
    std::string child, policy = policy_override;
    std::string policy_from;
    ChildStatus registered{"registered", "defaulted visits are held to a registered child's "
                                         "shorter clock"};
    ChildStatus cso{"cso", "a child under a CSO who is not seen must be notified to the Reporter"};
    std::vector<Row> rows;
    std::vector<Reporter> reporters; // per input
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
        registered.read(view, input.path, result.warnings);
        cso.read(view, input.path, result.warnings);
        const std::string agency = front_value(view, "agency");
        reporters.push_back(
            {agency.empty() ? std::filesystem::path(input.path).filename().string() : agency,
             agency,
             view.policy() ? &view.policy()->folded_vocabulary(Vocab::defaulted_visit_types)
                           : nullptr});
        const Chronology chronology = read_chronology(view);
        // Its shared events are marked against chronologies this merge does not see, so the
        // marks could not be kept true.
        if (std::any_of(
                chronology.entries.begin(), chronology.entries.end(),
                [](const ChronologyEntry& entry) { return entry.also_reported_cell != nullptr; })) {
            result.error = input.path +
                           ": is an integrated chronology (it has an `Also reported by` column); "
                           "merge the single-agency chronologies it was made from together with "
                           "the new ones";
            return result;
        }
        for (const ChronologyEntry& entry : chronology.entries) {
            if (!entry.date) {
                result.error = input.path + ":" + std::to_string(entry.row->line) +
                               ": an entry with no valid date cannot be placed in date order";
                return result;
            }
            // Given its agency, the row would pass CHRONOLOGY-SOURCE in the integrated
            // chronology without the record the single-agency one failed for lacking.
            if (!agency.empty() && (!entry.source_cell || trim(entry.source_cell->text).empty()))
                result.warnings.push_back(
                    input.path + ":" + std::to_string(entry.row->line) +
                    ": an entry with no source: the integrated chronology names only its agency (" +
                    agency + "); add the record it comes from");
            Row row{{*entry.date, entry.type_cell ? entry.type_cell->text : "",
                     entry.event_cell ? entry.event_cell->text : "", i, std::nullopt},
                    attributed_source(agency, entry.source_cell ? entry.source_cell->text : ""),
                    {}};
            read_extra_columns(view, entry, row, extra_columns);
            row.time = time_of(row);
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.date < b.date; });
    std::vector<const AgencyRecord*> records;
    for (const Row& row : rows)
        records.push_back(&row);
    // The rows, of other inputs, of the same event as each row.
    const std::vector<std::vector<std::size_t>> same_as = pair_same_events(records, reporters);
    // The records of one event stand together, so a reader sees them side by side.
    std::vector<std::size_t> order;
    std::vector<bool> placed(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (placed[i])
            continue;
        placed[i] = true;
        order.push_back(i);
        for (const std::size_t other : same_as[i])
            if (!placed[other]) {
                placed[other] = true;
                order.push_back(other);
            }
    }

    DialectWriter out;
    out.front_matter_entry("document", "chronology");
    if (!policy.empty())
        out.front_matter_entry("policy", policy);
    out.front_matter_entry("child", child);
    out.front_matter_entry("registered", registered.yes ? "yes" : "no");
    if (cso.first_said)
        out.front_matter_entry("cso", cso.yes ? "yes" : "no");
    out.title("Integrated chronology \u2014 " + child);
    out.paragraph("Merged by cpdoc from " + std::to_string(inputs.size()) +
                  " single-agency chronologies. Rows marked in \"Also reported by\" are one event "
                  "recorded by more than one agency; both records are kept, and the event is "
                  "counted once.");
    out.section("Chronology");
    std::vector<std::string> header{"Date", "Type", "Event", "Source"};
    for (const ExtraColumn& column : extra_columns)
        header.push_back(column.header);
    header.push_back("Also reported by");
    std::vector<std::vector<std::string>> table;
    for (const std::size_t index : order) {
        const Row& row = rows[index];
        std::vector<std::string> cells{row.date.iso(), row.type, row.event, row.source};
        for (const ExtraColumn& column : extra_columns) {
            const auto found =
                std::find_if(row.extra.begin(), row.extra.end(),
                             [&](const auto& extra) { return extra.first == column.folded; });
            cells.push_back(found == row.extra.end() ? std::string() : found->second);
        }
        std::string also;
        for (const std::size_t other : same_as[index])
            also += (also.empty() ? "" : "; ") + reporters[rows[other].input].name;
        cells.push_back(also);
        result.shared_events += also.empty() ? 0 : 1;
        table.push_back(std::move(cells));
    }
    out.table(header, table);
    result.entries = static_cast<int>(rows.size());
    result.document = out.str();
    return result;
}

} // namespace cpdoc
