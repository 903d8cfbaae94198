#include "grammar/reader_state.hpp"

#include "grammar/source_text.hpp"

#include <utility>

namespace cpdoc {

void ReaderState::problem(Position pos, std::string message) {
    doc_.problems.push_back({pos, std::move(message)});
}

bool ReaderState::within_limit(std::size_t& count, std::size_t limit, Position pos,
                               const char* what, const char* option) {
    if (++count <= limit)
        return true;
    problem(pos, limit_reached(limit, what, option));
    stopped_ = true;
    return false;
}

} // namespace cpdoc
