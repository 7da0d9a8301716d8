/**
 * A volume's short code, for a mini-program code's `scene` (`v=<code>&e=<entry id>`, which WeChat
 * caps at 32 characters): the year the volume records, in base 36, three characters for any year
 * from 1296 to 46655 (2018 → `1k2`). Three, because an editor's own entry id may be 24 characters
 * and `v=` + `&e=` take five. Derived from shelf.json's `year` alone, so every build of the shelf and
 * every phone agree on it without a table; a series must give each volume its own year (two volumes
 * of one year: the code names the first of them in shelf.json's order).
 */
export function volumeCode(year: number): string {
  return Math.max(0, Math.floor(year)).toString(36).padStart(3, '0');
}

/** What WeChat allows a mini-program code's scene. */
export const SCENE_LIMIT = 32;

/** The scene of a code opening an entry of a volume: `v=<code>&e=<id>`, never over SCENE_LIMIT. */
export function sceneFor(year: number, entryId: string): string {
  const scene = `v=${volumeCode(year)}&e=${entryId}`;
  if (scene.length > SCENE_LIMIT) throw new Error(`scene ${scene} is over ${SCENE_LIMIT} characters`);
  return scene;
}

/** The volume a code names, among volumes in shelf.json's order (newest first); undefined when none. */
export function volumeOfCode<V extends { id: string; year: number }>(
  code: string,
  volumes: V[],
): V | undefined {
  return volumes.find((v) => volumeCode(v.year) === code);
}
