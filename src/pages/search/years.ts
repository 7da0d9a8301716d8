import type { ShelfResult, VolumeCount } from '../../core/shelf/shelfSearch';
import { groupResults, type ResultGroup } from './sections';

/** A volume as the search page names it: in a year chip, a year's heading, a "未下载" line. */
export interface NamedVolume {
  id: string;
  title: string;
  year: number;
}

/** The results of one volume drawn under its year, grouped by section within it. */
export interface YearGroup {
  volume: string;
  year: number;
  title: string;
  /** Results of the query in this volume (all of them, not only those drawn). */
  total: number;
  /** Of those, how many are drawn in this group. */
  drawn: number;
  sections: ResultGroup[];
}

/** A year to filter by: its volume's id, the chip's words, and its count. */
export interface YearChoice {
  volume: string;
  label: string;
  total: number;
}

/**
 * The drawn results under their years (newest first, the order ShelfSearch answers in), each year
 * with its count from `counts`; within a year, grouped by section as one volume's results are.
 */
export function groupByYear(results: ShelfResult[], counts: VolumeCount[]): YearGroup[] {
  const byVolume = new Map<string, ShelfResult[]>();
  for (const r of results) {
    const list = byVolume.get(r.volume);
    if (list) list.push(r);
    else byVolume.set(r.volume, [r]);
  }
  return [...byVolume].map(([volume, list]) => {
    const count = counts.find((c) => c.volume === volume);
    return {
      volume,
      year: list[0].year,
      title: count?.title ?? '',
      total: count?.total ?? list.length,
      drawn: list.length,
      sections: groupResults(list),
    };
  });
}

/**
 * The years holding the query, newest first, as chips: "2019 · 12". Two volumes of one year are
 * told apart by their titles.
 */
export function yearChoices(counts: VolumeCount[]): YearChoice[] {
  const held = counts.filter((c) => c.total > 0);
  const perYear = new Map<number, number>();
  for (const c of held) perYear.set(c.year, (perYear.get(c.year) ?? 0) + 1);
  return held.map((c) => ({
    volume: c.volume,
    label: `${(perYear.get(c.year) ?? 0) > 1 ? c.title : c.year} · ${c.total}`,
    total: c.total,
  }));
}

/**
 * Years as a reader scans them: newest first, runs of three or more consecutive years as a range
 * ("2019、2017、1990–1985"); a volume of year 0 (unknown) by its title.
 */
export function yearList(volumes: NamedVolume[]): string {
  const years = [...new Set(volumes.filter((v) => v.year > 0).map((v) => v.year))].sort((a, b) => b - a);
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] - 1) j++;
    if (j - i >= 2) parts.push(`${years[i]}–${years[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(years[k]));
    i = j + 1;
  }
  for (const v of volumes) if (v.year <= 0) parts.push(v.title);
  return parts.join('、');
}

/** The line naming the years listed on the 书架 but not on the phone, or '' when there are none. */
export function absentLine(absent: NamedVolume[]): string {
  return absent.length ? `${yearList(absent)} 未下载，未检索` : '';
}

/**
 * The volumes listed on the 书架 (shelf.json) that are not on the phone: neither the bundled one nor
 * a downloaded one. Newest first.
 */
export function absentVolumes<V extends NamedVolume & { bundled?: boolean }>(
  listed: V[],
  onPhone: Array<{ id: string }>,
): NamedVolume[] {
  const here = new Set(onPhone.map((v) => v.id));
  return listed
    .filter((v) => !v.bundled && !here.has(v.id))
    .map(({ id, title, year }) => ({ id, title, year }))
    .sort((a, b) => b.year - a.year);
}
