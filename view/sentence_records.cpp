#include "view/sentence_records.hpp"

#include "grammar/clock_time.hpp"
#include "grammar/date.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace cpdoc {
namespace {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

constexpr std::size_t max_owner_words = 7; // "Lorna Hay and PC Sarah Moore"

// Where the words that say what will be done begin: "Liam | to refer", "Aisha Khan | will
// visit", "Mum | has agreed to attend". The earliest wins, so "is to" is taken before "to".
std::optional<std::size_t> connector(const std::string& lower) {
    std::optional<std::size_t> first;
    for (const std::string_view words :
         {" to ", " will ", " is to ", " are to ", " agreed to ", " has agreed to ",
          " have agreed to ", " is going to ", " needs to ", " need to "}) {
        const auto at = lower.find(words);
        if (at != std::string::npos && (!first || at < *first))
            first = at;
    }
    return first;
}

bool capitalised_word(std::string_view word) {
    if (word.empty() || !std::isupper(static_cast<unsigned char>(word.front())))
        return false;
    return std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\'';
    });
}

// Whether the opening words are someone the sentence gives the action to: a person the
// document names (in full, or by first name or surname), a role, agency or family word, or
// "all" (which the owner rules then say is not one named person), or a full name.
bool names_an_owner(std::string_view owner, const Policy& policy, const PeopleDirectory& people) {
    const Person person = parse_person(owner);
    if (person.name.empty())
        return false;
    if (people.person(person.name) != nullptr)
        return true;
    // "Liam/Bev", "Tom & Jane": the joiner is a word of its own.
    std::string spaced;
    for (const char c : person.name)
        spaced += c == '/' || c == '&' ? std::string(" ") + c + " " : std::string(1, c);
    const std::vector<std::string_view> words = words_between_spaces(spaced);
    if (words.empty() || words.size() > max_owner_words)
        return false;
    // A name is capitalised: "Should Mum relapse Liam" opens a sentence, it names no one;
    // "Tom and Jane" names two (for the owner rules to say one is accountable).
    const bool a_name = std::all_of(words.begin(), words.end(), [](std::string_view word) {
        return capitalised_word(word) || word == "and" || word == "&" || word == "/";
    });
    if (a_name && (!people.people_called(fold_name(words.front())).empty() ||
                   !people.people_called(fold_name(words.back())).empty()))
        return true;
    for (const Vocab vocabulary :
         {Vocab::non_person_owners, Vocab::manager_roles, Vocab::agency_names, Vocab::agency_words,
          Vocab::family_words, Vocab::worker_words})
        if (is_one_of(owner, policy.folded_vocabulary(vocabulary)) ||
            is_one_of(person.name, policy.folded_vocabulary(vocabulary)))
            return true;
    // "housing officer", "the family support worker": a role by its last word, however
    // capitalised (the owner rules then say it is no named person).
    const std::size_t role_words = words.size() - (fold_name(words.front()) == "the" ? 1 : 0);
    if (role_words >= 1 && role_words <= 3 &&
        is_one_of(fold_name(words.back()), policy.folded_vocabulary(Vocab::worker_words)))
        return true;
    return a_name && words.size() >= 2 && words.size() <= 3;
}

Span span_of(std::string_view part, const std::string& title) {
    const auto begin = static_cast<std::size_t>(part.data() - title.data());
    return Span{begin, begin + part.size()};
}

// "Liam to refer ...": the words from `from` before what will be done; not "Dad to be told
// by Liam", where the one who acts comes after "by".
std::optional<Span> owner_first(const std::string& title, std::size_t from, const Policy& policy,
                                const PeopleDirectory& people, bool passive_too = false) {
    const std::string lower = ascii_lowercase(title.substr(from));
    const auto at = connector(lower);
    if (!at || (!passive_too && lower.compare(*at, 7, " to be ") == 0))
        return std::nullopt;
    const std::string_view owner = trim(std::string_view(title).substr(from, *at));
    if (owner.empty() || owner.find_first_of(",;:") != std::string_view::npos ||
        words_between_spaces(owner).size() > max_owner_words ||
        !names_an_owner(owner, policy, people))
        return std::nullopt;
    return span_of(owner, title);
}

