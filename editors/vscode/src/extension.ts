// Starts `cpdoc lsp` once a Markdown file with `document:` in its front matter is open: a
// child's plan, minutes or a chronology, not every README. The server then checks each such
// document as `cpdoc check` would, with the .cpdoc.toml found above it.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// The front matter opens the file and names its kind: `document: core-group-minutes`.
function isCpdocDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== "markdown" || document.lineCount === 0) {
    return false;
  }
  if (document.lineAt(0).text.trim() !== "---") {
    return false;
  }
  for (let line = 1; line < Math.min(document.lineCount, 60); ++line) {
    const text = document.lineAt(line).text;
    if (text.trim() === "---") {
      return false;
    }
    if (/^document\s*:/i.test(text)) {
      return true;
    }
  }
  return false;
}

function start(context: vscode.ExtensionContext): void {
  if (client) {
    return;
  }
  const settings = vscode.workspace.getConfiguration("cpdoc");
  const command = settings.get<string>("path", "cpdoc");
  const args = ["lsp", ...settings.get<string[]>("arguments", [])];
  const serverOptions: ServerOptions = { run: { command, args }, debug: { command, args } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "markdown" }],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/.cpdoc.toml"),
        vscode.workspace.createFileSystemWatcher("**/*.xml"),
      ],
    },
  };
  client = new LanguageClient("cpdoc", "cpdoc", serverOptions, clientOptions);
  context.subscriptions.push(client);
  void client.start();
}

export function activate(context: vscode.ExtensionContext): void {
  if (vscode.workspace.textDocuments.some(isCpdocDocument)) {
    start(context);
    return;
  }
  const listener = vscode.workspace.onDidOpenTextDocument((document) => {
    if (isCpdocDocument(document)) {
      listener.dispose();
      start(context);
    }
  });
  context.subscriptions.push(listener);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
