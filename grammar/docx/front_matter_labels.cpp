#include "front_matter_labels.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace cpdoc::docx {
namespace {

struct KeyLabels {
    std::string_view key;
    std::initializer_list<std::string_view> labels;
};

// Each key's readable forms, as cpdoc's own rendering labels them and as a details table in a
// local template might; matched after fold_key.
const KeyLabels key_labels[] = {
    {"document", {"Document", "Document type", "Type of document"}},
    {"policy", {"Policy", "Policy pack"}},
    {"child", {"Child", "Child reference", "Child ref", "Case reference"}},
    {"date", {"Date", "Plan agreed", "Date of meeting", "Meeting date"}},
    {"registered",
     {"Registered", "Register", "On CP register", "On the CP register", "Child protection register",
      "CP registration", "Subject to CP plan", "Subject to a CP plan",
      "Subject to child protection plan", "Subject to a child protection plan", "On CP plan",
      "On a CP plan", "CP plan"}},
    {"cso", {"CSO", "Compulsory Supervision Order"}},
    {"significant-issues", {"Significant issues"}},
    {"next-review", {"Next review", "Next review date"}},
    {"next-meeting",
     {"Next meeting", "Next meeting date", "Date of next meeting", "Next core group"}},
    {"status", {"Status"}},
    {"agency", {"Agency"}},
    {"marking", {"Marking", "Protective marking"}},
};

struct KindNames {
    std::string_view kind;
    std::initializer_list<std::string_view> names;
};

const KindNames kind_names[] = {
    {"child-plan", {"Child plan", "Child's plan", "Child protection plan"}},
    {"core-group-minutes", {"Core group minutes", "Core group meeting minutes"}},
    {"multi-agency-minutes",
     {"Multi-agency minutes", "Multi-agency meeting minutes", "Multi agency meeting minutes"}},
    {"chronology", {"Chronology"}},
};

// "Title of the pack (lanarkshire-2019, version 1.0, shipped with cpdoc)" -> "lanarkshire-2019"
std::string policy_id(std::string_view value) {
    const auto open = value.rfind(" (");
    if (open == std::string_view::npos || !value.ends_with(")"))
        return std::string(value);
    const std::string_view inside = value.substr(open + 2, value.size() - open - 3);
    const auto comma = inside.find(", version ");
    if (comma == std::string_view::npos)
        return std::string(value);
    return std::string(trim(inside.substr(0, comma)));
}

std::string document_kind(std::string_view value) {
    const std::string folded = fold_key(value);
    for (const KindNames& kind : kind_names) {
        if (folded == fold_key(kind.kind))
            return std::string(kind.kind);
        for (std::string_view name : kind.names)
            if (folded == fold_key(name))
                return std::string(kind.kind);
    }
    std::string key = folded;
    for (char& c : key)
        if (c == ' ')
            c = '-';
    return key.empty() ? std::string(value) : key;
}

// Words that say only which meeting or plan a detail is of ("Date of core group", "Any
// significant issues", "On CP register"): a label may hold them around a key's readable form.
constexpr std::string_view common_words[] = {
    "a",    "an",    "the",        "of",   "on",     "any",        "this",      "is",
    "was",  "for",   "in",         "at",   "to",     "cp",         "plan",      "meeting",
    "core", "group", "conference", "held", "agreed", "identified", "affecting", "noted"};

bool is_date_key(std::string_view key) {
    return key == "date" || key == "next-review" || key == "next-meeting";
}

// A label's words as they are matched: a trailing `:` or `?` and a bracketed qualifier at the
// end ("Registered (CP)") dropped, folded as a key.
std::vector<std::string> label_words(std::string_view label) {
    std::string_view text = trim(label);
    while (!text.empty() && (text.back() == ':' || text.back() == '?'))
        text = trim(text.substr(0, text.size() - 1));
    if (text.ends_with(')'))
        if (const auto open = text.rfind('('); open != std::string_view::npos && open > 0)
            text = trim(text.substr(0, open));
    const std::string folded = fold_key(text);
    std::vector<std::string> words;
    for (std::size_t start = 0; start < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        if (end > start)
            words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Whether the label's words hold the form's, in order and together, and every other word is a
// common word (or "date", around a key whose value is a date: "Next core group date").
bool holds_with_common_words(const std::vector<std::string>& words,
                             const std::vector<std::string>& form, std::string_view key) {
    if (form.empty() || form.size() > words.size())
        return false;
    for (std::size_t at = 0; at + form.size() <= words.size(); ++at) {
        if (!std::equal(form.begin(), form.end(), words.begin() + static_cast<std::ptrdiff_t>(at)))
            continue;
        bool rest_common = true;
        for (std::size_t i = 0; i < words.size() && rest_common; ++i)
            if (i < at || i >= at + form.size())
                rest_common = std::find(std::begin(common_words), std::end(common_words),
                                        words[i]) != std::end(common_words) ||
                              (words[i] == "date" && is_date_key(key));
        if (rest_common)
            return true;
    }
    return false;
}

} // namespace

std::optional<std::string> front_matter_key_for(std::string_view label) {
    const std::vector<std::string> words = label_words(label);
    if (words.empty())
        return std::nullopt;
    // The longest readable form the label holds, with nothing but common words around it.
    std::optional<std::string> found;
    std::size_t found_length = 0;
    bool ambiguous = false;
    for (const KeyLabels& key : key_labels) {
        auto consider = [&](std::string_view readable) {
            const std::vector<std::string> form = label_words(readable);
            if (form.size() < found_length || !holds_with_common_words(words, form, key.key))
                return;
            ambiguous = form.size() == found_length && found && *found != key.key;
            found = std::string(key.key);
            found_length = form.size();
        };
        consider(key.key);
        for (std::string_view readable : key.labels)
            consider(readable);
    }
    if (ambiguous)
        return std::nullopt;
    return found;
}

std::string front_matter_label(std::string_view key) {
    for (const KeyLabels& labels : key_labels)
        if (labels.key == key)
            return std::string(*labels.labels.begin());
    return std::string(key);
}

std::string front_matter_value(std::string_view key, std::string_view value) {
    value = trim(value);
    if (key == "document")
        return document_kind(value);
    if (key == "policy")
        return policy_id(value);
    const std::string lowered = ascii_lowercase(value);
    if (lowered == "true")
        return "yes";
    if (lowered == "false")
        return "no";
    return std::string(value);
}

} // namespace cpdoc::docx
