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

// Replaces every case-insensitive occurrence of each key (longest first) with its pseudonym.
std::string replace_all(const std::string& text,
                        const std::vector<std::pair<std::string, std::string>>& replacements) {
    std::string out = text;
    for (const auto& [needle, pseudonym] : replacements) {
        std::string haystack = ascii_lowercase(out);
        std::size_t at = 0;
        while ((at = haystack.find(needle, at)) != std::string::npos) {
            out.replace(at, needle.size(), pseudonym);
            haystack.replace(at, needle.size(), ascii_lowercase(pseudonym));
            at += pseudonym.size();
        }
    }
    return out;
}

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
    std::sort(replacements.begin(), replacements.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });

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
            finding.message = replace_all(drop_quotes(finding.message), replacements);
            if (finding.suppressed) // a reason is free text: it may name anyone
                finding.suppression_reason = "(reason recorded in the document)";
        }
        document.error = replace_all(document.error, replacements);
        for (std::string& name : document.names)
            name = people.count(ascii_lowercase(trim(name))) ? people[ascii_lowercase(trim(name))]
                                                             : "Person";
    }
    for (std::string& directory : audit.scope)
        directory = replace_all(directory, replacements);
}

} // namespace cpdoc
