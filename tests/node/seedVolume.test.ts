import fs from 'node:fs';
import path from 'node:path';
import { buildFiles } from '../../src/node/build/buildVolume';
import { volumeSchemaErrors } from '../../src/node/build/validateVolume';
import { importVolume } from '../../src/node/import/importVolume';
import { blocksInOrder } from '../../src/core/volume/model';
import type { Block, Entry, Table } from '../../src/core/volume/types';
import { SEED_IMPORT, SEED_RAW, SEED_SOURCE, tempDir } from '../helpers/paths';

const seed = buildFiles(SEED_SOURCE, { index: false }).volume;
const blocks = blocksInOrder(seed).map((p) => p.block);
const entries = blocks.filter((b): b is Entry => b.kind === 'entry');
const tables = blocks.filter((b): b is Table => b.kind === 'table');
const byTitle = (title: string) => entries.find((e) => e.title === title) as Entry;

describe('the committed seed volume', () => {
  it('has the structure of the printed chapter', () => {
    expect(seed.categories).toHaveLength(1);
    expect(seed.categories[0].title).toBe('上城区人民政府');
    expect(seed.categories[0].subtitle).toBe('People’s Government of Shangcheng District');
    expect(seed.categories[0].sections.map((s) => s.title)).toEqual([
      '综述',
      '区政府重要会议',
      '政务服务',
      '电子政务',
      '侨务·港澳台事务',
      '地方志编纂',
    ]);
    expect(entries).toHaveLength(34);
    expect(tables.map((t) => [t.number, t.rows.length, t.columns.length])).toEqual([
      ['4', 10, 3],
      ['5', 25, 3],
    ]);
    expect(blocks.filter((b) => b.kind === 'figure')).toHaveLength(3);
  });

  it('keeps titles that wrap onto a second printed line whole', () => {
    expect(entries.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        '“一窗受理、集成服务”政务服务模式实施',
        '《上城年鉴（2018）》编纂工作动员培训会',
      ]),
    );
  });

  it('credits entries, tables and photos where the book prints them', () => {
    const credits = blocks
      .filter((b) => b.credit)
      .map((b) => [b.kind === 'figure' ? b.caption : b.title, b.credit]);
    expect(credits).toEqual([
      ['2018年上城区人民政府重要文件题录', '潘建强'],
      ['区长公开电话受理', '潘建强'],
      ['涉外服务', '顾霞玲'],
      ['区长办公会议', '潘建强'],
      ['2018年，区行政服务中心设置“无差别受理”窗口', '区审管办 供稿'],
      ['上城区行政服务中心大厅（2018年）', '杭州望海潮建设有限公司 供稿'],
      ['政府采购信息化建设', '叶俊麟'],
      ['区行政中心搬迁工作保障', '郑磊'],
      ['归侨侨眷代表座谈会', '金晨烁'],
      ['对台交流交往', '郑远 应博为'],
      ['二轮志书编纂', '黎颖'],
      ['《上城年鉴（2018）》出版并推出“掌上上城年鉴”', '许红霞'],
      ['2018年7月12日，上城区召开地方志工作推进会', '区委党史研究室 供稿'],
    ]);
  });

  it('splits 区政府常务会议 into its opening and one paragraph per meeting', () => {
    const meetings = byTitle('区政府常务会议');
    expect(meetings.paragraphs).toHaveLength(17);
    expect(meetings.paragraphs[0]).toBe('2018年，上城区政府召开常务会议16次。');
    expect(meetings.paragraphs.slice(1).every((p) => /^\d{1,2}月\d{1,2}日，区政府召开/.test(p))).toBe(true);
  });

  it('rejoins text split around the 续表 5 continuation mid-sentence', () => {
    const meetings = byTitle('区政府常务会议');
    expect(meetings.paragraphs[1]).toContain(
      '《2017年区政府民生实事项目完成情况和2018年区政府民生实事候选项目形成情况的报告》',
    );
    expect(meetings.breaks?.[0]).toEqual([1, meetings.paragraphs[1].indexOf('年区政府民生'), 5]);
  });

  it('merges 续表 5 into 表 5 without repeating its header', () => {
    const t5 = tables[1];
    expect(t5.rows.some((r) => r[0] === '发文字号')).toBe(false);
    expect(t5.rows[18]).toEqual([
      '上政办函〔2018〕第59号',
      '2018-09-29',
      '上城区人民政府办公室关于印发上城区地铁建设施工区域专项管理工作方案的通知',
    ]);
    expect(t5.pages).toEqual([3, 4]);
    expect(t5.rows[14]).toEqual([
      '上政函〔2018〕第42号',
      '2018-09-14',
      '杭州市上城区人民政府关于促进外资增长的若干意见',
    ]);
  });

  it('reflows lines without spaces inside Chinese text and knows every block’s pages', () => {
    expect(byTitle('概况').paragraphs[0]).toContain('全年实现地区生产总值1102.7亿元，比2017年增长5.3%');
    expect(blocks.every((b) => b.pages[0] >= 1 && b.pages[1] <= 10 && b.pages[0] <= b.pages[1])).toBe(true);
    expect(byTitle('政务督查').pages).toEqual([1, 2]);
    expect(byTitle('“领导坐班”活动').paragraphs[0]).toContain('改革“领导坐班”活动，通过活动');
  });

  it('validates against the published JSON Schema', () => {
    expect(volumeSchemaErrors(seed)).toEqual([]);
    expect(volumeSchemaErrors({ ...seed, schemaVersion: 2 })).not.toEqual([]);
  });

  it('gives ids short enough for a mini-program code scene "e=<id>" (32 characters)', () => {
    const ids = blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids.map((id) => `e=${id}`.length))).toBeLessThanOrEqual(32);
  });
});

