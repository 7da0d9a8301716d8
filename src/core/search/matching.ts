/** Whether every term occurs in the text (both folded alike). */
export function holdsAll(terms: readonly string[], text: string): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}