// "Referral to CAMHS to be made by Liam Hart by 12/12/2026": the capitalised words after a
// "by", when they name someone.
std::optional<Span> owner_after_by(const std::string& title, const Policy& policy,
                                   const PeopleDirectory& people) {
    const std::string lower = ascii_lowercase(title);
    for (std::size_t at = lower.find(" by "); at != std::string::npos;
         at = lower.find(" by ", at + 1)) {
        const std::string_view rest = std::string_view(title).substr(at + 4);
        std::size_t end = 0;
        for (int words = 0; words < 3; ++words) {
            std::size_t next = end;
            while (next < rest.size() && rest[next] != ' ' && rest[next] != ',' &&
                   rest[next] != '.' && rest[next] != '(')
                ++next;
            if (next == end || !capitalised_word(rest.substr(end, next - end)))
                break;
            end = next;
            if (end < rest.size() && rest[end] == ' ')
                ++end;
        }
        const std::string_view owner = trim(rest.substr(0, end));
        if (!owner.empty() && names_an_owner(owner, policy, people))
            return span_of(owner, title);
    }
    return std::nullopt;
}

// "Liam Hart – refer Mum to the Freedom Programme – 18/12/2026": the words before a dash; or,
// as minutes also order them, what then who then when, the words between two dashes
// ("Bereavement referral for Chantelle – Rosie Bright – 18/12/2026").
std::optional<Span> owner_before_dash(const std::string& title, const Policy& policy,
                                      const PeopleDirectory& people) {
    const auto next_dash = [&](std::size_t from) {
        std::pair<std::size_t, std::size_t> found{std::string::npos, 0}; // where, how long
        for (const std::string_view dash : {" \u2013 ", " \u2014 ", " - "})
            if (const auto at = title.find(dash, from); at < found.first)
                found = {at, dash.size()};
        return found;
    };
    const auto is_owner = [&](std::string_view owner) {
        return !owner.empty() && words_between_spaces(owner).size() <= max_owner_words &&
               names_an_owner(owner, policy, people);
    };
    const auto [first, first_size] = next_dash(0);
    if (first == std::string::npos)
        return std::nullopt;
    if (const std::string_view owner = trim(std::string_view(title).substr(0, first));
        is_owner(owner))
        return span_of(owner, title);
    const std::size_t second = next_dash(first + first_size).first;
    if (second == std::string::npos)
        return std::nullopt;
    const std::string_view between =
        trim(std::string_view(title).substr(first + first_size, second - first - first_size));
    if (is_owner(between))
        return span_of(between, title);
    return std::nullopt;
}

bool date_like(std::string_view text) {
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return true;
    const std::string lower = ascii_lowercase(text.substr(0, 3));
    static constexpr std::array<std::string_view, 19> starts = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return std::find(starts.begin(), starts.end(), lower) != starts.end();
}

