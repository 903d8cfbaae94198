#include "lsp/code_actions.hpp"

#include "checker/declarative.hpp"
#include "grammar/folding.hpp"
#include "lsp/utf16.hpp"
#include "view/document_view.hpp"

#include <regex>

namespace cpdoc::lsp {
namespace {

nlohmann::json edit_action(const std::string& title, const std::string& uri,
                           const Analysis& analysis, const TextRange& range,
                           const std::string& text, const nlohmann::json& diagnostic,
                           bool preferred) {
    nlohmann::json action = {{"title", title},
                             {"kind", "quickfix"},
                             {"edit",
                              {{"documentChanges",
                                {{{"textDocument", {{"uri", uri}, {"version", analysis.version}}},
                                  {"edits", {{{"range", to_json(range)}, {"newText", text}}}}}}}}}};
    if (!diagnostic.is_null())
        action["diagnostics"] = nlohmann::json::array({diagnostic});
    if (preferred)
        action["isPreferred"] = true;
    return action;
}

// The end of the text, as a position.
TextPosition text_end(const Analysis& analysis) {
    const int last = static_cast<int>(analysis.lines.size()) - 1;
    return {last, utf16_length(analysis.lines.back())};
}

std::string skeleton(const SectionSpec& spec) {
    std::string text = "## " + spec.name + "\n";
    if (spec.shape == SectionShape::records) {
        text += "- {{ title }}\n";
        for (const FieldSpec& field : spec.fields)
            text += "  - " + field.name + ": {{ " + fold_key(field.name) + " }}\n";
    } else {
        for (const FieldSpec& field : spec.fields)
            text += "- " + field.name + ": {{ " + fold_key(field.name) + " }}\n";
    }
    return text;
}

// A finding that names a section the document lacks (SECTION-MISSING, CONTINGENCY-MISSING,
// "no `## Worker safety`"), reported where a missing section is: the section the pack
// defines, added at the end.
void missing_section(const std::string& uri, const Analysis& analysis, const Finding& finding,
                     const nlohmann::json& diagnostic, nlohmann::json& out) {
    const CheckResult& result = *analysis.outcome.result;
    const KindSpec* kind = result.policy ? result.policy->kind(result.kind) : nullptr;
    if (kind == nullptr || finding.pos != missing_section_position(*analysis.outcome.document))
        return;
    const DocumentView view(*analysis.outcome.document, result.policy.get());
    const std::string message = ascii_lowercase(finding.message);
    for (const SectionSpec& spec : kind->sections) {
        if (message.find(ascii_lowercase(spec.name)) == std::string::npos ||
            view.section(spec.name) != nullptr)
            continue;
        // A blank line before the new heading, however the text ends.
        const TextPosition end = text_end(analysis);
        const bool ends_with_newline = end.utf16 == 0 && analysis.lines.size() > 1;
        const bool blank_before =
            ends_with_newline && analysis.lines[analysis.lines.size() - 2].empty();
        const std::string before = !ends_with_newline ? "\n\n" : blank_before ? "" : "\n";
        out.push_back(edit_action("Add the `" + spec.name + "` section", uri, analysis, {end, end},
                                  before + skeleton(spec), diagnostic, true));
    }
}

// The value of the field a finding points into, as a range to replace.
void suggested_date(const std::string& uri, const Analysis& analysis, const Finding& finding,
                    const nlohmann::json& diagnostic, nlohmann::json& out) {
    static const std::regex pattern("did you mean (.+)\\?");
    std::smatch match;
    if (!std::regex_search(finding.message, match, pattern))
        return;
    const TextRange range = finding_range(analysis, finding.pos);
    out.push_back(edit_action("Write the date as " + match[1].str(), uri, analysis, range,
                              match[1].str(), diagnostic, true));
}

void discouraged_term(const std::string& uri, const Analysis& analysis, const Finding& finding,
                      const nlohmann::json& diagnostic, nlohmann::json& out) {
    const CheckResult& result = *analysis.outcome.result;
    if (!result.policy)
        return;
    for (const DiscouragedTerm& term : result.policy->discouraged) {
        if (term.rule.id != finding.rule_id || term.suggest.empty())
            continue;
        const TextRange shown = finding_range(analysis, finding.pos);
        const std::string_view line = analysis.lines[static_cast<std::size_t>(shown.start.line)];
        const std::size_t from = byte_at_utf16(line, shown.start.utf16);
        // Only where the text there is the term, in any case: the fix is then mechanical.
        if (fold_name(line.substr(from, term.term.size())) != fold_name(term.term))
            continue;
        const TextRange range{shown.start,
                              {shown.start.line, utf16_at_byte(line, from + term.term.size())}};
        out.push_back(edit_action("Replace \"" + term.term + "\" with \"" + term.suggest + "\"",
                                  uri, analysis, range, term.suggest, diagnostic, true));
    }
}

// A suppression stands on a line of its own in the finding's section, under its heading; in
// the preamble it holds for the whole document and goes just before the first section.
void suppression(const std::string& uri, const Analysis& analysis, const Finding& finding,
                 const nlohmann::json& diagnostic, nlohmann::json& out) {
    if (finding.rule_id == "PARSE-ERROR" || finding.rule_id == "SUPPRESSION-NO-REASON")
        return;
    const Document& document = *analysis.outcome.document;
    int insert_line = static_cast<int>(analysis.lines.size()); // 1-based line it goes before
    for (const Section& section : document.sections) {
        if (section.is_preamble())
            continue;
        if (section.heading.pos.line > finding.pos.line) {
            if (insert_line == static_cast<int>(analysis.lines.size()))
                insert_line = section.heading.pos.line;
            break;
        }
        insert_line = section.heading.pos.line + 1;
    }
    const TextPosition at{insert_line - 1, 0};
    out.push_back(edit_action(
        "Suppress " + finding.rule_id + " here, with a reason to give", uri, analysis, {at, at},
        "<!-- cpdoc-disable " + finding.rule_id + ": -->\n", diagnostic, false));
}

} // namespace

nlohmann::json code_actions(const std::string& uri, const Analysis& analysis,
                            const TextRange& range) {
    nlohmann::json out = nlohmann::json::array();
    const FileOutcome& outcome = analysis.outcome;
    if (!outcome.result || !outcome.document || analysis.lines.empty())
        return out;
    for (const Finding& finding : outcome.result->findings) {
        const int line = std::max(0, finding.pos.line - 1);
        if (finding.suppressed || line < range.start.line || line > range.end.line)
            continue;
        const nlohmann::json diagnostic = {{"range", to_json(finding_range(analysis, finding.pos))},
                                           {"code", finding.rule_id},
                                           {"source", "cpdoc"},
                                           {"message", finding.message}};
        missing_section(uri, analysis, finding, diagnostic, out);
        suggested_date(uri, analysis, finding, diagnostic, out);
        discouraged_term(uri, analysis, finding, diagnostic, out);
        suppression(uri, analysis, finding, diagnostic, out);
    }
    return out;
}

} // namespace cpdoc::lsp
