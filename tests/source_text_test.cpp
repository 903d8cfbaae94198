#include "grammar/source_text.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

TEST_CASE("CRLF and LF lines are read the same, a BOM is dropped") {
    const auto crlf = decode_source("\xEF\xBB\xBFone\r\ntwo\r\n", {});
    REQUIRE(crlf.text);
    REQUIRE(crlf.text->lines.size() == 2);
    CHECK(crlf.text->lines[0] == "one");
    CHECK(crlf.text->lines[1] == "two");
}

TEST_CASE("invalid UTF-8 is refused with its byte offset") {
    const auto result = decode_source(std::string("abc\n\xC3\x28zz"), {});
    REQUIRE(result.error);
    CHECK(result.error->byte_offset == 4);
    CHECK_THAT(result.error->message, Catch::Contains("invalid UTF-8"));
}

TEST_CASE("overlong encodings and surrogates are invalid UTF-8") {
    CHECK(decode_source(std::string("\xC0\xAF"), {}).error);         // overlong '/'
    CHECK(decode_source(std::string("\xED\xA0\x80"), {}).error);     // U+D800
    CHECK(decode_source(std::string("\xF4\x90\x80\x80"), {}).error); // above U+10FFFF
    CHECK_FALSE(decode_source("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80", {}).error);
}

TEST_CASE("a NUL byte is refused with its offset, counting the BOM") {
    const auto result = decode_source(std::string("\xEF\xBB\xBFok\0", 6), {});
    REQUIRE(result.error);
    CHECK(result.error->byte_offset == 5);
    CHECK_THAT(result.error->message, Catch::Contains("NUL"));
}

TEST_CASE("a file over the size limit is refused at the limit") {
    Limits limits;
    limits.max_bytes = 10;
    const auto result = decode_source(std::string(11, 'a'), limits);
    REQUIRE(result.error);
    CHECK(result.error->byte_offset == 10);
    CHECK_THAT(result.error->message, Catch::Contains("larger than the limit"));
}

TEST_CASE("a line over the line limit is refused where it passes the limit") {
    Limits limits;
    limits.max_line_bytes = 8;
    const auto result = decode_source("short\n" + std::string(20, 'x'), limits);
    REQUIRE(result.error);
    CHECK(result.error->byte_offset == 14);
}

TEST_CASE("code points are counted, not bytes") {
    CHECK(code_points("a\xE2\x80\x94"
                      "b") == 3);
}
