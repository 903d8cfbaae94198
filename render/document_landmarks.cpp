#include "document_landmarks.hpp"

#include "grammar/folding.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace cpdoc {
namespace {

class Collector {
public:
    std::vector<Landmark> out;

    void add(std::string key, std::string scope, Position pos, std::vector<const Located*> parts,
             std::string context = "") {
        if (pos.line <= 0)
            return;
        Landmark landmark{std::move(key), std::move(scope), pos.line, {}, {}, std::move(context)};
        for (const Located* part : parts) {
            landmark.columns.push_back(part->pos.column);
            landmark.texts.push_back(part->text);
        }
        out.push_back(std::move(landmark));
    }

    void fields(const std::string& scope, const std::string& at, const std::vector<Field>& fields,
                const std::string& context) {
        std::map<std::string, int> seen;
        for (const Field& field : fields)
            add(at + "/field:" + field.folded_key + "#" + std::to_string(seen[field.folded_key]++),
                scope, field.pos, {&field.key, &field.value}, context);
    }

    void checklist(const std::string& scope, const std::string& at,
                   const std::vector<ChecklistAnswer>& answers, const std::string& context) {
        for (std::size_t i = 0; i < answers.size(); ++i)
            add(at + "/check#" + std::to_string(i), scope, answers[i].text.pos, {&answers[i].text},
                context);
    }

    void section(const std::string& scope, const Section& section) {
        add(scope + "/heading", scope, section.heading.pos, {&section.heading});
        fields(scope, scope, section.fields, "");
        checklist(scope, scope, section.checklist, "");
        for (std::size_t r = 0; r < section.records.size(); ++r) {
            const Record& record = section.records[r];
            const std::string at = scope + "/record#" + std::to_string(r);
            add(at, scope, record.title.pos, {&record.title});
            fields(scope, at, record.fields, record.title.text);
            checklist(scope, at, record.checklist, record.title.text);
            for (std::size_t n = 0; n < record.notes.size(); ++n)
                add(at + "/note#" + std::to_string(n), scope, record.notes[n].pos,
                    {&record.notes[n]}, record.title.text);
        }
        for (std::size_t t = 0; t < section.tables.size(); ++t) {
            const Table& table = section.tables[t];
            const std::string at = scope + "/table#" + std::to_string(t) + "/row#";
            add(at + "0", scope, table.pos, cells(table.header));
            for (std::size_t r = 0; r < table.rows.size(); ++r)
                add(at + std::to_string(r + 1), scope, {table.rows[r].line, 1},
                    cells(table.rows[r].cells));
        }
        for (std::size_t p = 0; p < section.prose.size(); ++p)
            add(scope + "/prose#" + std::to_string(p), scope, section.prose[p].pos,
                {&section.prose[p]});
    }

    static std::vector<const Located*> cells(const std::vector<Located>& row) {
        std::vector<const Located*> out;
        for (const Located& cell : row)
            out.push_back(&cell);
        return out;
    }
};

// Words folded for matching: runs of letters and digits (any byte of a multi-byte character
// counts as a letter), lowercased.
std::set<std::string> words(std::string_view text) {
    std::set<std::string> out;
    std::string word;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            word += static_cast<char>(std::tolower(byte));
        } else if (!word.empty()) {
            out.insert(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        out.insert(std::move(word));
    return out;
}

std::size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
    return static_cast<std::size_t>(
        std::count_if(a.begin(), a.end(), [&](const std::string& word) { return b.count(word); }));
}

// Which of a landmark's parts a column is in.
std::size_t part_at(const Landmark& landmark, int column) {
    std::size_t part = 0;
    for (std::size_t i = 0; i < landmark.columns.size(); ++i)
        if (landmark.columns[i] <= column)
            part = i;
    return part;
}

// The target landmark with the most of the source's words, in the same section.
const Landmark* best_by_words(const Landmark& from, const std::vector<Landmark>& target) {
    std::set<std::string> wanted = words(from.context);
    for (const std::string& text : from.texts)
        wanted.merge(words(text));
    const Landmark* best = nullptr;
    std::size_t best_score = 0;
    for (const Landmark& candidate : target) {
        if (candidate.scope != from.scope)
            continue;
        std::set<std::string> have = words(candidate.context);
        for (const std::string& text : candidate.texts)
            have.merge(words(text));
        if (const std::size_t score = shared(wanted, have); score > best_score) {
            best = &candidate;
            best_score = score;
        }
    }
    return best;
}

// The part of `to` most like `text`: the most words shared for the fewest words it has.
int column_like(const Landmark& to, const std::string& text) {
    const std::set<std::string> wanted = words(text);
    int column = to.columns.empty() ? 1 : to.columns.front();
    double best = 0;
    for (std::size_t i = 0; i < to.texts.size(); ++i) {
        const std::set<std::string> have = words(to.texts[i]);
        const double score =
            have.empty() ? 0 : static_cast<double>(shared(wanted, have)) / have.size();
        if (score > best) {
            best = score;
            column = to.columns[i];
        }
    }
    return column;
}

} // namespace

std::vector<Landmark> document_landmarks(const Document& document) {
    Collector collect;
    for (const FrontMatterEntry& entry : document.front_matter.entries) {
        const Located key{entry.key, entry.pos};
        collect.add("front matter/" + entry.key, "", entry.pos, {&key, &entry.value});
    }
    if (document.title)
        collect.add("title", "", document.title->pos, {&*document.title});
    std::map<std::string, int> seen;
    for (const Section& section : document.sections)
        collect.section(
            section.folded_heading + "#" + std::to_string(seen[section.folded_heading]++), section);
    std::stable_sort(collect.out.begin(), collect.out.end(),
                     [](const Landmark& a, const Landmark& b) { return a.line < b.line; });
    return collect.out;
}

std::optional<Position> matching_position(const std::vector<Landmark>& source,
                                          const std::vector<Landmark>& target, Position pos) {
    // What the line is: the last landmark at or before it.
    const auto after =
        std::upper_bound(source.begin(), source.end(), pos.line,
                         [](int line, const Landmark& landmark) { return line < landmark.line; });
    if (after == source.begin())
        return std::nullopt;
    const Landmark& from = *std::prev(after);
    const std::size_t part = from.line == pos.line ? part_at(from, pos.column) : 0;
    // Laid out alike: the same part of the same thing.
    for (const Landmark& to : target)
        if (to.key == from.key && part < to.columns.size() &&
            from.columns.size() == to.columns.size())
            return Position{to.line, to.columns[part]};
    // Laid out otherwise (fields as a table's rows, records as a table): by its words.
    const Landmark* to = best_by_words(from, target);
    if (to == nullptr)
        return std::nullopt;
    const std::string text = part < from.texts.size() ? from.texts[part] : "";
    return Position{to->line, column_like(*to, text)};
}

} // namespace cpdoc
