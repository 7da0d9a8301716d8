import type { SearchResult } from '../../core/search/search';

/** A section the results fall in, as a chip or a group heading names it. */
export interface SectionChoice {
  id: string;
  /** The section's title, or "类目 › 分目" where another section of the results has the same title. */
  label: string;
}

/** A run of results of one section, in ranking order of their first result. */
export interface ResultGroup {
  sectionId: string;
  /** Always "类目 › 分目": a heading stands above its results, with room for both. */
  heading: string;
  results: SearchResult[];
}

const heading = (r: SearchResult) => `${r.category} › ${r.section || '（无分目）'}`;

/**
 * The sections of the results, each once, in the order first met. Sections are told apart by id: two
 * sections titled 综述 in two categories are two choices, each labelled with its category.
 */
export function sectionChoices(results: SearchResult[]): SectionChoice[] {
  const first = new Map<string, SearchResult>();
  for (const r of results) if (!first.has(r.sectionId)) first.set(r.sectionId, r);
  const titles = new Map<string, number>();
  for (const r of first.values()) titles.set(r.section, (titles.get(r.section) ?? 0) + 1);
  return [...first.values()].map((r) => ({
    id: r.sectionId,
    label: (titles.get(r.section) ?? 0) > 1 ? heading(r) : r.section || '（无分目）',
  }));
}

/** Results grouped by section id (never by title), the groups in the order of their best result. */
export function groupResults(results: SearchResult[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const r of results) {
    let g = groups.get(r.sectionId);
    if (!g) groups.set(r.sectionId, (g = { sectionId: r.sectionId, heading: heading(r), results: [] }));
    g.results.push(r);
  }
  return [...groups.values()];
}
