// Runs the server over two file descriptors (stdin and stdout for `cpdoc lsp`): a thread of
// its own reads, so reading never waits on a check and a check never waits on the editor.
#pragma once

#include "lsp/server.hpp"

namespace cpdoc::lsp {

// Returns the exit status: 0 after shutdown and exit, 1 when the client went away or sent
// exit without shutdown.
int serve(Workspace& workspace, int in_fd, int out_fd, const ServerOptions& options);

} // namespace cpdoc::lsp
