// Stops the README's commands at once on a Node.js that is too old, with the one line that
// installs a suitable one. Written in old-style JavaScript so that it runs on any Node.
"use strict";
var required = [22, 19];
var parts = process.versions.node.split(".").map(Number);
var ok = parts[0] > required[0] || (parts[0] === required[0] && parts[1] >= required[1]);
if (!ok) {
  process.stderr.write(
    "Anju needs Node.js 22.19 or newer (Node 24 LTS recommended); this is Node " +
      process.versions.node +
      ".\n" +
      "Install Node 24 beside the system's and use it for this shell:\n\n" +
      '  npm install -g --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/bin:$PATH"\n\n' +
      "then run the command again.\n",
  );
  process.exit(1);
}
