// How many single-letter edits (insert, delete, replace) turn one text into another.
#pragma once

#include <cstddef>
#include <string_view>

namespace cpdoc {

std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace cpdoc
