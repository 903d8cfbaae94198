// Text Word shows in place of what the package saved: a content control bound to data (Word
// shows the data's value, from a custom XML part or the document's properties), and a field
// Word updates when the document opens or lays it out (DATE, TIME and page numbers always;
// one marked dirty, or every field when the settings ask for fields to be updated), whose
// saved result it shows no more. cpdoc reads what was saved;
// where Word would show something else, the document is not read as settled text.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>

namespace cpdoc::docx {

// The first such control or field in the main document part (headers, footers and notes are
// never read as content), said by its kind; nullopt when there is none.
// `fields_updated_on_open`: the settings' w:updateFields is on.
std::optional<std::string> shown_otherwise(pugi::xml_node root, bool fields_updated_on_open);

// Whether a settings part asks Word to update every field when the document opens.
bool updates_fields_on_open(pugi::xml_node settings_root);

} // namespace cpdoc::docx
