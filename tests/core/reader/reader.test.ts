import { blockAsText, citation, copyWithCitation } from '../../../src/core/reader/citation';
import { decodeParam, readerTarget, readerUrl } from '../../../src/core/reader/deepLink';
import { segments } from '../../../src/core/reader/highlight';
import { neighbours } from '../../../src/core/reader/navigation';
import { pageOf, printedPages } from '../../../src/core/reader/pageView';
import { timeAgo } from '../../../src/core/reader/relativeTime';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  isNight,
  loadSettings,
  saveSettings,
  stepFont,
  SETTINGS_KEY,
} from '../../../src/core/reader/settings';
import { MemoryStorage } from '../../../src/core/reader/storage';
import { suggestedTerms } from '../../../src/core/reader/suggested';
import { blocksInOrder, type Placed } from '../../../src/core/volume/model';
import { sectionCredits } from '../../../src/core/volume/credits';
import type { Entry } from '../../../src/core/volume/types';
import { readSource } from '../../../src/node/source/readSource';
import { SEED_SOURCE } from '../../helpers/paths';

const volume = readSource(SEED_SOURCE);
const placed = blocksInOrder(volume);
const find = (title: string) => placed.find((p) => p.block.kind === 'entry' && p.block.title === title)!;

describe('citation (GB/T 7714)', () => {
  const placeOf = (p: Placed, part?: number) => ({
    block: p.block,
    category: p.category.title,
    section: p.section.title,
    credit: sectionCredits(p.section).get(p.block.id),
    ...(part !== undefined ? { part } : {}),
  });

  it('cites an entry with its author, volume, category and section, place, publisher, year and pages', () => {
    const p = find('区政府常务会议');
    // Signed once after 区长办公会议, the next entry of its run.
    expect(citation(volume, placeOf(p))).toBe(
      '潘建强. 区政府常务会议[M]//上城年鉴（2019）: 上城区人民政府·区政府重要会议. 北京: 方志出版社, 2019: 4-6.',
    );
    expect(
      citation(volume, { block: p.block, category: p.category.title, section: p.section.title }),
    ).toMatch(/^区政府常务会议\[M\]/);
    const q = find('对台交流交往');
    expect(
      citation(volume, { block: q.block, category: q.category.title, section: q.section.title }),
    ).toMatch(/^郑远, 应博为\. 对台交流交往\[M\]\/\/上城年鉴（2019）/);
  });

  it('cites a paragraph at its own printed page, both pages when one turns inside it', () => {
    const p = find('区政府常务会议');
    expect(citation(volume, placeOf(p, 0))).toMatch(/, 2019: 4\.$/);
    expect(citation(volume, placeOf(p, 1))).toMatch(/, 2019: 4-5\.$/);
    expect(citation(volume, placeOf(p, 16))).toMatch(/, 2019: 6\.$/);
  });

  it('names the volume’s editor when the manifest gives one', () => {
    const p = find('涉外服务');
    expect(citation({ ...volume, editor: '上城区地方志编纂委员会' }, placeOf(p))).toBe(
      '顾霞玲. 涉外服务[M]//上城区地方志编纂委员会. 上城年鉴（2019）: 上城区人民政府·综述. 北京: 方志出版社, 2019: 4.',
    );
  });

  it('puts the reference on its own line after the copied text', () => {
    const p = find('概况');
    const text = copyWithCitation((p.block as Entry).paragraphs[0], volume, {
      block: p.block,
      category: '上城区人民政府',
      section: '综述',
    });
    expect(text.split('\n')).toHaveLength(2);
    expect(text.split('\n')[1]).toBe(
      '——概况[M]//上城年鉴（2019）: 上城区人民政府·综述. 北京: 方志出版社, 2019: 1.',
    );
    expect(blockAsText(find('涉外服务').block)).toMatch(
      /^【涉外服务】\n2018年，上城区审批因公出国.*\n（顾霞玲）$/s,
    );
  });
});

