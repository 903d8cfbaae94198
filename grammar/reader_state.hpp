// What both readers keep while they build a document (the dialect's block parser and the Word
// reader's builder): the document, the problems found in it, and whether a limit stopped
// reading.
#pragma once

#include "grammar/model.hpp"

#include <cstddef>
#include <string>

namespace cpdoc {

class ReaderState {
protected:
    Document doc_;
    bool stopped_ = false; // a limit was reached: the rest is not read

    void problem(Position pos, std::string message);
    // Counts one more of something limited; past the limit, reading stops with a problem.
    bool within_limit(std::size_t& count, std::size_t limit, Position pos, const char* what,
                      const char* option);
};

} // namespace cpdoc
