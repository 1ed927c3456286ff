import iconv from 'iconv-lite';
import { startsWithBytes } from './byte-signature';
import { fail, type Failure } from './types';

export const WINDOWS_1252_NOTICE = 'Filen var inte UTF-8 och lästes som Windows-1252 (Latin-1).';

export type DecodedText = { ok: true; text: string; notices: string[] } | Failure;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of a CSV/text file → text. Excel on Swedish Windows saves "CSV" as
 * Windows-1252 and "CSV UTF-8" with a BOM; "Unicode text" is UTF-16 with a BOM.
 * Anything that is not valid UTF-8 is taken as Windows-1252, which every byte
 * sequence decodes under, so this never fails on encoding alone.
 */
export function decodeTextBytes(buffer: Buffer): DecodedText {
  if (startsWithBytes(buffer, [0xff, 0xfe])) return checked(iconv.decode(buffer.subarray(2), 'utf-16le'), []);
  if (startsWithBytes(buffer, [0xfe, 0xff])) return checked(iconv.decode(buffer.subarray(2), 'utf-16be'), []);
  const body = startsWithBytes(buffer, [0xef, 0xbb, 0xbf]) ? buffer.subarray(3) : buffer;
  try {
    return checked(strictUtf8.decode(body), []);
  } catch {
    return checked(iconv.decode(body, 'windows-1252'), [WINDOWS_1252_NOTICE]);
  }
}

function checked(text: string, notices: string[]): DecodedText {
  // NUL never occurs in a text file; UTF-16 without BOM, a zip or a PDF does.
  if (text.includes('\u0000')) {
    return fail('Filen innehåller binära data och verkar inte vara en textfil. Ladda upp en CSV- eller Excel-fil (.xlsx).');
  }
  return { ok: true, text, notices };
}
