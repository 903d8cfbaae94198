// The format a document was read from, and how a message quotes what its author typed.
#pragma once

#include <string>
#include <string_view>

namespace cpdoc {

enum class SourceFormat { markdown, docx };

// What the author typed, quoted as the format shows it: "`20/11/26`" in the dialect (code, as
// the author sees it in the source), "\"20/11/26\"" in a Word document, which has no code.
std::string typed_in(SourceFormat format, std::string_view text);

} // namespace cpdoc