describe('deep links', () => {
  it.each([
    [{ id: 'e18h3f43q' }, { id: 'e18h3f43q' }],
    [
      { id: 'e18h3f43q', q: '%E5%9F%8E%E5%8C%BA%E4%BA%BA', p: '11' },
      { id: 'e18h3f43q', query: '城区人', paragraph: 11 },
    ],
    [{ scene: 'e%3De18h3f43q' }, { id: 'e18h3f43q' }],
    [{ scene: 'e=e18h3f43q' }, { id: 'e18h3f43q' }],
    [
      { id: 'e18h3f43q', v: 'gov-1985' },
      { id: 'e18h3f43q', volume: 'gov-1985' },
    ],
    [{ id: 'e18h3f43q', v: '../x' }, { id: 'e18h3f43q' }],
    [{ scene: 'v%3D1j5%26e%3De18h3f43q' }, { id: 'e18h3f43q', volumeCode: '1j5' }],
    [{ scene: 'e=e18h3f43q&v=1j5' }, { id: 'e18h3f43q', volumeCode: '1j5' }],
    [{ scene: 'v=<b>&e=e18h3f43q' }, undefined],
    [{ id: '' }, undefined],
    [{ id: '<script>' }, undefined],
    [{ id: '%E0%A4%A' }, undefined],
    [{ scene: 'x=1' }, undefined],
    [{ id: 'a'.repeat(40) }, undefined],
    [{}, undefined],
    [{ id: 42 }, undefined],
  ])('%j → %j', (params, expected) => {
    expect(readerTarget(params)).toEqual(expected);
  });

  it('round-trips through a URL and never throws on bad percent-encoding', () => {
    const url = readerUrl({ id: 'e18h3f43q', query: '最多 跑一次', paragraph: 2 });
    const params = Object.fromEntries(new URLSearchParams(url.split('?')[1]));
    expect(readerTarget(params)).toEqual({ id: 'e18h3f43q', query: '最多 跑一次', paragraph: 2 });
    const inVolume = readerUrl({ id: 'e18h3f43q', volume: 'gov-1985' });
    expect(inVolume).toBe('/pages/reader/index?id=e18h3f43q&v=gov-1985');
    expect(readerTarget(Object.fromEntries(new URLSearchParams(inVolume.split('?')[1])))).toEqual({
      id: 'e18h3f43q',
      volume: 'gov-1985',
    });
    expect(decodeParam('%')).toBe('%');
  });
});

describe('settings', () => {
  it('are remembered, and bad stored values fall back to the defaults', () => {
    const storage = new MemoryStorage();
    saveSettings(storage, stepFont({ ...DEFAULT_SETTINGS, theme: 'dark' }, 1));
    expect(loadSettings(storage)).toEqual({ fontStep: DEFAULT_SETTINGS.fontStep + 1, theme: 'dark' });
    storage.set(SETTINGS_KEY, { fontStep: 99, theme: 'purple' });
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(stepFont({ ...DEFAULT_SETTINGS, fontStep: FONT_SIZES.length - 1 }, 1).fontStep).toBe(
      FONT_SIZES.length - 1,
    );
  });

  it('follow the system’s dark mode unless the reader chose', () => {
    expect(isNight({ ...DEFAULT_SETTINGS, theme: 'system' }, true)).toBe(true);
    expect(isNight({ ...DEFAULT_SETTINGS, theme: 'light' }, true)).toBe(false);
    expect(isNight({ ...DEFAULT_SETTINGS, theme: 'dark' }, false)).toBe(true);
  });
});

describe('page view', () => {
  const pages = printedPages(placed);

  it('has the 10 printed pages, each text once', () => {
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const meetings = find('区政府常务会议').block as Entry;
    const text = pages.flatMap((p) =>
      p.fragments.filter((f) => f.id === meetings.id).flatMap((f) => f.parts),
    );
    const joined = meetings.paragraphs.map((_, i) =>
      text
        .filter((t) => t.index === i)
        .map((t) => t.text)
        .join(''),
    );
    expect(joined).toEqual(meetings.paragraphs);
  });

  it('cuts a paragraph where the printed page turns', () => {
    const page5 = pages.find((p) => p.page === 5)!;
    expect(page5.fragments[0].parts[0]).toMatchObject({ index: 1, continued: true });
    expect(page5.fragments[0].parts[0].text.startsWith('年区政府民生实事项目')).toBe(true);
    expect(pageOf(find('区政府常务会议').block, 1, 0)).toBe(4);
    expect(pageOf(find('区政府常务会议').block, 16, 0)).toBe(6);
  });
});

describe('reading helpers', () => {
  it('cuts text into hit and non-hit segments', () => {
    expect(
      segments('上城区人民政府', [
        [1, 3],
        [5, 7],
      ]),
    ).toEqual([
      { text: '上', hit: false },
      { text: '城区', hit: true, hitIndex: 0 },
      { text: '人民', hit: false },
      { text: '政府', hit: true, hitIndex: 1 },
    ]);
    expect(segments('', [])).toEqual([{ text: '', hit: false }]);
  });

  it('finds the neighbours across sections', () => {
    const { previous, next } = neighbours(placed, find('区政府常务会议').block.id);
    expect(previous?.section.title).toBe('综述');
    expect(next?.block.kind === 'entry' && next.block.title).toBe('区长办公会议');
  });

  it('says how long ago in Chinese', () => {
    const now = Date.UTC(2026, 10, 29);
    expect(timeAgo(now - 3 * 86400_000, now)).toBe('3 天前');
    expect(timeAgo(now - 5_000, now)).toBe('几秒前');
  });

  it('suggests the volume’s most quoted terms', () => {
    expect(suggestedTerms(volume)).toContain('最多跑一次');
  });
});
