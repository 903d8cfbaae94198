#include "declarative.hpp"

#include "checker/source_wording.hpp"
#include "view/text_match.hpp"

namespace cpdoc {

Position missing_section_position(const Document& document) {
    if (document.title)
        return {document.title->pos.line, 1};
    return {1, 1};
}

std::optional<std::string_view> declarative_summary(const Policy& policy,
                                                    std::string_view rule_id) {
    for (const Requirement& requirement : policy.requirements)
        if (requirement.rule.id == rule_id)
            return "A section or field the policy requires is absent or not filled in.";
    for (const DiscouragedTerm& term : policy.discouraged)
        if (term.rule.id == rule_id)
            return "A term the policy discourages is used.";
    return std::nullopt;
}

namespace {

std::optional<Severity> effective_severity(const RuleSetting& rule, const CheckOptions& options) {
    Severity severity = rule.severity;
    if (const auto it = options.severity_overrides.find(rule.id);
        it != options.severity_overrides.end())
        severity = it->second;
    if (severity == Severity::off)
        return std::nullopt;
    return severity;
}

Finding make_finding(const RuleSetting& rule, Severity severity, Position pos,
                     std::string message) {
    return {rule.id,
            severity,
            pos,
            std::move(message),
            rule.citations.empty() ? std::nullopt : std::optional<Citation>(rule.citations.front()),
            false,
            "",
            std::nullopt};
}

void check_requirement(const DocumentView& view, const Requirement& requirement, Severity severity,
                       CheckResult& result) {
    if (!requirement.when.holds(view.document().front_matter))
        return;
    const SourceWording words(view.document().source_format);
    auto report = [&](Position pos, const std::string& what) {
        result.findings.push_back(make_finding(requirement.rule, severity, pos,
                                               what + ": " + words.message(requirement.message)));
    };
    const Section* section = view.section(requirement.section);
    if (section == nullptr) {
        report(missing_section_position(view.document()),
               "there is no " + words.typed(requirement.section) + " section");
        return;
    }
    if (requirement.field.empty()) {
        if (section->empty())
            report(section->heading.pos,
                   "the " + words.typed(requirement.section) + " section is empty");
        return;
    }
    // "TBC" or "N/A" stands where the field's content should be: not filled.
    const auto& placeholders = view.policy()->folded_vocabulary(Vocab::placeholder_phrases);
    auto filled_in = [&](const std::vector<Field>& fields) {
        const std::string_view value = view.value(fields, requirement.section, requirement.field);
        return !value.empty() && !is_one_of(value, placeholders);
    };
    // In a section of records the field belongs to each record (every objective its
    // support); elsewhere to the section.
    if (section->records.empty() || filled_in(section->fields)) {
        if (!filled_in(section->fields))
            report(section->heading.pos, words.typed(requirement.section) + " records no " +
                                             words.field(requirement.field));
        return;
    }
    for (const Record& record : section->records)
        if (!filled_in(record.fields))
            report(record.title.pos, "this entry of " + words.typed(requirement.section) +
                                         " records no " + words.field(requirement.field));
}

void check_discouraged(const DocumentView& view, const DiscouragedTerm& term, Severity severity,
                       CheckResult& result) {
    const PhraseMatcher discouraged({term.term}); // contains_phrase, the term folded once
    view.for_each_written_text([&](const Located& text, const Section&) {
        if (!discouraged.first_in(text.text))
            return;
        const auto at = find_phrase(text.text, term.term);
        std::string message = "avoid \"" + term.term + "\"";
        if (!term.suggest.empty())
            message += "; say \"" + term.suggest + "\" and describe what was seen";
        if (!term.message.empty())
            message += ": " + SourceWording(view.document().source_format).message(term.message);
        result.findings.push_back(make_finding(
            term.rule, severity, at ? text.position_at(*at) : text.pos, std::move(message)));
    });
}

} // namespace

void check_declarative(const DocumentView& view, const CheckOptions& options, CheckResult& result) {
    const Policy& policy = *view.policy();
    for (const Requirement& requirement : policy.requirements) {
        if (requirement.kind != view.kind()) // not run, so not counted as checked by an audit
            continue;
        if (const auto severity = effective_severity(requirement.rule, options)) {
            result.rules_run.push_back(requirement.rule.id);
            check_requirement(view, requirement, *severity, result);
        }
    }
    // Wording rules run in template mode too: banned wording in a template would reach every
    // document made from it. Placeholders' guidance is not read.
    for (const DiscouragedTerm& term : policy.discouraged) {
        if (const auto severity = effective_severity(term.rule, options)) {
            result.rules_run.push_back(term.rule.id);
            check_discouraged(view, term, *severity, result);
        }
    }
}

} // namespace cpdoc
