#include "pack_checks.hpp"

#include "grammar/folding.hpp"
#include "pack_place.hpp"
#include "rule_catalogue.hpp"
#include "vocabulary_names.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <set>

namespace cpdoc {
namespace {

class Checker {
public:
    Checker(const Policy& policy, std::string_view xml, const std::string& file_name)
        : policy_(policy), xml_(xml), file_(file_name), catalogue_(installed_rule_catalogue()) {}

    PackProblems run(const pugi::xml_node& root) {
        for (const pugi::xml_node node : root.children()) {
            const std::string_view name = node.name();
            if (name == "rule")
                check_rule(node);
            else if (name == "require")
                check_require(node);
            else if (name == "discourage")
                check_own_rule_id(node);
            else if (name == "vocabulary")
                check_vocabulary(node);
            else if (name == "kind") {
                warn_uncited(node);
                check_order_by(node);
            }
        }
        for (const pugi::xpath_node cite : root.select_nodes(".//cite"))
            check_source(cite.node());
        check_rules_cite(root);
        return std::move(problems_);
    }

private:
    void error(const pugi::xml_node& node, std::string_view attribute, std::string message) {
        const PackPlace place =
            attribute.empty() ? place_of(xml_, node) : place_of(xml_, node, attribute);
        problems_.errors.push_back({file_, place.line, std::move(message), place.column});
    }
    void warning(const pugi::xml_node& node, std::string message) {
        const PackPlace place = place_of(xml_, node);
        problems_.warnings.push_back({file_, place.line, std::move(message), place.column});
    }

    // "; did you mean X?" when `text` is a slip for a candidate, else `otherwise`.
    std::string suggestion(std::string_view text, const std::vector<std::string>& candidates,
                           std::string otherwise, std::string_view quote = "") const {
        if (catalogue_ != nullptr)
            if (const auto meant = catalogue_->nearest(text, candidates))
                return "; did you mean " + std::string(quote) + *meant + std::string(quote) + "?";
        return otherwise;
    }

    void check_rule(const pugi::xml_node& node) {
        const std::string id = node.attribute("id").as_string();
        if (catalogue_ == nullptr)
            return;
        if (!catalogue_->has(id)) {
            error(node, "id",
                  "unknown rule id " + id +
                      suggestion(id, catalogue_->ids(),
                                 ": a <rule> sets one of cpdoc's rules (`cpdoc rules` lists "
                                 "them); a check of the pack's own is a <require> or "
                                 "<discourage>"));
            rejected_.insert(id);
            return;
        }
        if (catalogue_->dialect(id)) {
            error(node, "id",
                  "rule " + id +
                      " belongs to the dialect and is on in every pack; a pack "
                      "cannot set it");
            rejected_.insert(id);
        }
    }

    // A pack's own rule may not take the id of one of cpdoc's.
    bool check_own_rule_id(const pugi::xml_node& node) {
        const std::string id = node.attribute("id").as_string();
        if (catalogue_ == nullptr || !catalogue_->has(id))
            return true;
        error(node, "id",
              "<" + std::string(node.name()) + "> id " + id +
                  " is one of cpdoc's rules; a rule of the pack's own needs an id of its own");
        return false;
    }

    void check_require(const pugi::xml_node& node) {
        if (!check_own_rule_id(node))
            return;
        const std::string id = node.attribute("id").as_string();
        const std::string kind_name = node.attribute("kind").as_string();
        const std::string section_name = node.attribute("section").as_string();
        const KindSpec* kind = policy_.kind(kind_name);
        if (kind == nullptr) {
            error(node, "kind",
                  "require " + id + ": no pack declares the document kind " + kind_name);
            return;
        }
        const SectionSpec* section = kind->section(section_name);
        if (section == nullptr) {
            std::vector<std::string> names;
            std::string list;
            for (const SectionSpec& spec : kind->sections) {
                names.push_back(spec.name);
                list += (list.empty() ? "" : ", ") + ("\"" + spec.name + "\"");
            }
            error(node, "section",
                  "require " + id + ": " + kind_name + " has no section \"" + section_name + "\"" +
                      suggestion(section_name, names,
                                 "; its sections are " + list +
                                     " (a <kind> of this pack may add one)",
                                 "\""));
            return;
        }
        const auto field = node.attribute("field");
        if (!field || section->field(field.as_string()) != nullptr)
            return;
        const std::string field_name = field.as_string();
        error(node, "field",
              "require " + id + ": section \"" + section->name + "\" of " + kind_name +
                  " has no field \"" + field_name + "\"" + no_field_hint(*section, field_name));
    }

    // "; did you mean X?", or the fields the section has.
    std::string no_field_hint(const SectionSpec& section, std::string_view field_name) const {
        std::vector<std::string> names;
        std::string list;
        for (const FieldSpec& spec : section.fields) {
            names.push_back(spec.name);
            list += (list.empty() ? "" : ", ") + ("\"" + spec.name + "\"");
        }
        return suggestion(field_name, names,
                          list.empty() ? "; it has no fields (a <field> in a <section> of this "
                                         "pack may add one)"
                                       : "; its fields are " + list +
                                             " (a <field> in a <section> of this pack may add "
                                             "one)",
                          "\"");
    }

