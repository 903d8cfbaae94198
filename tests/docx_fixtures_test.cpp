// Word documents made from the examples and the practitioner corpus (scripts/make-docx-fixtures)
// read into the model the Markdown source gives: the same sections, fields and table cells.
// Written by Pandoc, a document keeps its Markdown shapes (lists, pipe tables, front matter
// as custom properties); written by cpdoc, fields are label/value tables, records and people
// are tables, and values are in their long forms, so its checks are of what survives that.
#include <catch2/catch.hpp>

TEST_CASE("docx fixtures: placeholder until the fixtures exist") {}
