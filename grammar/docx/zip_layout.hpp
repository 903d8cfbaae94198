// The layout of a zip as every reader sees it. Readers disagree on a zip that is two zips
// joined (one reads the index at the end, another the first archive), on a name with a NUL
// in it (one stops at the NUL), and on an entry whose Unicode Path extra field (0x7075)
// names it differently from its stored name (libzip takes the extra field, Python the stored
// name). Any of these lets one file show Word one set of minutes and cpdoc another, so the
// layout is read from the bytes here, before libzip reads them, and such a zip is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc::docx {

// Why the zip's layout could be read two ways; nullopt when it cannot. Bytes that are no zip
// at all are left to libzip to refuse.
std::optional<std::string> ambiguous_zip_layout(std::string_view bytes);

} // namespace cpdoc::docx