// The date after the sentence's last "by", "before", "due" or "no later than" that a date
// follows ("on or before 18/12/2026", "(due 14/12/2026)", ". Due 11/12/2026"), from
// `from` on: the date alone when it reads as one, else the words up to a comma or "and", for
// DATE-INVALID to explain. Or a date that ends the sentence after a dash, a comma or "on"
// ("– refer Mum – 18/12/2026", "Dad to attend the group on 12 January 2027"), or a day with
// no year or a week there ("on 7th December", "w/c 7/12").
std::optional<Span> due_in(const std::string& title, std::size_t from) {
    const std::string lower = ascii_lowercase(title);
    struct Marker {
        std::size_t after;
        bool date_alone; // after a dash or a comma: only a date that ends the sentence
    };
    std::vector<Marker> markers;
    for (const std::string_view words :
         {" by ", "(by ", " no later than ", " before ", " due ", "(due ", " due: "})
        for (auto at = lower.find(words, from); at != std::string::npos;
             at = lower.find(words, at + 1))
            markers.push_back({at + words.size(), false});
    for (const std::string_view words : {" \u2013 ", " \u2014 ", " - ", ", ", " on "})
        for (auto at = lower.find(words, from); at != std::string::npos;
             at = lower.find(words, at + 1))
            markers.push_back({at + words.size(), true});
    // "to arrange a review w/c 7/12": the week is the value, for DATE-INVALID to name its day.
    for (const std::string_view words :
         {" w/c ", "(w/c ", " w/b ", "(w/b ", " week commencing ", " week beginning "})
        for (auto at = lower.find(words, from); at != std::string::npos;
             at = lower.find(words, at + 1))
            markers.push_back({at + 1, true});
    std::sort(markers.begin(), markers.end(),
              [](const Marker& a, const Marker& b) { return a.after > b.after; });
    // A date stands in the first bytes after its marker: only they are read, so a long title
    // with many commas costs each marker a few bytes, not the rest of the title.
    constexpr std::size_t date_bytes = 48;
    for (const Marker& marker : markers) {
        std::string_view tail = trim(std::string_view(title).substr(marker.after));
        while (!tail.empty() && (tail.back() == '.' || tail.back() == ')'))
            tail = trim(tail.substr(0, tail.size() - 1));
        if (tail.empty() || !date_like(tail.substr(0, date_bytes)))
            continue;
        // "to ring Euan by 10am if Kian is absent": a time of day, no due date.
        const std::string_view first_word = tail.substr(0, std::min(tail.find(' '), tail.size()));
        if (parse_clock_time(first_word))
            continue;
        const auto begin = static_cast<std::size_t>(tail.data() - title.data());
        const auto found = find_date(tail.substr(0, date_bytes));
        if (marker.date_alone) {
            if (found && found->begin == 0 && found->end == tail.size())
                return Span{begin, begin + found->end};
            // "to visit on 7th December": a day with no year, which DATE-INVALID finishes.
            if (is_unfinished_date(tail))
                return Span{begin, begin + tail.size()};
            continue;
        }
        if (found && found->begin == 0)
            return Span{begin, begin + found->end};
        std::size_t end = std::min(tail.find_first_of(",;("), tail.size());
        end = std::min(end, std::string_view(lower).substr(begin).find(" and "));
        end = std::min(end, std::string_view(lower).substr(begin).find(" so "));
        return Span{begin, begin + trim(tail.substr(0, end)).size()};
    }
    return std::nullopt;
}

// "By 18/12/2026 Liam will refer Mum": the date the sentence opens with, and where the rest
// begins.
std::optional<std::pair<Span, std::size_t>> leading_due(const std::string& title) {
    const std::string lower = ascii_lowercase(title.substr(0, 3));
    if (lower != "by ")
        return std::nullopt;
    const auto found = find_date(std::string_view(title).substr(3));
    if (!found || found->begin != 0)
        return std::nullopt;
    std::size_t rest = 3 + found->end;
    while (rest < title.size() && (title[rest] == ',' || title[rest] == ' '))
        ++rest;
    return std::pair{Span{3, 3 + found->end}, rest};
}

// "If Ruby is absent for two days, Gillian Docherty will visit the same day": a contingency
// written as one sentence, its condition and what will happen then.
struct Conditional {
    Span condition;
    Span consequence;
};

Span trimmed(const std::string& title, std::size_t begin, std::size_t end) {
    while (begin < end && (title[begin] == ' ' || title[begin] == ','))
        ++begin;
    while (end > begin && (title[end - 1] == ' ' || title[end - 1] == ',' || title[end - 1] == '.'))
        --end;
    return {begin, end};
}

