// Whether a module was started as a command (`node scripts/x.mjs`) rather
// than imported: the scripts here are both, and act only when run.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

export function runAsCommand(moduleUrl) {
  try {
    return Boolean(process.argv[1]) && pathToFileURL(realpathSync(process.argv[1])).href === moduleUrl;
  } catch {
    return false;
  }
}
