import type { ShelfResult, VolumeCount } from '../../core/shelf/shelfSearch';
import { shortVolumeLabel, volumeLabel } from '../../core/shelf/volumeLabel';
import { groupResults, type ResultGroup } from './sections';

/** A volume as the search page names it: in a year chip, a year's heading, a "未下载" line. */
export interface NamedVolume {
  id: string;
  title: string;
  year: number;
}

/** The results of one volume drawn under its own heading (its title), grouped by section within it. */
export interface YearGroup {
  volume: string;
  year: number;
  title: string;
  /** The volume's name in its heading: its own title (two volumes of one year are two groups). */
  label: string;
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
    const title = count?.title ?? '';
    return {
      volume,
      year: list[0].year,
      title,
      label: volumeLabel({ title, year: list[0].year }),
      total: count?.total ?? list.length,
      drawn: list.length,
      sections: groupResults(list),
    };
  });
}

/**
 * The volumes holding the query, newest first, as chips named as the volume is ("上城年鉴（2019） · 12",
 * a long title by its year, "2019年卷 · 3"); two chips that would read alike show the full titles.
 */
export function yearChoices(counts: VolumeCount[]): YearChoice[] {
  const held = counts.filter((c) => c.total > 0);
  const seen = new Map<string, number>();
  for (const c of held) seen.set(shortVolumeLabel(c), (seen.get(shortVolumeLabel(c)) ?? 0) + 1);
  return held.map((c) => {
    const short = shortVolumeLabel(c);
    return {
      volume: c.volume,
      label: `${(seen.get(short) ?? 0) > 1 ? volumeLabel(c) : short} · ${c.total}`,
      total: c.total,
    };
  });
}

/** Volumes named in a line at most; past it, "等 N 卷". */
const LISTED = 6;

/**
 * Volumes as a reader knows them, in a line: each by its own title, or by its year when the title is
 * long (shortVolumeLabel), in the order given (newest first); a long list cut, "… 等 12 卷".
 */
export function volumeList(volumes: NamedVolume[]): string {
  const names = volumes.slice(0, LISTED).map(shortVolumeLabel).join('、');
  return volumes.length > LISTED ? `${names} 等 ${volumes.length} 卷` : names;
}

/**
 * The volumes on the phone that were searched and hold nothing for the query (newest first): said,
 * so a year without results is not mistaken for a year not searched.
 */
export function emptyVolumes(counts: VolumeCount[]): NamedVolume[] {
  return counts.filter((c) => c.total === 0).map(({ volume, title, year }) => ({ id: volume, title, year }));
}

/** The line naming the searched volumes with no result, or '' when there are none. */
export function emptyLine(empty: NamedVolume[]): string {
  return empty.length ? `${volumeList(empty)} 无结果` : '';
}

/** The line naming the volumes listed on the 书架 but not on the phone, or '' when there are none. */
export function absentLine(absent: NamedVolume[]): string {
  return absent.length ? `${volumeList(absent)} 未下载，未检索` : '';
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
