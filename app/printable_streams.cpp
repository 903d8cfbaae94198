#include "printable_streams.hpp"

#include "grammar/printable.hpp"

#include <iostream>
#include <streambuf>
#include <string>

namespace cpdoc {

// Holds what is written until a line is complete, then writes it printable to the stream's
// own buffer. A flush writes what is held mid-line too; cpdoc writes whole strings, so that
// never cuts a UTF-8 sequence in two.
class PrintableStreams::Buffer : public std::streambuf {
public:
    explicit Buffer(std::streambuf* target) : target_(target) {}
    std::streambuf* target() const { return target_; }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        pending_ += traits_type::to_char_type(c);
        if (c == '\n')
            write_lines();
        return c;
    }

    std::streamsize xsputn(const char* s, std::streamsize n) override {
        pending_.append(s, static_cast<std::size_t>(n));
        if (std::char_traits<char>::find(s, static_cast<std::size_t>(n), '\n') != nullptr)
            write_lines();
        return n;
    }

    int sync() override {
        write_lines();
        write(printable(pending_));
        pending_.clear();
        return target_->pubsync();
    }

private:
    void write_lines() {
        std::size_t start = 0;
        for (std::size_t end; (end = pending_.find('\n', start)) != std::string::npos;
             start = end + 1)
            write(printable(std::string_view(pending_).substr(start, end - start)) + '\n');
        pending_.erase(0, start);
    }

    void write(const std::string& text) {
        target_->sputn(text.data(), static_cast<std::streamsize>(text.size()));
    }

    std::streambuf* target_;
    std::string pending_;
};

PrintableStreams::Installed::Installed(std::ostream& target)
    : stream(target), buffer(std::make_unique<Buffer>(target.rdbuf())) {
    stream.rdbuf(buffer.get());
}

PrintableStreams::Installed::~Installed() {
    stream.flush();
    stream.rdbuf(buffer->target());
}

PrintableStreams::PrintableStreams() : out_(std::cout), err_(std::cerr) {}

} // namespace cpdoc
