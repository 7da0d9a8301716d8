/**
 * How the app names a volume to a reader. A yearbook is known by its own title, e.g. 上城年鉴（2019）,
 * whose year is the publication year — one after the year it records (`year`, 2018). Calling it
 * "2018年卷" clashed with the title on the cover and made two volumes of one year indistinguishable
 * (a yearbook and a 政府工作报告 both recording 2018), so every page names a volume by this one rule.
 */

/** The most characters a chip or other tight place shows before falling back to the year. */
const SHORT_LIMIT = 10;

/** A volume's name for headings, rows and notices: its own title (上城年鉴（2019）). */
export function volumeLabel(v: { title: string; year: number }): string {
  const title = v.title.trim();
  return title === '' ? `${v.year}年卷` : title;
}

/**
 * A volume's name for tight places (chips, a sticky toolbar): the title when it fits in
 * SHORT_LIMIT characters, otherwise `${year}年卷` (the year the volume records).
 */
export function shortVolumeLabel(v: { title: string; year: number }): string {
  const label = volumeLabel(v);
  return [...label].length > SHORT_LIMIT ? `${v.year}年卷` : label;
}
