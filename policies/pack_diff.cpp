#include "pack_diff.hpp"

#include <algorithm>
#include <set>

namespace cpdoc {
namespace {

std::string quoted_list(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "\"" : ", \"") + item + "\"";
    return out;
}

std::string condition(const Condition& when) {
    return when.always() ? "always" : when.key + "=" + when.value;
}

std::string cited(const std::vector<Citation>& citations) {
    if (citations.empty())
        return "none";
    std::string out;
    for (const Citation& c : citations)
        out += (out.empty() ? "" : "; ") + c.source + ", " + c.section;
    return out;
}

bool same_citations(const std::vector<Citation>& a, const std::vector<Citation>& b) {
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const Citation& x, const Citation& y) {
            return x.source == y.source && x.section == y.section && x.quote == y.quote;
        });
}

// The details of what differs, one a clause: "severity warning -> error".
class Details {
public:
    template <class T> void compare(const std::string& what, const T& before, const T& after) {
        if (before != after)
            add(what + " " + before + " -> " + after);
    }
    void add(std::string text) { text_ += (text_.empty() ? "" : "; ") + std::move(text); }
    void terms(const std::string& what, const std::vector<std::string>& before,
               const std::vector<std::string>& after) {
        std::vector<std::string> added, removed;
        for (const std::string& term : after)
            if (std::find(before.begin(), before.end(), term) == before.end())
                added.push_back(term);
        for (const std::string& term : before)
            if (std::find(after.begin(), after.end(), term) == after.end())
                removed.push_back(term);
        if (!added.empty())
            add(what + " added: " + quoted_list(added));
        if (!removed.empty())
            add(what + " removed: " + quoted_list(removed));
    }
    void citations(const std::vector<Citation>& before, const std::vector<Citation>& after) {
        if (!same_citations(before, after))
            add("citation " + cited(before) + " -> " + cited(after));
    }
    const std::string& text() const { return text_; }

private:
    std::string text_;
};

class Differ {
public:
    std::vector<PackChange> run(const Policy& a, const Policy& b) {
        if (a.jurisdiction != b.jurisdiction)
            out_.push_back({"jurisdiction", "", "", "changed",
                            "calendar " + std::string(to_string(a.jurisdiction)) + " -> " +
                                std::string(to_string(b.jurisdiction))});
        holidays(a, b);
        rules(a, b);
        own_rules(a.requirements, b.requirements, "require");
        own_rules(a.discouraged, b.discouraged, "discourage");
        kinds(a, b);
        vocabularies(a, b);
        sources(a, b);
        return std::move(out_);
    }

private:
    void record(std::string element, std::string kind, std::string name, std::string change,
                std::string detail) {
        out_.push_back({std::move(element), std::move(kind), std::move(name), std::move(change),
                        std::move(detail)});
    }

    void holidays(const Policy& a, const Policy& b) {
        auto has = [](const Policy& p, const Holiday& h) {
            return std::any_of(p.holidays.begin(), p.holidays.end(), [&](const Holiday& o) {
                return o.date == h.date && o.name == h.name;
            });
        };
        for (const Holiday& h : b.holidays)
            if (!has(a, h))
                record("holiday", "", h.date.iso(), "added", h.name);
        for (const Holiday& h : a.holidays)
            if (!has(b, h))
                record("holiday", "", h.date.iso(), "removed", h.name);
    }

    static std::string severity(const RuleSetting& rule) {
        return std::string(to_string(rule.severity));
    }

    static void rule_details(Details& details, const RuleSetting& before,
                             const RuleSetting& after) {
        details.compare("severity", severity(before), severity(after));
        std::set<std::string> names;
        for (const auto& [name, value] : before.params)
            names.insert(name);
        for (const auto& [name, value] : after.params)
            names.insert(name);
        for (const std::string& name : names) {
            const auto was = before.params.find(name);
            const auto now = after.params.find(name);
            details.compare("parameter " + name,
                            was == before.params.end() ? "(none)" : was->second,
                            now == after.params.end() ? "(none)" : now->second);
        }
        details.citations(before.citations, after.citations);
    }

    void rules(const Policy& a, const Policy& b) {
        for (const auto& [id, rule] : b.rules) {
            const auto old = a.rules.find(id);
            if (old == a.rules.end()) {
                record("rule", "", id, "added", severity(rule));
                continue;
            }
            Details details;
            rule_details(details, old->second, rule);
            if (!details.text().empty())
                record("rule", "", id, "changed", details.text());
        }
        for (const auto& [id, rule] : a.rules)
            if (b.rules.count(id) == 0)
                record("rule", "", id, "removed", severity(rule));
    }

    static std::string where(const Requirement& r) {
        return r.section + (r.field.empty() ? "" : " / " + r.field);
    }
    static std::string where(const DiscouragedTerm& t) { return "\"" + t.term + "\""; }
    static std::string kind_of(const Requirement& r) { return r.kind; }
    static std::string kind_of(const DiscouragedTerm&) { return ""; }
    static void entry_details(Details& d, const Requirement& x, const Requirement& y) {
        d.compare("kind", x.kind, y.kind);
        d.compare("requires", where(x), where(y));
        d.compare("when", condition(x.when), condition(y.when));
        if (x.message != y.message)
            d.add("message changed");
    }
    static void entry_details(Details& d, const DiscouragedTerm& x, const DiscouragedTerm& y) {
        d.compare("term", x.term, y.term);
        d.compare("suggestion", x.suggest, y.suggest);
        if (x.message != y.message)
            d.add("message changed");
    }

