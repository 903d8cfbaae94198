// Data compiled into the binary, so that cpdoc reads no file the user did not name: the
// shipped policy packs, their schema and the bank-holiday calendars.
#pragma once

#include <string_view>
#include <vector>

namespace cpdoc::embedded {

struct File {
    std::string_view name; // file name without directory, e.g. "base.xml"
    std::string_view content;
};

std::string_view pack_schema();
const std::vector<File>& packs();
const std::vector<File>& calendars();

} // namespace cpdoc::embedded
