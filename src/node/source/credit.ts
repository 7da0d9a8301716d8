const CREDIT = /^（([\p{Script=Han}·\s]+)）$/u;

/**
 * The names of a credit paragraph （…） closing an entry, table or photo, or undefined for any other
 * paragraph. Names stay apart ("郑远 应博为"): one space between them, as the importer writes it.
 */
export function creditOf(paragraph: string): string | undefined {
  const m = CREDIT.exec(paragraph);
  return m ? m[1].trim().replace(/\s+/g, ' ') : undefined;
}
