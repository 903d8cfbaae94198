// A document seen through a policy: which of its sections is "the contingency plan", which
// field is "Owner" under whatever alias the author used, and who is named in it.
#pragma once

#include "grammar/date.hpp"
#include "grammar/model.hpp"
#include "grammar/person.hpp"
#include "policies/policy.hpp"

#include "view/people_directory.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct Chronology;

class DocumentView {
public:
    DocumentView(const Document& document, const Policy* policy);

    const Document& document() const { return document_; }
    const Policy* policy() const { return policy_; }
    const KindSpec* kind_spec() const { return kind_spec_; }
    const std::string& kind() const { return kind_; }

    // The first section whose heading matches the policy's section (by name or alias). In a
    // section whose records the policy expects, a table is read as records too: each row a
    // record, the header naming its fields, the first column that is not a field its title.
    // In a section of people (Attendance, Named people), a table with a Name column is read
    // as person fields: `Name, Role, Agency` from its columns, keyed by a cell that names a
    // field (Chair, Apologies) or else as Present / Core group member.
    const Section* section(std::string_view canonical) const;
    // Every section, tables read as records where the policy expects records.
    std::vector<const Section*> sections() const;
    const SectionSpec* spec(std::string_view canonical) const;
    const SectionSpec* spec_of(const Section& section) const;

    // Fields of a section or record with the canonical name, under any alias.
    std::vector<const Field*> fields(const std::vector<Field>& fields, std::string_view section,
                                     std::string_view canonical) const;
    const Field* field(const std::vector<Field>& fields, std::string_view section,
                       std::string_view canonical) const;
    // The value text of a record or section field, empty when absent.
    std::string_view value(const std::vector<Field>& fields, std::string_view section,
                           std::string_view canonical) const;

    const FrontMatterEntry* front(std::string_view key) const;
    std::optional<Date> front_date(std::string_view key) const;
    bool front_yes(std::string_view key) const;

    // Every piece of text a reader sees: prose, titles, field values, notes, checklist
    // answers and table cells, with the section it stands in.
    void for_each_text(const std::function<void(const Located&, const Section&)>& visit) const;
    // The same within one section.
    static void for_each_text_in(const Section& section,
                                 const std::function<void(const Located&, const Section&)>& visit);
    // All the section's text, in that order, joined by spaces.
    static std::string section_text(const Section& section);
    // The same, with placeholders blanked out: the wording the author chose, which wording
    // rules read in a template too, where a placeholder's guidance may quote a term to avoid.
    void
    for_each_written_text(const std::function<void(const Located&, const Section&)>& visit) const;

    // Everyone named in a person field of a section (attendance, named people, child seen).
    const std::map<std::string, Person>& people() const { return people_.people(); }
    const Person* person(std::string_view name) const { return people_.person(name); }
    std::vector<const Person*> people_called(std::string_view word) const {
        return people_.people_called(word);
    }
    PeopleDirectory::Holders role_or_agency(std::string_view text) const {
        return people_.role_or_agency(text);
    }

    // The chronology's entries (view/chronology_view.hpp), read when first asked for: every
    // chronology rule reads them. A view, like its document, is used by one thread at a time.
    const Chronology& chronology() const;

private:
    const Document& document_;
    const Policy* policy_;
    const KindSpec* kind_spec_ = nullptr;
    std::string kind_;
    PeopleDirectory people_;
    std::vector<const SectionSpec*> section_specs_; // parallel to the document's sections
    std::vector<Section> reshaped_;                 // parallel too; used where is_reshaped_
    std::vector<bool> is_reshaped_;
    // The index of the first section of each of the kind's section specs, or npos.
    std::vector<std::size_t> first_section_of_spec_;

    const Section& as_read(std::size_t index) const;
    std::size_t spec_index(const SectionSpec* spec) const; // in kind_spec_->sections
    void read_as_shaped(
        std::size_t index,
        const std::vector<std::pair<const FrontMatterEntry*, const SectionSpec*>>& leads);
    void collect_people();
    void read_sentence_records();

    // shared_ptr, not unique_ptr: it is destroyed where Chronology is only declared.
    mutable std::shared_ptr<const Chronology> chronology_;
};

} // namespace cpdoc
