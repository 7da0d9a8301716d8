import { readerTarget } from '../../../src/core/reader/deepLink';
import { SCENE_LIMIT, sceneFor, volumeCode, volumeOfCode } from '../../../src/core/shelf/volumeCode';

describe('a volume’s short code in a mini-program code’s scene', () => {
  it('is the year in base 36, three characters, distinct for every year a yearbook may record', () => {
    expect(volumeCode(2018)).toBe('1k2');
    const codes = new Set<string>();
    for (let year = 1296; year <= 2200; year++) {
      expect(volumeCode(year)).toMatch(/^[0-9a-z]{3}$/);
      codes.add(volumeCode(year));
    }
    expect(codes.size).toBe(2200 - 1296 + 1);
  });

  it('keeps v=<code>&e=<id> within 32 characters for the longest id an editor may give', () => {
    const longest = `e${'x'.repeat(23)}`; // ID_PATTERN allows 24 characters
    const scene = sceneFor(1985, longest);
    expect(scene.length).toBeLessThanOrEqual(SCENE_LIMIT);
    expect(readerTarget({ scene: encodeURIComponent(scene) })).toEqual({
      id: longest,
      volumeCode: volumeCode(1985),
    });
    expect(() => sceneFor(1985, `${longest}xx`)).toThrow(/over 32/);
  });

  it('names the first volume of its year in shelf.json’s order, and nothing for an unknown year', () => {
    const volumes = [
      { id: 'gov-2019', year: 2019 },
      { id: 'gov-1985', year: 1985 },
      { id: 'gov-1985b', year: 1985 },
    ];
    expect(volumeOfCode(volumeCode(1985), volumes)?.id).toBe('gov-1985');
    expect(volumeOfCode(volumeCode(1990), volumes)).toBeUndefined();
  });
});
