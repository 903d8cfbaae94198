#include "pack_reader.hpp"

#include "grammar/folding.hpp"
#include "pack_place.hpp"

#include <pugixml.hpp>

#include <algorithm>

namespace cpdoc {
namespace {

Condition read_condition(const pugi::xml_attribute& attribute) {
    Condition condition;
    const std::string text = attribute.as_string();
    const auto eq = text.find('=');
    if (eq != std::string::npos) {
        condition.key = text.substr(0, eq);
        condition.value = text.substr(eq + 1);
    }
    return condition;
}

FieldType read_field_type(std::string_view text) {
    if (text == "date")
        return FieldType::date;
    if (text == "person")
        return FieldType::person;
    if (text == "yes-no")
        return FieldType::yes_no;
    if (text == "decision")
        return FieldType::decision;
    return FieldType::text;
}

SectionShape read_shape(std::string_view text) {
    if (text == "flat")
        return SectionShape::flat;
    if (text == "records")
        return SectionShape::records;
    if (text == "table")
        return SectionShape::table;
    return SectionShape::prose;
}

template <class Spec> Spec& find_or_add(std::vector<Spec>& specs, const std::string& name) {
    const std::string folded = fold_key(name);
    for (Spec& spec : specs)
        if (spec.folded.front() == folded) // fold_key(spec.name), kept when it was added
            return spec;
    Spec& spec = specs.emplace_back();
    spec.name = name;
    spec.folded.push_back(folded);
    return spec;
}

void read_aliases_and_guidance(const pugi::xml_node& node, Named& named, std::string& guidance) {
    for (const pugi::xml_node alias : node.children("alias"))
        if (!named.matches(alias.text().as_string()))
            named.add_alias(alias.text().as_string());
    if (const pugi::xml_node text = node.child("guidance"))
        guidance = text.text().as_string();
}

std::vector<Citation> read_citations(const pugi::xml_node& node) {
    std::vector<Citation> citations;
    for (const pugi::xml_node cite : node.children("cite"))
        citations.push_back({cite.attribute("source").as_string(),
                             cite.attribute("section").as_string(), cite.text().as_string()});
    return citations;
}

// A section or field takes the citations its element gives. Without any, one whose requirement
// this pack sets (a new one, or `required` or `when` changed) takes `fallback` (for a field,
// its <section> element's citations; else none): never a parent's paragraph for what the
// parent did not ask.
void cite(Cited& cited, bool requirement_changed, std::vector<Citation> own,
          const std::vector<Citation>& fallback, const std::string& pack) {
    if (!own.empty()) {
        cited.citations = std::move(own);
        cited.declared_in = pack;
    } else if (requirement_changed) {
        cited.citations = fallback;
        cited.declared_in = pack;
    }
}

template <class Spec> bool apply_requirement(Spec& spec, const pugi::xml_node& node, bool added) {
    const bool was_required = spec.required;
    const Condition was_when = spec.when;
    if (const auto required = node.attribute("required"))
        spec.required = required.as_bool();
    if (const auto when = node.attribute("when"))
        spec.when = read_condition(when);
    return added || spec.required != was_required || spec.when.key != was_when.key ||
           spec.when.value != was_when.value;
}

void apply_field(SectionSpec& section, const pugi::xml_node& node,
                 const std::vector<Citation>& section_citations, const std::string& pack) {
    const std::size_t before = section.fields.size();
    FieldSpec& field = find_or_add(section.fields, node.attribute("name").as_string());
    if (const auto type = node.attribute("type"))
        field.type = read_field_type(type.as_string());
    if (const auto lead = node.attribute("lead"))
        field.lead = lead.as_bool();
    const bool changed = apply_requirement(field, node, section.fields.size() > before);
    cite(field, changed, read_citations(node), section_citations, pack);
    read_aliases_and_guidance(node, field, field.guidance);
}

void apply_kind(Policy& policy, const pugi::xml_node& node) {
    const std::string name = node.attribute("name").as_string();
    KindSpec* kind = nullptr;
    for (KindSpec& existing : policy.kinds)
        if (existing.kind == name)
            kind = &existing;
    if (kind == nullptr) {
        kind = &policy.kinds.emplace_back();
        kind->kind = name;
    }
    if (const pugi::xml_attribute title = node.attribute("title"))
        kind->title = title.as_string();
    for (const pugi::xml_node section_node : node.children("section")) {
        const std::size_t before = kind->sections.size();
        SectionSpec& section =
            find_or_add(kind->sections, section_node.attribute("name").as_string());
        const bool changed =
            apply_requirement(section, section_node, kind->sections.size() > before);
        if (const auto shape = section_node.attribute("shape"))
            section.shape = read_shape(shape.as_string());
        if (const auto order_by = section_node.attribute("order-by"))
            section.order_by = order_by.as_string();
        const std::vector<Citation> citations = read_citations(section_node);
        cite(section, changed, citations, {}, policy.id);
        read_aliases_and_guidance(section_node, section, section.guidance);
        for (const pugi::xml_node field : section_node.children("field"))
            apply_field(section, field, citations, policy.id);
    }
}

RuleSetting read_rule_setting(const pugi::xml_node& node) {
    RuleSetting rule;
    rule.id = node.attribute("id").as_string();
    rule.severity =
        parse_severity(node.attribute("severity").as_string()).value_or(Severity::error);
    for (const pugi::xml_node param : node.children("param"))
        rule.params[param.attribute("name").as_string()] = param.attribute("value").as_string();
    rule.citations = read_citations(node);
    if (const pugi::xml_attribute weight = node.attribute("weight"))
        rule.weight = weight.as_int();
    return rule;
}

void apply_rule(Policy& policy, const pugi::xml_node& node) {
    RuleSetting rule = read_rule_setting(node);
    const auto inherited = policy.rules.find(rule.id);
    if (inherited != policy.rules.end()) {
        for (auto& [name, value] : inherited->second.params)
            rule.params.emplace(name, value); // the child's own values win
        if (rule.citations.empty())
            rule.citations = inherited->second.citations;
        if (!rule.weight)
            rule.weight = inherited->second.weight;
    }
    policy.rules[rule.id] = std::move(rule);
}

template <class Entry> void add_or_replace(std::vector<Entry>& entries, Entry entry) {
    for (Entry& existing : entries)
        if (existing.rule.id == entry.rule.id) {
            existing = std::move(entry);
            return;
        }
    entries.push_back(std::move(entry));
}

void apply_vocabulary(Policy& policy, const pugi::xml_node& node) {
    const std::string name = node.attribute("name").as_string();
    auto& terms = policy.vocabularies[name];
    if (std::string_view(node.attribute("mode").as_string()) == "replace")
        terms.clear();
    for (const pugi::xml_node term : node.children("term")) {
        std::string text = term.text().as_string();
        if (std::find(terms.begin(), terms.end(), text) == terms.end())
            terms.push_back(std::move(text));
    }
    // The validator refuses a name no rule reads.
    if (const auto vocab = vocabulary_named(name))
        policy.compiled_vocabularies[static_cast<std::size_t>(*vocab)] = {FoldedTerms(terms),
                                                                          PhraseMatcher(terms)};
}

} // namespace

std::optional<PackHeader> read_pack_header(std::string_view xml) {
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
        return std::nullopt;
    const pugi::xml_node root = doc.child("policy");
    if (!root)
        return std::nullopt;
    const PackPlace id = place_of(xml, root, "id");
    const PackPlace extends = place_of(xml, root, "extends");
    return PackHeader{root.attribute("id").as_string(),
                      root.attribute("extends").as_string(),
                      id.line,
                      id.column,
                      extends.line,
                      extends.column};
}

std::optional<PackError> apply_pack(Policy& policy, std::string_view xml,
                                    const std::string& file_name) {
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed)
        return PackError{file_name, 0, parsed.description()};
    const pugi::xml_node root = doc.child("policy");
    policy.id = root.attribute("id").as_string();
    policy.version = root.attribute("version").as_string();
    policy.jurisdiction = std::string_view(root.attribute("jurisdiction").as_string()) == "scotland"
                              ? Jurisdiction::scotland
                              : Jurisdiction::england_and_wales;
    policy.title = root.child("title").text().as_string();
    policy.description = root.child("description").text().as_string();
    policy.lineage.insert(policy.lineage.begin(), policy.id);

