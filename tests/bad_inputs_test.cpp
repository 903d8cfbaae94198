// The catalogue of hostile and broken documents in tests/bad-inputs, each with the exact
// output and exit status it must produce.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc::test;

TEST_CASE("every bad input gives exactly its expected error") {
    check_catalogue(source_path("tests/bad-inputs"));
}
