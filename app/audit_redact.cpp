#include "audit_redact.hpp"

#include "grammar/values.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

namespace cpdoc {
namespace {

std::string numbered(const char* prefix, std::size_t n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%04zu", prefix, n);
    return buffer;
}

// Replaces every case-insensitive occurrence of each key with its pseudonym, in one pass
// over the text: at each place the longest key that matches there wins. Keys are found
// through their first three characters, so thousands of names cost a lookup a character,
// not a search of the text each.
class Replacer {
public:
    explicit Replacer(std::vector<std::pair<std::string, std::string>> replacements)
        : replacements_(std::move(replacements)) {
        std::sort(replacements_.begin(), replacements_.end(),
                  [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        for (std::size_t i = 0; i < replacements_.size(); ++i) {
            const std::string& key = replacements_[i].first;
            if (key.size() >= prefix)
                by_prefix_[key.substr(0, prefix)].push_back(i);
            else if (!key.empty())
                short_keys_.push_back(i);
        }
    }

    std::string operator()(const std::string& text) const {
        const std::string lower = ascii_lowercase(text);
        std::string out;
        out.reserve(text.size());
        for (std::size_t at = 0; at < text.size();) {
            if (const auto* match = longest_at(lower, at)) {
                out += match->second;
                at += match->first.size();
            } else {
                out += text[at++];
            }
        }
        return out;
    }

private:
    static constexpr std::size_t prefix = 3;

    const std::pair<std::string, std::string>* longest_at(const std::string& lower,
                                                          std::size_t at) const {
        if (at + prefix <= lower.size())
            if (const auto it = by_prefix_.find(std::string_view(lower).substr(at, prefix));
                it != by_prefix_.end())
                for (const std::size_t i : it->second) // longest first
                    if (lower.compare(at, replacements_[i].first.size(), replacements_[i].first) ==
                        0)
                        return &replacements_[i];
        for (const std::size_t i : short_keys_)
            if (lower.compare(at, replacements_[i].first.size(), replacements_[i].first) == 0)
                return &replacements_[i];
        return nullptr;
    }

    std::vector<std::pair<std::string, std::string>> replacements_;
    std::map<std::string, std::vector<std::size_t>, std::less<>> by_prefix_;
    std::vector<std::size_t> short_keys_;
};

// `quoted document text` becomes `…`: values may hold names no field declares.
std::string drop_quotes(const std::string& message) {
    std::string out;
    bool quoted = false;
    for (const char c : message) {
        if (c == '`') {
            out += c;
            if (!quoted)
                out += "\u2026";
            quoted = !quoted;
            continue;
        }
        if (!quoted)
            out += c;
    }
    return out;
}

} // namespace

void redact(AuditResult& audit) {
    std::map<std::string, std::string> children, people;
    for (const AuditDocument& document : audit.documents) {
        const std::string child = ascii_lowercase(trim(document.child));
        if (!child.empty() && !children.count(child))
            children.emplace(child, numbered("Child", children.size() + 1));
        for (const std::string& name : document.names) {
            const std::string key = ascii_lowercase(trim(name));
            if (key.size() >= 3 && !people.count(key))
                people.emplace(key, numbered("Person", people.size() + 1));
        }
    }
    std::vector<std::pair<std::string, std::string>> replacements(children.begin(), children.end());
    replacements.insert(replacements.end(), people.begin(), people.end());
    const Replacer replace_all(std::move(replacements));

    std::map<std::string, int> per_child_kind;
    for (AuditDocument& document : audit.documents) {
        const std::string child_key = ascii_lowercase(trim(document.child));
        const std::string pseudonym =
            children.count(child_key) ? children[child_key] : "Child-unknown";
        const std::string kind = document.kind.empty() ? "document" : document.kind;
        document.path =
            pseudonym + "/" + kind + "-" + std::to_string(++per_child_kind[pseudonym + "/" + kind]);
        document.child = pseudonym;
        for (Finding& finding : document.findings) {
            finding.message = replace_all(drop_quotes(finding.message));
            if (finding.suppressed) // a reason is free text: it may name anyone
                finding.suppression_reason = "(reason recorded in the document)";
        }
        document.error = replace_all(document.error);
        for (std::string& name : document.names)
            name = people.count(ascii_lowercase(trim(name))) ? people[ascii_lowercase(trim(name))]
                                                             : "Person";
    }
    // Case folders are often named after the family: the scope says only how many there were.
    for (std::size_t i = 0; i < audit.scope.size(); ++i)
        audit.scope[i] = numbered("Directory", i + 1);
}

} // namespace cpdoc
