// One section of a document as Pandoc blocks, in the order the author wrote its parts:
// records as one table (a column per field, due-date order for actions), attendance and
// other lists of people as a table with the chair first, other fields as a two-column
// table, checklists as yes/no lists, tables as tables, and prose as paragraphs.
#pragma once

#include "view/document_view.hpp"
#include "grammar/model.hpp"
#include "pandoc_ast.hpp"
#include "policies/policy.hpp"

namespace cpdoc {

// `spec` is the policy's description of the section, or nullptr for a section the policy
// does not know (or a document without a usable pack): it is rendered from its shape alone.
// People are written as `view` knows them: "Owner: Karen" in full, with her role.
pandoc::Blocks section_blocks(const Section& section, const SectionSpec* spec,
                              const DocumentView& view);

} // namespace cpdoc
