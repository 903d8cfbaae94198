#include "grammar/placeholders.hpp"

#include "grammar/folding.hpp"

namespace cpdoc {

bool is_placeholder(std::string_view text) {
    text = trim(text);
    return text.starts_with("{{") && text.ends_with("}}");
}

std::string without_placeholders(std::string_view text) {
    std::string out(text);
    for (std::size_t open = out.find("{{"); open != std::string::npos;
         open = out.find("{{", open)) {
        const std::size_t close = out.find("}}", open + 2);
        const std::size_t end = close == std::string::npos ? out.size() : close + 2;
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(open),
                  out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        open = end;
    }
    return out;
}

} // namespace cpdoc