    // `order-by` names a date field of the section as the pack resolves it.
    void check_order_by(const pugi::xml_node& kind_node) {
        const KindSpec* kind = policy_.kind(kind_node.attribute("name").as_string());
        if (kind == nullptr)
            return;
        for (const pugi::xml_node section_node : kind_node.children("section")) {
            const pugi::xml_attribute order_by = section_node.attribute("order-by");
            const SectionSpec* section = declared(kind->sections, section_node);
            if (!order_by || section == nullptr)
                continue;
            const FieldSpec* field = section->field(order_by.as_string());
            if (field == nullptr)
                error(section_node, "order-by",
                      "section \"" + section->name + "\" of " + kind->kind + " is ordered by \"" +
                          order_by.as_string() + "\", which is not one of its fields" +
                          no_field_hint(*section, order_by.as_string()));
            else if (field->type != FieldType::date)
                error(section_node, "order-by",
                      "section \"" + section->name + "\" of " + kind->kind + " is ordered by \"" +
                          field->name + "\", which is not a date field");
        }
    }

    void check_vocabulary(const pugi::xml_node& node) {
        const std::string name = node.attribute("name").as_string();
        const auto& known = vocabulary_names();
        if (std::find(known.begin(), known.end(), name) != known.end())
            return;
        error(node, "name",
              "unknown vocabulary \"" + name + "\"" +
                  suggestion(name, known,
                             ": no rule reads it (docs/policy-packs.md lists the vocabularies "
                             "and the rules that read them)",
                             "\""));
    }

    void check_source(const pugi::xml_node& cite) {
        const std::string source = cite.attribute("source").as_string();
        if (policy_.sources.count(source) > 0)
            return;
        std::vector<std::string> declared;
        for (const auto& [id, title] : policy_.sources)
            declared.push_back(id);
        error(cite, "source",
              "<cite> names the source \"" + source + "\", which no <source> declares" +
                  suggestion(source, declared,
                             "; declare it with <source id=\"" + source + "\" title=\"...\"/>",
                             "\""));
    }

    // Every rule that is on cites a paragraph: the pack's own <rule>, or one inherited.
    void check_rules_cite(const pugi::xml_node& root) {
        for (const auto& [id, rule] : policy_.rules) {
            if (rule.severity == Severity::off || !rule.citations.empty() || rejected_.count(id))
                continue;
            pugi::xml_node at = root;
            for (const pugi::xml_node node : root.children("rule"))
                if (node.attribute("id").as_string() == id)
                    at = node;
            error(at, at == root ? "" : "id",
                  "rule " + id + " is enabled but cites no policy paragraph");
        }
    }

    // Only an element that sets `required` or `when` makes a requirement of this pack's.
    static bool sets_requirement(const pugi::xml_node& node) {
        return node.attribute("required") || node.attribute("when");
    }

    // The spec an element of this pack declared, found as the reader added it (by its folded
    // name), folding the name once: a pack may have thousands.
    template <class Spec>
    static const Spec* declared(const std::vector<Spec>& specs, const pugi::xml_node& node) {
        const std::string folded = fold_key(node.attribute("name").as_string());
        for (const Spec& spec : specs)
            if (spec.folded.front() == folded)
                return &spec;
        return nullptr;
    }

    void warn_uncited(const pugi::xml_node& kind_node) {
        const KindSpec* kind = policy_.kind(kind_node.attribute("name").as_string());
        if (kind == nullptr)
            return;
        for (const pugi::xml_node section_node : kind_node.children("section")) {
            const SectionSpec* section = nullptr;
            if (sets_requirement(section_node)) {
                section = declared(kind->sections, section_node);
                if (section != nullptr && uncited_here(*section))
                    warning(section_node, "section \"" + section->name + "\" of " + kind->kind +
                                              " is required but cites no policy paragraph: "
                                              "findings about it will carry no citation");
            }
            for (const pugi::xml_node field_node : section_node.children("field")) {
                if (!sets_requirement(field_node))
                    continue;
                if (section == nullptr)
                    section = declared(kind->sections, section_node);
                const FieldSpec* field =
                    section == nullptr ? nullptr : declared(section->fields, field_node);
                if (field != nullptr && uncited_here(*field))
                    warning(field_node, "field \"" + field->name + "\" of section \"" +
                                            section->name + "\" (" + kind->kind +
                                            ") is required but cites no policy paragraph: "
                                            "findings about it will carry no citation");
            }
        }
    }

    template <class Spec> bool uncited_here(const Spec& spec) const {
        return spec.required && spec.citations.empty() && spec.declared_in == policy_.id;
    }

    const Policy& policy_;
    std::string_view xml_;
    const std::string& file_;
    const RuleCatalogue* catalogue_;
    std::set<std::string> rejected_; // <rule> ids already reported
    PackProblems problems_;
};

} // namespace

PackProblems check_pack(const Policy& resolved, std::string_view xml,
                        const std::string& file_name) {
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
        return {{{file_name, 0, "not well-formed XML"}}, {}};
    return Checker(resolved, xml, file_name).run(doc.child("policy"));
}

} // namespace cpdoc
