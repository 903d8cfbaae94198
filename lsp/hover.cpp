#include "lsp/hover.hpp"

#include "lsp/diagnostics.hpp"

namespace cpdoc::lsp {
namespace {

std::string quoted(const Citation& citation, const Policy* policy) {
    std::string title = citation.source;
    if (policy != nullptr)
        if (const auto it = policy->sources.find(citation.source); it != policy->sources.end())
            title = it->second;
    std::string out;
    std::size_t start = 0;
    // Every line of the quotation quoted, so a paragraph break stays inside the quote.
    while (start <= citation.quote.size()) {
        const std::size_t end = std::min(citation.quote.find('\n', start), citation.quote.size());
        out += "> " + citation.quote.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return out + "\n— " + title + (citation.section.empty() ? "" : ", " + citation.section) + "\n";
}

std::string finding_text(const Finding& finding, const CheckResult& result, Workspace& workspace) {
    const RuleHelp help = workspace.help(finding.rule_id, result.policy_id);
    std::string text = "**" + finding.rule_id + "** (" + std::string(to_string(finding.severity)) +
                       "): " + finding.message + "\n\n";
    if (!help.summary.empty())
        text += help.summary + (help.rationale.empty() ? "" : " " + help.rationale) + "\n\n";
    if (finding.citation)
        text += quoted(*finding.citation, result.policy.get()) + "\n";
    if (!help.uri.empty())
        text += "[" + finding.rule_id + " in the rule catalogue](" + help.uri + ")\n";
    return text;
}

std::string_view type_name(FieldType type) {
    switch (type) {
    case FieldType::date:
        return "a date";
    case FieldType::person:
        return "a person";
    case FieldType::yes_no:
        return "yes or no";
    case FieldType::decision:
        return "a decision";
    default:
        return "text";
    }
}

std::string condition_text(const Condition& when) {
    return when.always() ? "" : " when `" + when.key + ": " + when.value + "`";
}

std::string section_text(const SectionSpec& spec, const Policy& policy, std::string_view kind) {
    std::string text = "**" + spec.name + "**: ";
    text += spec.required ? "required" + condition_text(spec.when) : "optional";
    text += " in " + policy.kind_title(kind) + " under " + policy.id + " (declared in " +
            spec.declared_in + ")\n\n";
    if (!spec.aliases.empty()) {
        text += "Also written as:";
        for (const std::string& alias : spec.aliases)
            text += " `" + alias + "`";
        text += "\n\n";
    }
    if (!spec.guidance.empty())
        text += spec.guidance + "\n\n";
    if (!spec.fields.empty()) {
        text += "Fields:\n";
        for (const FieldSpec& field : spec.fields)
            text += "- `" + field.name + ":` " + std::string(type_name(field.type)) +
                    (field.required ? ", required" + condition_text(field.when) : "") + "\n";
        text += "\n";
    }
    for (const Citation& citation : spec.citations)
        text += quoted(citation, &policy) + "\n";
    return text;
}

const Section* heading_at(const Document& document, int line) {
    for (const Section& section : document.sections)
        if (!section.is_preamble() && section.heading.pos.line == line)
            return &section;
    return nullptr;
}

} // namespace

nlohmann::json hover(const Analysis& analysis, TextPosition position, Workspace& workspace) {
    const FileOutcome& outcome = analysis.outcome;
    if (!outcome.result)
        return nullptr;
    std::string text;
    for (const Finding& finding : outcome.result->findings) {
        if (finding.suppressed)
            continue;
        const TextRange range = finding_range(analysis, finding.pos);
        if (range.start.line == position.line && range.start.utf16 <= position.utf16 &&
            position.utf16 <= range.end.utf16)
            text += (text.empty() ? "" : "\n---\n\n") +
                    finding_text(finding, *outcome.result, workspace);
    }
    const Policy* policy = outcome.result->policy.get();
    if (text.empty() && outcome.document && policy != nullptr)
        if (const Section* section = heading_at(*outcome.document, position.line + 1))
            if (const KindSpec* kind = policy->kind(outcome.result->kind))
                if (const SectionSpec* spec = kind->section(*section))
                    text = section_text(*spec, *policy, outcome.result->kind);
    if (text.empty())
        return nullptr;
    return {{"contents", {{"kind", "markdown"}, {"value", text}}}};
}

} // namespace cpdoc::lsp
