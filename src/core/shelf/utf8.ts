/**
 * UTF-8 both ways without TextEncoder, which older WeChat base libraries lack: the installer's
 * records and shelf.json pass through the byte-level store and fetcher.
 */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

// The platform's decoder, where there is one (browsers, Node, newer WeChat base libraries); core
// code compiles without the DOM's types, so it is declared here as far as it is used.
declare const TextDecoder: (new () => { decode(bytes: Uint8Array): string }) | undefined;
const native = typeof TextDecoder === 'function' ? new TextDecoder() : undefined;

/**
 * Decodes UTF-8; a malformed sequence becomes U+FFFD (the JSON parse after it will then say what
 * broke). The platform's TextDecoder where there is one: a downloaded volume's index is megabytes,
 * and decoding it byte by byte in script took a large part of opening it on a phone.
 */
export function utf8Decode(bytes: Uint8Array): string {
  return native ? native.decode(bytes) : utf8DecodeScript(bytes);
}

/** utf8Decode in script, for platforms without TextDecoder. */
export function utf8DecodeScript(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    let c = need === 0 ? b : need === 1 ? b & 31 : need === 2 ? b & 15 : b & 7;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) ok = false;
      else c = (c << 6) | (next & 63);
    }
    chunk.push(ok ? c : 0xfffd);
    i += ok ? need + 1 : 1;
    if (chunk.length >= 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
