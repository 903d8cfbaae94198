// Schema validation of a policy pack, before any of it is read: libxml2 with network
// access off and no DTD processing. A pack with a DOCTYPE is refused outright, so no entity
// (external or recursive) is ever declared, let alone expanded.
#pragma once

#include "pack_error.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace cpdoc {

constexpr std::size_t max_pack_bytes = 2u << 20;
// Elements of one name (term, field, alias...) in one pack: the shipped base pack, the largest,
// has 484 terms. Reading a pack, and checking against it, look names up in lists: bounded
// here, a 2 MiB pack of 100,000 fields cannot take minutes.
constexpr std::size_t max_pack_elements_of_a_name = 2000;

std::optional<PackError> validate_pack(std::string_view xml, const std::string& file_name);

} // namespace cpdoc
