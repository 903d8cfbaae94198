#include "view/chronology_view.hpp"
#include "grammar/folding.hpp"

#include "view/text_match.hpp"

#include <algorithm>

namespace cpdoc {

namespace {

constexpr std::string_view chronology_section = "Chronology";

// A table's header cells as fold_key folds them, each folded once for all its columns.
std::vector<std::string> folded_header(const Table& table) {
    std::vector<std::string> folded;
    folded.reserve(table.header.size());
    for (const Located& cell : table.header)
        folded.push_back(fold_key(cell.text));
    return folded;
}

std::optional<std::size_t> column(const std::vector<std::string>& header, const SectionSpec* spec,
                                  std::string_view name) {
    const FieldSpec* field = spec == nullptr ? nullptr : spec->field_named(name);
    const std::string folded = field != nullptr ? std::string() : fold_key(name);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (field != nullptr ? field->matches_folded(header[i]) : header[i] == folded)
            return i;
    return std::nullopt;
}

void read_table(const Table& table, const std::vector<std::string>& header, const SectionSpec* spec,
                Chronology& chronology) {
    chronology.tables.push_back(&table);
    const auto date = column(header, spec, "Date");
    const auto type = column(header, spec, "Type");
    const auto event = column(header, spec, "Event");
    const auto source = column(header, spec, "Source");
    const auto also_reported = column(header, spec, "Also reported by");
    auto cell = [](const TableRow& row, std::optional<std::size_t> index) -> const Located* {
        return index && *index < row.cells.size() ? &row.cells[*index] : nullptr;
    };
    chronology.entries.reserve(chronology.entries.size() + table.rows.size());
    for (const TableRow& row : table.rows) {
        if (row.divider)
            continue;
        ChronologyEntry entry{&table,
                              &row,
                              std::nullopt,
                              cell(row, date),
                              cell(row, type),
                              cell(row, event),
                              cell(row, source),
                              cell(row, also_reported),
                              std::nullopt};
        if (entry.date_cell != nullptr) {
            entry.date = parse_date(entry.date_cell->text);
            entry.when = entry.date ? entry.date : date_meant(entry.date_cell->text);
        }
        chronology.entries.push_back(entry);
    }
}

} // namespace

bool ChronologyEntry::also_reported() const {
    return also_reported_cell != nullptr && !trim(also_reported_cell->text).empty();
}

std::size_t ChronologyEntry::other_reporters() const {
    if (also_reported_cell == nullptr)
        return 0;
    std::size_t count = 0;
    std::string_view rest = also_reported_cell->text;
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(';'), rest.size());
        count += trim(rest.substr(0, end)).empty() ? 0 : 1;
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return count;
}

Chronology read_chronology(const DocumentView& view) {
    Chronology chronology;
    const SectionSpec* spec = view.spec(chronology_section);
    for (const Section& section : view.document().sections)
        for (const Table& table : section.tables)
            if (const auto header = folded_header(table); column(header, spec, "Date"))
                read_table(table, header, spec, chronology);
    if (!chronology.tables.empty())
        return chronology;
    if (const Section* section = view.section(chronology_section))
        for (const Table& table : section->tables)
            read_table(table, folded_header(table), spec, chronology);
    return chronology;
}

const Chronology& DocumentView::chronology() const {
    if (!chronology_)
        chronology_ = std::make_shared<const Chronology>(read_chronology(*this));
    return *chronology_;
}

namespace {

// An event type's words as a set, in one vocabulary: the family ("Mum", "parents") as
// "family", "NA", "no answer" and "child not seen" as "no access", "DNA" as "missed"; words
// that only say where, how or who was visited ("home", "planned", "child") left out.
std::vector<std::string> type_words(std::string_view text) {
    std::vector<std::string> words;
    const std::string form = word_form(text);
    for (std::size_t start = 0; start < form.size();) {
        const std::size_t end = std::min(form.find(' ', start), form.size());
        std::string word = form.substr(start, end - start);
        start = end + 1;
        if (word.empty())
            continue;
        for (const std::string_view filler : {"home", "planned", "unannounced", "announced", "the",
                                              "a", "an", "meeting", "child", "children"})
            if (word == filler)
                word.clear();
        // "Visit - child not seen": the visit did not reach the child, as no access does.
        if (word == "not" && form.compare(start, 5, "seen ") == 0) {
            words.emplace_back("no");
            word = "access";
            start += 5;
        }
        for (const std::string_view family : {"mum", "mother", "dad", "father", "parent", "parents",
                                              "carer", "carers", "mums", "dads"})
            if (word == family)
                word = "family";
        if (word == "canceled")
            word = "cancelled";
        if (word == "dna")
            word = "missed";
        if (word == "answer") // "no answer": no access
            word = "access";
        if (word == "na") {
            words.emplace_back("no");
            word = "access";
        }
        if (!word.empty())
            words.push_back(std::move(word));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

} // namespace

std::optional<std::string> event_type_meant(std::string_view written,
                                            const std::vector<std::string>& types) {
    if (auto near = nearest(written, types))
        return near;
    const std::vector<std::string> words = type_words(written);
    if (words.empty())
        return std::nullopt;
    for (const std::string& type : types)
        if (type_words(type) == words)
            return type;
    return std::nullopt;
}

std::string read_event_type(std::string_view written, const std::vector<std::string>& types,
                            const FoldedTerms& folded_types) {
    if (is_one_of(written, folded_types))
        return fold_name(written);
    const auto meant = event_type_meant(written, types);
    return fold_name(meant ? std::string_view(*meant) : written);
}

} // namespace cpdoc
