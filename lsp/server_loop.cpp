#include "lsp/server_loop.hpp"

#include "lsp/message_writer.hpp"

#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace cpdoc::lsp {
namespace {

// What the reading thread hands over; shared so that the thread, left blocked in read() when
// the server exits, never outlives what it writes to.
struct Inbox {
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<Incoming> messages;
    bool closed = false;
};

void read_messages(int fd, const std::shared_ptr<Inbox>& inbox) {
    MessageReader reader;
    std::string chunk(64 * 1024, '\0');
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        std::vector<Incoming> read =
            reader.feed(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
        if (read.empty())
            continue;
        const std::lock_guard lock(inbox->mutex);
        for (Incoming& message : read)
            inbox->messages.push_back(std::move(message));
        inbox->arrived.notify_one();
    }
    const std::lock_guard lock(inbox->mutex);
    inbox->closed = true;
    inbox->arrived.notify_one();
}

bool is_cancel(const Incoming& incoming) {
    return incoming.error == 0 && incoming.message.value("method", "") == "$/cancelRequest";
}

} // namespace

int serve(Workspace& workspace, int in_fd, int out_fd, const ServerOptions& options) {
    std::signal(SIGPIPE, SIG_IGN); // a client gone is seen as a failed write, not a signal
    MessageWriter writer(out_fd);
    Server server(
        workspace, [&](const nlohmann::json& message) { writer.send(message); }, options);
    auto inbox = std::make_shared<Inbox>();
    std::thread(read_messages, in_fd, inbox).detach();
    for (;;) {
        std::deque<Incoming> batch;
        bool closed = false;
        {
            std::unique_lock lock(inbox->mutex);
            const auto ready = [&] { return !inbox->messages.empty() || inbox->closed; };
            if (const auto due = server.next_due())
                inbox->arrived.wait_until(lock, *due, ready);
            else
                inbox->arrived.wait(lock, ready);
            batch.swap(inbox->messages);
            closed = inbox->closed;
        }
        // A request cancelled while it waited in this batch is answered as cancelled.
        for (const Incoming& incoming : batch)
            if (is_cancel(incoming) && incoming.message.contains("params") &&
                incoming.message["params"].is_object() && incoming.message["params"].contains("id"))
                server.cancel(incoming.message["params"]["id"]);
        for (const Incoming& incoming : batch) {
            server.handle(incoming, Clock::now());
            if (const auto code = server.exit_code())
                return *code;
        }
        server.publish_due(Clock::now());
        if (closed && batch.empty())
            return server.exit_code().value_or(1);
    }
}

} // namespace cpdoc::lsp