    template <class Entry>
    void own_rules(const std::vector<Entry>& a, const std::vector<Entry>& b,
                   const std::string& element) {
        auto find = [](const std::vector<Entry>& entries, const std::string& id) -> const Entry* {
            for (const Entry& e : entries)
                if (e.rule.id == id)
                    return &e;
            return nullptr;
        };
        for (const Entry& entry : b) {
            const Entry* old = find(a, entry.rule.id);
            if (old == nullptr) {
                record(element, kind_of(entry), entry.rule.id, "added",
                       severity(entry.rule) + ", " + where(entry));
                continue;
            }
            Details details;
            rule_details(details, old->rule, entry.rule);
            entry_details(details, *old, entry);
            if (!details.text().empty())
                record(element, kind_of(entry), entry.rule.id, "changed", details.text());
        }
        for (const Entry& entry : a)
            if (find(b, entry.rule.id) == nullptr)
                record(element, kind_of(entry), entry.rule.id, "removed",
                       severity(entry.rule) + ", " + where(entry));
    }

    static std::string requirement(bool required, const Condition& when) {
        return !required       ? "optional"
               : when.always() ? "required"
                               : "required when " + condition(when);
    }

    template <class Spec> static void spec_details(Details& d, const Spec& x, const Spec& y) {
        d.compare("requirement", requirement(x.required, x.when), requirement(y.required, y.when));
        d.terms("aliases", x.aliases, y.aliases);
        if (x.guidance != y.guidance)
            d.add("guidance changed");
        d.citations(x.citations, y.citations);
    }

    void fields(const std::string& kind, const SectionSpec& x, const SectionSpec& y) {
        for (const FieldSpec& field : y.fields) {
            const FieldSpec* old = x.field_named(field.name);
            const std::string name = y.name + " / " + field.name;
            if (old == nullptr) {
                record("field", kind, name, "added", requirement(field.required, field.when));
                continue;
            }
            Details details;
            spec_details(details, *old, field);
            if (old->type != field.type)
                details.add("type changed");
            if (!details.text().empty())
                record("field", kind, name, "changed", details.text());
        }
        for (const FieldSpec& field : x.fields)
            if (y.field_named(field.name) == nullptr)
                record("field", kind, y.name + " / " + field.name, "removed",
                       requirement(field.required, field.when));
    }

    void kinds(const Policy& a, const Policy& b) {
        static const KindSpec none;
        for (const KindSpec& kind : b.kinds) {
            const KindSpec* old = a.kind(kind.kind);
            if (old == nullptr)
                old = &none;
            for (const SectionSpec& section : kind.sections) {
                const SectionSpec* was = old->section_named(section.name);
                if (was == nullptr) {
                    record("section", kind.kind, section.name, "added",
                           requirement(section.required, section.when));
                    for (const FieldSpec& field : section.fields)
                        record("field", kind.kind, section.name + " / " + field.name, "added",
                               requirement(field.required, field.when));
                    continue;
                }
                Details details;
                spec_details(details, *was, section);
                if (!details.text().empty())
                    record("section", kind.kind, section.name, "changed", details.text());
                fields(kind.kind, *was, section);
            }
            for (const SectionSpec& section : old->sections)
                if (kind.section_named(section.name) == nullptr)
                    record("section", kind.kind, section.name, "removed",
                           requirement(section.required, section.when));
        }
    }

    static const std::vector<std::string>& terms_of(const Policy& policy, const std::string& name) {
        static const std::vector<std::string> none;
        const auto it = policy.vocabularies.find(name);
        return it == policy.vocabularies.end() ? none : it->second;
    }

    void vocabularies(const Policy& a, const Policy& b) {
        std::set<std::string> names;
        for (const auto& [name, terms] : a.vocabularies)
            names.insert(name);
        for (const auto& [name, terms] : b.vocabularies)
            names.insert(name);
        for (const std::string& name : names) {
            Details details;
            details.terms("terms", terms_of(a, name), terms_of(b, name));
            if (!details.text().empty())
                record(name == "markings" ? "markings" : "vocabulary", "", name, "changed",
                       details.text());
        }
    }

    void sources(const Policy& a, const Policy& b) {
        for (const auto& [id, title] : b.sources) {
            const auto old = a.sources.find(id);
            if (old == a.sources.end())
                record("source", "", id, "added", title);
            else if (old->second != title)
                record("source", "", id, "changed",
                       "title \"" + old->second + "\" -> \"" + title + "\"");
        }
        for (const auto& [id, title] : a.sources)
            if (b.sources.count(id) == 0)
                record("source", "", id, "removed", title);
    }

    std::vector<PackChange> out_;
};

} // namespace

std::vector<PackChange> diff_packs(const Policy& old_pack, const Policy& new_pack) {
    return Differ().run(old_pack, new_pack);
}

} // namespace cpdoc
