// Reads a Word document's body (w:body) into paragraphs and tables of visible text, as it
// reads with every tracked change accepted: insertions and moved-to text kept, deletions and
// moved-from text dropped. Comments, hidden text, field instructions, text boxes, shapes,
// images and embedded objects are never text; tracked changes, comments, hidden text and
// embedded objects are noted as hazards on the paragraph or row they stand in.
#pragma once

#include "word_blocks.hpp"
#include "word_styles.hpp"

namespace cpdoc::docx {

WordBody read_body(pugi::xml_node document_root, const WordStyles& styles);

// The paragraphs and tables directly inside a header (w:hdr), a footer (w:ftr), a footnote
// (w:footnote) or an endnote (w:endnote), read as the body's are.
WordBody read_story(pugi::xml_node story_root, const WordStyles& styles);

// The paragraphs and tables of every building block of a glossary (w:glossaryDocument), in
// order, as one story.
WordBody read_glossary(pugi::xml_node glossary_root, const WordStyles& styles);

} // namespace cpdoc::docx
