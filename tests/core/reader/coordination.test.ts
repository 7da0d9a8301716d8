import { hitAnchor, pagePartAnchor, partAnchor, scopedSelector } from '../../../src/core/reader/anchors';
import { hitMap, stepHit } from '../../../src/core/reader/hits';
import { openingPlace } from '../../../src/core/reader/openingPlace';
import { pageIndexOf, printedPages, readingPlaceOn } from '../../../src/core/reader/pageView';
import { blocksInOrder, blockTitle } from '../../../src/core/volume/model';
import type { Table } from '../../../src/core/volume/types';
import { readSource } from '../../../src/node/source/readSource';
import { SEED_SOURCE } from '../../helpers/paths';

const volume = readSource(SEED_SOURCE);
const placed = blocksInOrder(volume);
const named = (title: string) =>
  placed.find((p) => (p.block.kind === 'entry' ? p.block.title : blockTitle(p.block)).startsWith(title))!;

describe('hit navigation', () => {
  it('numbers hits in reading order and finds the part holding each', () => {
    const hits = hitMap(named('区政府常务会议').block, ['垃圾分类']);
    expect(hits.total).toBeGreaterThan(0);
    const parts = Array.from({ length: hits.total }, (_, n) => hits.partOf(n));
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
    expect(hits.partOf(hits.total)).toBe(-1);
  });

  it('steps ‹ › through the hits, wrapping round at either end', () => {
    expect(stepHit(0, 1, 3)).toBe(1);
    expect(stepHit(2, 1, 3)).toBe(2 + 1 - 3);
    expect(stepHit(0, -1, 3)).toBe(2);
    expect(stepHit(0, 1, 0)).toBe(0);
  });

  it('cuts a table row’s hits back into its cells, numbered as the row’s', () => {
    const table = named('表5').block as Table;
    const hits = hitMap(table, ['上政办函']);
    const row = table.rows.findIndex((r) => r[0].includes('上政办函'));
    const inCell = hits.cell(row + 1, 0);
    expect(inCell.ranges).toEqual([[0, 4]]);
    expect(table.rows[row][0].slice(...inCell.ranges[0])).toBe('上政办函');
    expect(hits.partOf(inCell.first)).toBe(row + 1);
    expect(hits.cell(row + 1, 2)).toEqual({ ranges: [], first: 0 });
    // A hit in the title column of a row: offsets within that cell, not within the joined row.
    const titled = hitMap(table, ['政府投资项目']);
    const at = table.rows.findIndex((r) => r[2].includes('政府投资项目'));
    const [[a, b]] = titled.cell(at + 1, 2).ranges;
    expect(table.rows[at][2].slice(a, b)).toBe('政府投资项目');
  });
});

describe('anchors the reader scrolls to', () => {
  it('are ids no other page draws, looked up inside the reader only', () => {
    expect(hitAnchor(0)).toBe('rhit-0');
    expect(partAnchor(-1)).toBe('rpart-title');
    expect(partAnchor(3)).toBe('rpart-3');
    expect(pagePartAnchor('e18h3f43q', 2)).toBe('rpage-e18h3f43q-2');
    expect(scopedSelector('reader-2', 'rhit-0')).toBe('#reader-2 #rhit-0');
  });
});

describe('where a block opens', () => {
  const progress = { volume: 'v', id: 'e1', title: '概况', scrollTop: 900, at: 0 };
  it.each([
    ['a search result at its first hit', { blockId: 'e1', hits: 3, progress }, { anchor: 'rhit-0' }],
    ['a linked paragraph there', { blockId: 'e1', hits: 0, part: 4, progress }, { anchor: 'rpart-4' }],
    ['continue reading where the reader stopped', { blockId: 'e1', hits: 0, progress }, { top: 900 }],
    ['another block at its top', { blockId: 'e2', hits: 0, progress }, undefined],
    [
      'a block read to its top at its top',
      { blockId: 'e1', hits: 0, progress: { ...progress, scrollTop: 0 } },
      undefined,
    ],
  ])('opens %s', (_, opening, expected) => {
    expect(openingPlace(opening)).toEqual(expected);
  });
});

describe('page view kept in step with the entry', () => {
  const pages = printedPages(placed);

  it('prints a section’s heading where the section begins, between pages too', () => {
    const headings = pages.flatMap((p) =>
      p.fragments.filter((f) => f.section).map((f) => [p.page, f.section]),
    );
    expect(headings.map(([, s]) => s)).toEqual(
      volume.categories[0].sections.map((s) => s.title).filter(Boolean),
    );
    const meetings = named('区政府常务会议');
    expect(headings).toContainEqual([meetings.block.pages[0], '区政府重要会议']);
  });

  it('prints a photo’s caption once, as its heading', () => {
    const photo = named('上城区行政服务中心大厅');
    const fragments = pages.flatMap((p) => p.fragments).filter((f) => f.id === photo.block.id);
    expect(fragments).toHaveLength(1);
    expect(fragments[0].parts).toEqual([]);
    expect(fragments[0].title).toBe('上城区行政服务中心大厅（2018年）');
  });

  it('opens at the page printing the part being read', () => {
    const meetings = named('区政府常务会议').block;
    expect(pages[pageIndexOf(pages, meetings, 0)].page).toBe(4);
    expect(pages[pageIndexOf(pages, meetings, 16)].page).toBe(6);
  });

  it('goes back to the open block on the page, else to what the page prints first', () => {
    const meetings = named('区政府常务会议').block;
    const office = named('区长办公会议').block;
    const page6 = pages.find((p) => p.page === 6)!;
    expect(readingPlaceOn(page6, meetings.id)).toEqual({
      id: meetings.id,
      part: page6.fragments[0].parts[0].index,
    });
    expect(readingPlaceOn(page6, office.id)).toMatchObject({ id: office.id, part: 0 });
    const elsewhere = pages.find((p) => !p.fragments.some((f) => f.id === meetings.id))!;
    expect(readingPlaceOn(elsewhere, meetings.id)?.id).toBe(elsewhere.fragments[0].id);
  });

  it('numbers a table’s rows as the entry view does (row r is part r + 1)', () => {
    const t5 = named('表5').block;
    const page4 = pages.find((p) => p.page === 4)!;
    // 表5 turns the page before its row 18.
    expect(page4.fragments[0]).toMatchObject({ id: t5.id });
    expect(readingPlaceOn(page4, t5.id)).toEqual({ id: t5.id, part: 19 });
    expect(pages[pageIndexOf(pages, t5, 18)].page).toBe(4);
  });
});
