#include "grammar/source_format.hpp"

namespace cpdoc {

std::string typed_in(SourceFormat format, std::string_view text) {
    const char* const mark = format == SourceFormat::docx ? "\"" : "`";
    return mark + std::string(text) + mark;
}

} // namespace cpdoc