/** The text of a block as the book prints it: titles in 【】, credits in （）, tables with 表 N. */
function printed(block: Block): string[] {
  const credit = block.credit ? [`（${block.credit}）`] : [];
  if (block.kind === 'entry') return [`【${block.title}】`, ...block.paragraphs, ...credit];
  if (block.kind === 'table')
    return [block.title, `表${block.number}`, ...block.columns, ...block.rows.flat(), ...credit];
  return [block.caption, ...credit];
}

const compact = (text: string) => text.replace(/[\s\uFFFD]/g, '');

describe('nothing lost, nothing invented', () => {
  const rawLines = fs.readFileSync(SEED_RAW, 'utf8').split('\n');
  // The running head (category title and English subtitle) and the continuation label with its
  // repeated header row are layout, not text.
  const cont = rawLines.findIndex((l) => l.trim() === '续表 5');
  const header = rawLines.findIndex((l, i) => i > cont && l.trim() !== '');
  const text = rawLines.filter((_, i) => i > 1 && i !== cont && i !== header).join('\n');
  const raw = compact(text);

  it('holds every character of the raw chapter exactly once', () => {
    const built = compact(
      seed.categories
        .flatMap((c) => c.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(printed)]))
        .join(''),
    );
    const sorted = (s: string) => [...s].sort().join('');
    expect(built.length).toBe(raw.length);
    expect(sorted(built)).toBe(sorted(raw));
  });

  it('keeps every run of text in the printed order', () => {
    for (const block of blocks) {
      const pieces =
        block.kind === 'entry'
          ? block.paragraphs.flatMap((p, i) => {
              const cuts = (block.breaks ?? []).filter((b) => b[0] === i && b[1] > 0).map((b) => b[1]);
              return [0, ...cuts].map((start, k) => p.slice(start, [...cuts, p.length][k]));
            })
          : printed(block).filter((p) => !/^表\d+$/.test(p) && !p.startsWith('（'));
      for (const piece of pieces) expect(raw).toContain(compact(piece));
    }
  });
});

describe('import of the raw seed', () => {
  // The committed seed source is the importer's own output, not edited by hand (the raw text cannot
  // settle what a proofreader would change: where paragraphs break is not in it). So this test is
  // what it says: it holds the importer to the source it once made, and any change in what the
  // importer makes of the seed shows up here as a diff to review. Whether that source is true to the
  // book is checked above: against the raw text ("nothing lost, nothing invented") and against the
  // printed chapter (sections, titles, credits, tables, pages).
  it('reproduces the committed source byte for byte', () => {
    const out = tempDir();
    importVolume([SEED_RAW], { out, ...SEED_IMPORT });
    const files = fs.readdirSync(SEED_SOURCE).sort();
    expect(fs.readdirSync(out).sort()).toEqual(files);
    for (const name of files) {
      const written = fs.readFileSync(path.join(out, name), 'utf8');
      expect([name, written]).toEqual([name, fs.readFileSync(path.join(SEED_SOURCE, name), 'utf8')]);
    }
  });
});

describe('build', () => {
  it('is deterministic: the same source gives byte-identical output', () => {
    expect(buildFiles(SEED_SOURCE, { index: false }).files).toEqual(
      buildFiles(SEED_SOURCE, { index: false }).files,
    );
  });
});
