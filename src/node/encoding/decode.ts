import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors';

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decode an input file whatever the office saved it as: UTF-8 (with or without BOM), UTF-16 with BOM,
 * or GB18030/GBK. Valid UTF-8 is taken as UTF-8 (a GBK file is almost never valid UTF-8); otherwise
 * chardet names the encoding and iconv-lite decodes it. Line ends come back as LF.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw InputError.at(file, 0, 'the file is empty');
  const { text, encoding } = decodeBytes(bytes, file);
  const body = text.replace(/\r\n?/g, '\n');
  if (!body.trim()) throw InputError.at(file, 0, 'the file holds only white space');
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const control = body.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > body.length / 100) {
    throw InputError.at(file, 0, `this looks like a binary file, not text (${control} control characters)`);
  }
  return { text: body, encoding };
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, 'utf-16be'), encoding: 'UTF-16BE' };
  if (bytes.includes(0))
    throw InputError.at(file, 0, 'this looks like a binary file, not text (it holds NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: ask chardet below.
  }
  const guess = chardet.detect(bytes) ?? '';
  if (/^(GB18030|GBK|GB2312|Big5|EUC-TW)$/i.test(guess) || /^(ISO-8859|windows-125)/i.test(guess)) {
    // Chinese text that is not UTF-8 is GB18030 (a superset of GBK and GB2312) in practice; chardet
    // sometimes names a Latin code page for short GBK samples.
    const name = /big5|euc-tw/i.test(guess) ? 'big5' : 'gb18030';
    return { text: iconv.decode(Buffer.from(bytes), name), encoding: name.toUpperCase() };
  }
  throw brokenUtf8(bytes, file);
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return iconv.decode(Buffer.from(bytes.subarray(2)), encoding);
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw brokenUtf8(bytes, file);
  }
}

/** Name the line of the first byte sequence that is not UTF-8, so the editor can find it. */
export function brokenUtf8(bytes: Uint8Array, file: string): InputError {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return InputError.at(
          file,
          line,
          'this line holds bytes that are not valid UTF-8; save the file as UTF-8',
        );
      }
      line++;
      start = i + 1;
    }
  }
  return InputError.at(file, 0, 'the file is not valid UTF-8; save it as UTF-8');
}
