// Whitespace between the tokens of a JSON text, removed; nothing else is
// touched (strings, numbers and key order stay byte for byte), so the result
// parses to exactly the same value. For the copy of the data that ships.

export function compactJson(text) {
  let out = "";
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch !== " " && ch !== "\n" && ch !== "\r" && ch !== "\t") {
      out += ch;
    }
  }
  return out;
}