// The condition and what follows it: split at an arrow ("two no-access visits → joint visit"),
// or after an opening "If", "Should" or "In the event that" at "then", or at the first comma
// after which the sentence says who will do what ("..., Gillian will visit").
std::optional<Conditional> conditional(const std::string& title) {
    for (const std::string_view arrow : {"\u2192", "->", "=>"})
        if (const auto at = title.find(arrow); at != std::string::npos && at > 0) {
            const Span condition = trimmed(title, 0, at);
            const Span consequence = trimmed(title, at + arrow.size(), title.size());
            if (condition.end > condition.begin && consequence.end > consequence.begin)
                return Conditional{condition, consequence};
        }
    std::size_t start = std::string::npos;
    const std::string opening = ascii_lowercase(title.substr(0, 18));
    for (const std::string_view opener :
         {"if ", "should ", "in the event that ", "in the event of ", "whenever ", "where ",
          "when ", "unless "})
        if (opening.starts_with(opener)) {
            start = opener.size();
            break;
        }
    if (start == std::string::npos) // most titles and paragraphs: not a condition
        return std::nullopt;
    const std::string lower = ascii_lowercase(title);
    std::size_t split = std::string::npos, after = 0;
    if (const auto then = lower.find(" then ", start); then != std::string::npos) {
        split = then;
        after = then + 6;
    } else {
        for (auto comma = lower.find(',', start); comma != std::string::npos;
             comma = lower.find(',', comma + 1)) {
            const std::string rest = lower.substr(comma + 1, 80);
            const auto at = connector(rest);
            const auto words =
                std::count(rest.begin(), rest.begin() + static_cast<long>(at.value_or(0)), ' ');
            if (at && words <= static_cast<long>(max_owner_words)) {
                split = comma;
                after = comma + 1;
                break;
            }
        }
    }
    if (split == std::string::npos)
        return std::nullopt;
    const Span condition = trimmed(title, start, split);
    const Span consequence = trimmed(title, after, title.size());
    if (condition.end <= condition.begin || consequence.end <= consequence.begin)
        return std::nullopt;
    return Conditional{condition, consequence};
}

// Who the consequence gives the work to: "Gillian Docherty will visit", "joint visit with
// police (Gillian Docherty)", "a visit by Liam Hart".
std::optional<Span> consequence_owner(const std::string& title, Span consequence,
                                      const Policy& policy, const PeopleDirectory& people) {
    const std::string part = title.substr(0, consequence.end);
    if (auto owner = owner_first(part, consequence.begin, policy, people))
        return owner;
    // "Craig Boyle makes an unannounced visit": a name, then a verb in the present.
    {
        const std::string_view rest = std::string_view(part).substr(consequence.begin);
        const std::vector<std::string_view> words = words_between_spaces(rest);
        for (std::size_t w = 1; w < words.size() && w <= 4; ++w) {
            if (!capitalised_word(words[w - 1]))
                break;
            if (words[w].size() > 2 && words[w].ends_with('s') && !words[w].ends_with("ss") &&
                std::islower(static_cast<unsigned char>(words[w].front()))) {
                const std::string_view owner =
                    trim(rest.substr(0, static_cast<std::size_t>(words[w].data() - rest.data())));
                if (names_an_owner(owner, policy, people))
                    return span_of(owner, part);
                break;
            }
        }
    }
    if (part.ends_with(')'))
        if (const auto open = part.rfind('(');
            open != std::string::npos && open > consequence.begin) {
            std::string_view inside =
                trim(std::string_view(part).substr(open + 1, part.size() - open - 2));
            // "(Lead: Nadia Hussain)"
            if (const auto colon = inside.find(':'); colon != std::string_view::npos && colon < 24)
                inside = trim(inside.substr(colon + 1));
            if (!inside.empty() && names_an_owner(inside, policy, people))
                return span_of(inside, part);
        }
    const std::string tail = part.substr(consequence.begin);
    if (auto owner = owner_after_by(tail, policy, people))
        return Span{consequence.begin + owner->begin, consequence.begin + owner->end};
    return std::nullopt;
}

Field field_from(const Record& record, const FieldSpec& spec, Span span) {
    Field field;
    field.key = {spec.name, record.title.pos};
    field.value.text = record.title.text.substr(span.begin, span.end - span.begin);
    field.value.pos = record.title.position_at(span.begin);
    field.pos = record.title.pos;
    field.folded_key = fold_key(spec.name);
    return field;
}

const FieldSpec* first_of_type(const SectionSpec& spec, FieldType type) {
    for (const FieldSpec& field : spec.fields)
        if (field.type == type)
            return &field;
    return nullptr;
}

// The spec's text fields a conditional sentence fills, in order: what sets the record off and
// what happens then (a contingency's Trigger and Response). Only for records with no date to
// be done by: an action or an objective written "If ..., ..." is still read as one.
std::optional<std::pair<const FieldSpec*, const FieldSpec*>>
condition_fields(const SectionSpec& spec) {
    if (first_of_type(spec, FieldType::date) != nullptr)
        return std::nullopt;
    std::vector<const FieldSpec*> texts;
    for (const FieldSpec& field : spec.fields)
        if (field.type == FieldType::text && field.required)
            texts.push_back(&field);
    if (texts.size() < 2)
        return std::nullopt;
    return std::pair{texts[0], texts[1]};
}

