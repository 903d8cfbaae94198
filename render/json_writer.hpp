// A small streaming JSON writer: enough for cpdoc's reports, with correct string escaping.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(long number);
    JsonWriter& value(int number) { return value(static_cast<long>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();

    const std::string& str() const { return out_; }

private:
    void before_value();
    std::string out_;
    std::vector<bool> first_; // per open container: no element written yet
    bool after_key_ = false;
};

// The text printable(), as the inside of a JSON string: valid UTF-8 whatever it was given.
std::string json_escape(std::string_view text);

} // namespace cpdoc
