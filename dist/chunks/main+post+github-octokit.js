import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);

// src/text.ts
var isHigh = (code) => code >= 55296 && code <= 56319;
var isLow = (code) => code >= 56320 && code <= 57343;
function headChars(text, max) {
  if (text.length <= max) return text;
  const end = Math.max(0, max);
  return end > 0 && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)) ? text.slice(0, end - 1) : text.slice(0, end);
}
function tailChars(text, max) {
  if (text.length <= max) return text;
  const start = text.length - Math.max(0, max);
  return start < text.length && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1)) ? text.slice(start + 1) : text.slice(start);
}
function ellipsize(text, max) {
  return text.length <= max ? text : `${headChars(text, max - 1)}\u2026`;
}
function headBytes(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return bytes.subarray(0, end).toString("utf8");
}
function encodeSegment(value) {
  if (!isWellFormed(value)) throw new Error("the value contains half of a UTF-16 surrogate pair, which has no UTF-8 form");
  if (value === "") return "%";
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9.]/.test(ch)) out += ch;
    else if (ch === "-") out += "_";
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return /^\.{1,2}$/.test(out) ? out.replace(/\./g, "%2E") : out;
}
function isWellFormed(text) {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export {
  headChars,
  tailChars,
  ellipsize,
  headBytes,
  encodeSegment,
  isWellFormed
};