// "Owner: Fiona Quinn." after a sentence: a field of the spec written as a sentence of its own.
std::optional<Field> labelled_sentence(const Located& sentence, const SectionSpec& spec) {
    const std::string& text = sentence.text;
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0)
        return std::nullopt;
    std::string_view key = trim(std::string_view(text).substr(0, colon));
    for (const std::string_view emphasis : {"**", "__", "*", "_"})
        if (key.size() > 2 * emphasis.size() && key.starts_with(emphasis) &&
            key.ends_with(emphasis))
            key = key.substr(emphasis.size(), key.size() - 2 * emphasis.size());
    if (spec.field(key) == nullptr)
        return std::nullopt;
    std::size_t begin = colon + 1;
    if (text.compare(begin, 2, "**") == 0)
        begin += 2;
    const Span value = trimmed(text, begin, text.size());
    Field field;
    field.key = {std::string(key), sentence.pos};
    field.folded_key = fold_key(key);
    field.value = {text.substr(value.begin, value.end - value.begin),
                   sentence.position_at(value.begin)};
    field.pos = sentence.pos;
    return field;
}

// The sentences of a paragraph: "If ... meeting. Owner: Fiona Quinn." is two.
std::vector<Located> sentences_of(const Located& paragraph) {
    std::vector<Located> sentences;
    const std::string& text = paragraph.text;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool ends =
            i == text.size() || (text[i] == '.' && i + 2 < text.size() && text[i + 1] == ' ' &&
                                 std::isupper(static_cast<unsigned char>(text[i + 2])));
        if (!ends)
            continue;
        const Span span = trimmed(text, start, i);
        if (span.end > span.begin)
            sentences.push_back({text.substr(span.begin, span.end - span.begin),
                                 paragraph.position_at(span.begin)});
        start = i + 1;
    }
    return sentences;
}

// A section of records written as paragraphs ("If Ruby is not seen ..., Fiona Quinn will
// reconvene the core group. Owner: Fiona Quinn."): each conditional sentence a record, with
// the labelled sentences after it as its fields. Paragraphs that hold none stay prose; nullopt
// when none does.
std::optional<Section> paragraphs_as_records(const Section& section, const SectionSpec& spec) {
    // Most sections have records, or no paragraph opening with a condition: not copied.
    if (!section.records.empty() || !condition_fields(spec) ||
        std::none_of(section.prose.begin(), section.prose.end(), [](const Prose& paragraph) {
            return paragraph.kind == Prose::Kind::paragraph && conditional(paragraph.text);
        }))
        return std::nullopt;
    Section read = section;
    std::vector<Prose> kept;
    for (Prose& paragraph : read.prose) {
        std::vector<Record> records;
        if (paragraph.kind == Prose::Kind::paragraph)
            for (Located& sentence : sentences_of(paragraph)) {
                if (conditional(sentence.text)) {
                    records.push_back({std::move(sentence), {}, {}, {}});
                } else if (auto field = labelled_sentence(sentence, spec);
                           field && !records.empty()) {
                    records.back().fields.push_back(std::move(*field));
                } else if (!records.empty()) {
                    records.back().notes.push_back(std::move(sentence));
                } else {
                    records.clear();
                    break; // a paragraph that opens otherwise is prose
                }
            }
        if (records.empty())
            kept.push_back(std::move(paragraph));
        else
            std::move(records.begin(), records.end(), std::back_inserter(read.records));
    }
    if (read.records.empty())
        return std::nullopt;
    read.prose = std::move(kept);
    return read;
}

