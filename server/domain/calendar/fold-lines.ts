// RFC 5545 §3.1: content lines SHOULD NOT exceed 75 octets, continued on the
// next line after CRLF + one space. The `ics` package folds at 75 characters, so a
// line with å ä ö can exceed 75 octets; we unfold its output and fold again by octets,
// never splitting a UTF-8 sequence.
const MAX_OCTETS = 75;

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Unfolds any folding (CRLF + space/tab) and folds every line again by octets, CRLF endings. */
export function refoldIcs(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
