// Standard output and standard error, passed through printable() a line at a time while an
// instance lives: whatever a command prints (a file name in an error message, a local pack's
// text in `explain`) reaches the terminal with no control character in it. The reports
// escape their own fields as well, so that a line break in a name cannot start a new line.
// Unlike the standard streams, it is not safe to print from two threads at once: cpdoc prints
// only from the main thread.
#pragma once

#include <iosfwd>
#include <memory>

namespace cpdoc {

class PrintableStreams {
public:
    PrintableStreams();
    PrintableStreams(const PrintableStreams&) = delete;
    PrintableStreams& operator=(const PrintableStreams&) = delete;

private:
    class Buffer;
    // A stream writing through a Buffer; on destruction, flushed and given its own back.
    struct Installed {
        explicit Installed(std::ostream& stream);
        ~Installed();
        std::ostream& stream;
        std::unique_ptr<Buffer> buffer;
    };
    Installed out_, err_;
};

} // namespace cpdoc
