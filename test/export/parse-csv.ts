/**
 * A strict RFC 4180 reader (";" separator, CRLF records) used to read back what toCsv wrote.
 * Throws on anything a conforming writer would not produce, such as a bare quote in a field.
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < body.length) {
    let field = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        if (i >= body.length) throw new Error('unterminated quoted field');
        if (body[i] === '"' && body[i + 1] === '"') (field += '"'), (i += 2);
        else if (body[i] === '"') break;
        else field += body[i++];
      }
      i++;
    } else {
      while (i < body.length && body[i] !== ';' && body[i] !== '\r' && body[i] !== '\n') {
        if (body[i] === '"') throw new Error(`bare quote at ${i}`);
        field += body[i++];
      }
    }
    record.push(field);
    if (body[i] === ';') i++;
    else if (body.startsWith('\r\n', i)) (records.push(record), (record = []), (i += 2));
    else if (i < body.length) throw new Error(`unexpected ${JSON.stringify(body[i])} at ${i}`);
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}