// A section of records typed as one paragraph each ("Karen Holt to write to Mr and Mrs Dale
// by 10/12/2026."), with no list: each paragraph that says who will act is a record, read
// below as a sentence. Paragraphs that do not (an introduction) stay prose; nullopt when none
// does, or the section has records or tables of its own.
std::optional<Section> paragraphs_as_sentence_records(const Section& section, const Policy& policy,
                                                      const PeopleDirectory& people) {
    if (!section.records.empty() || !section.tables.empty() || section.prose.empty())
        return std::nullopt;
    std::optional<Section> read;
    for (std::size_t i = 0; i < section.prose.size(); ++i) {
        const Prose& paragraph = section.prose[i];
        const bool says_who = paragraph.kind == Prose::Kind::paragraph &&
                              paragraph.continued.empty() &&
                              (owner_first(paragraph.text, 0, policy, people) ||
                               owner_before_dash(paragraph.text, policy, people));
        if (!says_who) {
            if (read)
                read->prose.push_back(paragraph);
            continue;
        }
        if (!read) {
            read = section;
            read->prose.assign(section.prose.begin(), section.prose.begin() + static_cast<long>(i));
        }
        read->records.push_back({paragraph, {}, {}, {}});
    }
    return read;
}

} // namespace

std::optional<Section> sentence_fields(const Section& section, const SectionSpec& spec,
                                       const Policy& policy, const PeopleDirectory& people) {
    const FieldSpec* owner_spec = first_of_type(spec, FieldType::person);
    const FieldSpec* due_spec = first_of_type(spec, FieldType::date);
    if (spec.shape != SectionShape::records || owner_spec == nullptr)
        return std::nullopt;
    std::optional<Section> from_paragraphs = paragraphs_as_records(section, spec);
    // Only where a sentence can say all a record needs: who and by when (an action), not an
    // objective's need, outcome and measure.
    if (!from_paragraphs && first_of_type(spec, FieldType::date) != nullptr &&
        std::all_of(spec.fields.begin(), spec.fields.end(), [](const FieldSpec& field) {
            return !field.required || field.type == FieldType::person ||
                   field.type == FieldType::date;
        }))
        from_paragraphs = paragraphs_as_sentence_records(section, policy, people);
    const Section& source = from_paragraphs ? *from_paragraphs : section;
    std::optional<Section> read = from_paragraphs;
    const auto condition_specs = condition_fields(spec);
    for (std::size_t r = 0; r < source.records.size(); ++r) {
        const Record& record = source.records[r];
        const std::string& title = record.title.text;
        if (condition_specs && record.checklist.empty())
            if (const auto read_as = conditional(title)) {
                // What the record's own fields say is kept: a sentence is read only for those
                // it does not give.
                const auto has = [&](const FieldSpec* wanted) {
                    return std::any_of(record.fields.begin(), record.fields.end(),
                                       [&](const Field& f) { return spec.field(f) == wanted; });
                };
                if (!read)
                    read = source;
                Record& target = read->records[r];
                if (!has(condition_specs->first))
                    target.fields.push_back(
                        field_from(record, *condition_specs->first, read_as->condition));
                if (!has(condition_specs->second))
                    target.fields.push_back(
                        field_from(record, *condition_specs->second, read_as->consequence));
                if (!has(owner_spec))
                    if (const auto owner =
                            consequence_owner(title, read_as->consequence, policy, people))
                        target.fields.push_back(field_from(record, *owner_spec, *owner));
                continue;
            }
        if (!record.fields.empty() || !record.checklist.empty() || !record.notes.empty())
            continue;
        const auto opening = leading_due(title);
        auto owner = owner_first(title, opening ? opening->second : 0, policy, people);
        if (!owner)
            owner = owner_before_dash(title, policy, people);
        if (!owner)
            owner = owner_after_by(title, policy, people);
        if (!owner) // "Jane to be helped by the school nurse to ...": no one after "by"
            owner = owner_first(title, opening ? opening->second : 0, policy, people, true);
        std::optional<Span> due;
        if (due_spec != nullptr)
            due = opening ? std::optional<Span>(opening->first)
                          : due_in(title, owner ? owner->end : 0);
        if (!owner && !due)
            continue;
        if (!read)
            read = source;
        Record& target = read->records[r];
        if (owner)
            target.fields.push_back(field_from(record, *owner_spec, *owner));
        if (due)
            target.fields.push_back(field_from(record, *due_spec, *due));
    }
    return read;
}

} // namespace cpdoc
