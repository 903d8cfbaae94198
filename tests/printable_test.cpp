// printable(): the one escape every output uses for text cpdoc did not write.
#include "grammar/printable.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

TEST_CASE("printable: control characters and bytes that are not UTF-8 become escapes") {
    CHECK(printable("a\x1B[2J\x01\x7F") == "a\\x1B[2J\\x01\\x7F");
    CHECK(printable("\xC2\x9B"
                    "2J \xC2\x85") == "\\u009B2J \\u0085");
    CHECK(printable("caf\xE9 \xFF\xFE \xC0\xAF \xED\xA0\x80") ==
          "caf\\xE9 \\xFF\\xFE \\xC0\\xAF \\xED\\xA0\\x80");
    CHECK(printable("\xE2\x80") == "\\xE2\\x80"); // cut short
}

TEST_CASE("printable: text, tab and characters beyond C1 are kept as they are") {
    const std::string text =
        "Megan's plan \xE2\x80\x94 caf\xC3\xA9\t\xC2\xA0<&>\"% \xF0\x9F\x98\x80";
    CHECK(printable(text) == text);
    CHECK(printable("") == "");
}

TEST_CASE("printable: line breaks are escaped unless the format holds them itself") {
    CHECK(printable("one\ntwo\r") == "one\\x0Atwo\\x0D");
    CHECK(printable("one\ntwo\r\x1B", LineBreaks::keep) == "one\ntwo\r\\x1B");
}

TEST_CASE("printable: controls that reorder a line are escaped where a person reads the line") {
    // "minutes<RLO>dm.exe" would show as "minutesexe.md".
    CHECK(printable("minutes\xE2\x80\xAE"
                    "dm.exe") == "minutes\\u202Edm.exe");
    CHECK(printable("\xE2\x80\xAA\xE2\x81\xA6\xE2\x81\xA9") == "\\u202A\\u2066\\u2069");
    // Marks that only say a direction (U+200F) stay, and a rendered document keeps its text.
    CHECK(printable("\xE2\x80\x8F") == "\xE2\x80\x8F");
    CHECK(printable("a\xE2\x80\xAE"
                    "b",
                    LineBreaks::keep) == "a\xE2\x80\xAE"
                                         "b");
}

TEST_CASE("printable: the noncharacters U+FFFE and U+FFFF are escapes in every output") {
    // A file named "name-<U+FFFF>.md" would make a JUnit report no XML parser reads.
    CHECK(printable("name-\xEF\xBF\xBF.md", LineBreaks::keep) == "name-\\uFFFF.md");
    CHECK(printable("\xEF\xBF\xBE") == "\\uFFFE");
    CHECK(printable("\xEF\xBF\xBD") == "\xEF\xBF\xBD"); // the replacement character is text
}
