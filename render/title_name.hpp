// A child's name in a document's `#` title. The title becomes the PDF's and the DOCX's Title
// property, which file listings, search indexes and mail previews show without opening the
// document: the reason `child:` must be a case reference and not a name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

// The part of the title that reads as a person's name: a part (between dashes, colons or
// commas) of one to four capitalised words, without a digit, that are not words documents
// are named with ("Core Group Minutes"). `child:` refuses a value without a digit the same way.
std::optional<std::string> name_in_title(std::string_view title);

} // namespace cpdoc
