import { TRADITIONAL_PAIRS } from './traditionalChars';

/**
 * Folding makes what a reader types meet what the book prints. It works one UTF-16 unit at a time and
 * never changes a string's length, so an offset into folded text is an offset into the original —
 * highlights land on the printed characters.
 * - Latin letters fold to lower case;
 * - full-width letters, digits and marks fold to half-width (（ → (, ５ → 5), the ideographic space to a space;
 * - traditional characters fold to simplified ones (委員會 → 委员会, OpenCC's one-character table), so
 *   either script finds both. Where one traditional character stands for several simplified ones, the
 *   first is taken (乾 → 干): both sides fold alike, so nothing is missed, and a few rare homographs
 *   meet (docs/search.md).
 */
const FOLD = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) FOLD[code] = foldCode(code);
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2)
  FOLD[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);

/** 1 for a character that folds to a simplified one (the traditional script), apart from width and case. */
const TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) TRADITIONAL[TRADITIONAL_PAIRS.charCodeAt(i)] = 1;

/** One UTF-16 unit folded (see above). */
export function foldUnit(code: number): number {
  return FOLD[code];
}

/** The text folded (see above), the same length as the text. */
export function foldText(text: string): string {
  // Most Chinese text has full-width punctuation to fold, a few marks a paragraph: copy the runs
  // between them whole (a callback a character made folding most of a first search's time). Plain
  // loops over typed arrays: a regular expression of three thousand characters was ten times slower.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = FOLD[code];
    if (folded !== code) {
      out += text.slice(from, i) + String.fromCharCode(folded);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

/** Units folded at a time by `foldWhole`: String.fromCharCode takes them as arguments. */
const CHUNK = 4096;

/**
 * The text folded, as `foldText`, for text where folding changes many characters (printed in
 * traditional characters): built from the folded units a chunk at a time, not run by run, so a
 * block's text is one string rather than thousands of joined pieces, each garbage to collect.
 */
export function foldWhole(text: string): string {
  const parts: string[] = [];
  const codes: number[] = [];
  for (let at = 0; at < text.length; at += CHUNK) {
    const end = Math.min(text.length, at + CHUNK);
    codes.length = end - at;
    for (let i = at; i < end; i++) codes[i - at] = FOLD[text.charCodeAt(i)];
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** 1 for an ASCII mark: neither a letter nor a digit (`,` `.` `%` `(`). */
const ASCII_MARK = new Uint8Array(128);
for (let code = 0x21; code < 0x7f; code++)
  ASCII_MARK[code] = /[0-9A-Za-z]/.test(String.fromCharCode(code)) ? 0 : 1;

/**
 * The characters of the text that folding changes, each once ("，（）" in most Chinese text), then
 * "\u0000" and the ASCII marks it holds ("." "%"); "" when folding changes nothing. One pass, no new
 * string unless one is found.
 */
export function foldedAway(text: string): string {
  let away = '';
  let marks = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (FOLD[code] !== code) {
      if (!away.includes(text[i])) away += text[i];
    } else if (code < 128 && ASCII_MARK[code] && !marks.includes(text[i])) marks += text[i];
  }
  return away ? `${away}\u0000${marks}` : '';
}

/**
 * The forms `term` (folded) can take in text that `foldedAway` describes: the text holds the term once
 * folded exactly where it holds one of these as printed (`,` is looked for as `，` alone in text
 * holding `，` and no `,`). Undefined past `most` forms (a long term in text of both scripts): fold
 * the text instead.
 */
export function printedForms(term: string, away: string, most: number): string[] | undefined {
  const cut = away.indexOf('\u0000');
  const changed = cut < 0 ? away.length : cut;
  const marks = cut < 0 ? undefined : away.slice(cut + 1);
  let forms = [''];
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    const absent = code < 128 && ASCII_MARK[code] === 1 && marks !== undefined && !marks.includes(term[i]);
    let alternatives = FOLD[code] === code && !absent ? term[i] : '';
    for (let k = 0; k < changed; k++) {
      const other = away.charCodeAt(k);
      if (other !== code && FOLD[other] === code) alternatives += away[k];
    }
    if (alternatives.length === 0) return [];
    if (alternatives.length === 1) {
      for (let f = 0; f < forms.length; f++) forms[f] += alternatives;
      continue;
    }
    if (forms.length * alternatives.length > most) return undefined;
    const next: string[] = [];
    for (const form of forms) for (let k = 0; k < alternatives.length; k++) next.push(form + alternatives[k]);
    forms = next;
  }
  return forms;
}

/**
 * Whether folding would change a Chinese character of the text (it holds traditional ones). A query
 * without Latin letters meets the printed text exactly where it meets the folded text unless this holds.
 */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL[text.charCodeAt(i)]) return true;
  return false;
}

function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x3000) return 0x20;
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  return code;
}
