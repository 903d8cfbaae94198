#include "front_matter_labels.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <utility>

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
    {"registered", {"Registered"}},
    {"cso", {"CSO", "Compulsory Supervision Order"}},
    {"significant-issues", {"Significant issues"}},
    {"next-review", {"Next review", "Next review date"}},
    {"next-meeting", {"Next meeting", "Next meeting date", "Date of next meeting"}},
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

} // namespace

std::optional<std::string> front_matter_key_for(std::string_view label) {
    std::string_view text = trim(label);
    while (!text.empty() && text.back() == ':')
        text = trim(text.substr(0, text.size() - 1));
    const std::string folded = fold_key(text);
    if (folded.empty())
        return std::nullopt;
    for (const KeyLabels& key : key_labels) {
        if (folded == fold_key(key.key))
            return std::string(key.key);
        for (std::string_view readable : key.labels)
            if (folded == fold_key(readable))
                return std::string(key.key);
    }
    return std::nullopt;
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
