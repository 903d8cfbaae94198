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

TEST_CASE("a control character other than tab or a line ending is refused with its offset") {
    // C0 but tab, LF and CR; DEL; C1 (U+0080 to U+009F, two bytes in UTF-8). Each at byte 12,
    // after a run of plain ASCII long enough for the eight-byte fast path.
    for (const std::string control : {"\x01", "\x08", "\x0B", "\x0C", "\x1B", "\x1F", "\x7F",
                                      "\xC2\x80", "\xC2\x85", "\xC2\x9B", "\xC2\x9F"}) {
        INFO(static_cast<int>(static_cast<unsigned char>(control.back())));
        const auto result = decode_source("plain ascii " + control + "[2J\n", {});
        REQUIRE(result.error);
        CHECK(result.error->byte_offset == 12);
        CHECK_THAT(result.error->message, Catch::StartsWith("control character U+00"));
    }
    const auto escape = decode_source("\xEF\xBB\xBF\x1B", {});
    REQUIRE(escape.error);
    CHECK(escape.error->byte_offset == 3);
    CHECK_THAT(escape.error->message, Catch::StartsWith("control character U+001B"));
}

TEST_CASE("a line or paragraph separator (U+2028, U+2029) is refused with its offset") {
    // Some editors end a line there and cpdoc would not: front matter to them, a paragraph to
    // an audit, which would pass the document over.
    const auto line = decode_source("---\xE2\x80\xA8"
                                    "document: child-plan\n",
                                    {});
    REQUIRE(line.error);
    CHECK(line.error->byte_offset == 3);
    CHECK_THAT(line.error->message, Catch::StartsWith("line separator U+2028"));
    const auto paragraph = decode_source("text \xE2\x80\xA9 more\n", {});
    REQUIRE(paragraph.error);
    CHECK_THAT(paragraph.error->message, Catch::StartsWith("paragraph separator U+2029"));
    CHECK_FALSE(decode_source("an en dash \xE2\x80\x93 is text\n", {}).error);
}

TEST_CASE("the noncharacters U+FFFE and U+FFFF are refused with their offset") {
    // No XML output (a rendered DOCX, an annotated copy, JUnit) may hold them.
    const auto ffff = decode_source("# Plan \xEF\xBF\xBF\n", {});
    REQUIRE(ffff.error);
    CHECK(ffff.error->byte_offset == 7);
    CHECK_THAT(ffff.error->message, Catch::StartsWith("noncharacter U+FFFF"));
    const auto fffe = decode_source("text \xEF\xBF\xBE\n", {});
    REQUIRE(fffe.error);
    CHECK_THAT(fffe.error->message, Catch::StartsWith("noncharacter U+FFFE"));
    CHECK_FALSE(decode_source("a replacement character \xEF\xBF\xBD is text\n", {}).error);
}

TEST_CASE("a byte that is not plain ASCII is found wherever it falls among sixteen") {
    // The fast path skips plain ASCII up to the first byte that needs a look, in a block of
    // sixteen: at every place in the first and second block, with plain text after it.
    for (std::size_t at = 0; at < 33; ++at) {
        INFO(at);
        const auto escape = decode_source(std::string(at, 'a') + "\x1B" + std::string(32, 'b'), {});
        REQUIRE(escape.error);
        CHECK(escape.error->byte_offset == at);
        const auto del = decode_source(std::string(at, 'a') + "\x7F" + std::string(32, 'b'), {});
        REQUIRE(del.error);
        CHECK(del.error->byte_offset == at);
        const auto invalid =
            decode_source(std::string(at, 'a') + "\xC3(" + std::string(32, 'b'), {});
        REQUIRE(invalid.error);
        CHECK(invalid.error->byte_offset == at);
        // A valid two-byte character there is text, and the text goes on after it.
        const auto accented =
            decode_source(std::string(at, 'a') + "\xC3\xA9" + std::string(32, 'b'), {});
        REQUIRE(accented.text);
        CHECK(accented.text->lines.front().size() == at + 34);
    }
}

TEST_CASE("lines of every length up to three blocks end where their newline is") {
    std::string text;
    for (std::size_t length = 0; length < 50; ++length)
        text += std::string(length, static_cast<char>('!' + length)) + "\n";
    const auto result = decode_source(text, {});
    REQUIRE(result.text);
    REQUIRE(result.text->lines.size() == 50);
    for (std::size_t length = 0; length < 50; ++length)
        CHECK(result.text->lines[length] == std::string(length, static_cast<char>('!' + length)));
}

TEST_CASE("tab, line endings and the characters after C1 are text") {
    CHECK_FALSE(decode_source("a\tb\r\nc\rd\n", {}).error);
    CHECK_FALSE(decode_source("\xC2\xA0\xC2\xA9 \xC2\xBF", {}).error); // U+00A0, U+00A9, U+00BF
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
    // Lines at the limit, each ending inside a word of eight, pass; the next byte fails.
    CHECK_FALSE(
        decode_source(std::string(8, 'x') + "\n" + std::string(8, 'y') + "\n", limits).error);
    const auto over = decode_source(std::string(8, 'x') + "\n" + std::string(9, 'y'), limits);
    REQUIRE(over.error);
    CHECK(over.error->byte_offset == 17);
}

TEST_CASE("code points are counted, not bytes") {
    CHECK(code_points("a\xE2\x80\x94"
                      "b") == 3);
}