    for (const pugi::xml_node node : root.children()) {
        const std::string_view name = node.name();
        if (name == "vocabulary") {
            apply_vocabulary(policy, node);
        } else if (name == "kind") {
            apply_kind(policy, node);
        } else if (name == "rule") {
            apply_rule(policy, node);
        } else if (name == "require") {
            Requirement requirement;
            requirement.rule = read_rule_setting(node);
            requirement.kind = node.attribute("kind").as_string();
            requirement.section = node.attribute("section").as_string();
            requirement.field = node.attribute("field").as_string();
            requirement.when = read_condition(node.attribute("when"));
            requirement.message = node.child("message").text().as_string();
            requirement.declared_in = policy.id;
            requirement.line = place_of(xml, node).line;
            add_or_replace(policy.requirements, std::move(requirement));
        } else if (name == "discourage") {
            DiscouragedTerm term;
            term.rule = read_rule_setting(node);
            term.term = node.attribute("term").as_string();
            term.suggest = node.attribute("suggest").as_string();
            term.message = node.child("message").text().as_string();
            term.declared_in = policy.id;
            term.line = place_of(xml, node).line;
            add_or_replace(policy.discouraged, std::move(term));
        } else if (name == "holiday") {
            const auto date = parse_date(node.attribute("date").as_string());
            if (!date) {
                const PackPlace place = place_of(xml, node, "date");
                return PackError{file_name, place.line, "holiday date is not a real date",
                                 place.column};
            }
            policy.holidays.push_back({*date, node.attribute("name").as_string()});
        } else if (name == "source") {
            policy.sources[node.attribute("id").as_string()] = node.attribute("title").as_string();
        }
    }
    return std::nullopt;
}

} // namespace cpdoc
