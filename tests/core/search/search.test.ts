import fc from 'fast-check';
import { blocksInOrder, findBlock, textParts } from '../../../src/core/volume/model';
import { foldText, foldWhole } from '../../../src/core/search/fold';
import { Search, type SearchResponse } from '../../../src/core/search/search';
import { seedSearch, substringScan } from '../../helpers/seedSearch';

const { volume, search, data: seedData } = seedSearch();
const exactIds = (q: string) =>
  search
    .search(q, { limit: 10000 })
    .results.filter((r) => r.exact)
    .map((r) => r.id)
    .sort();

describe('literal recall equals a substring scan', () => {
  it.each([
    // jieba cuts 上城区 as 上|城区 and 最多跑一次 as 最|多|跑|一次; these cut across its words.
    '上城区',
    '城区人',
    '区人民政府',
    '人民',
    '政府',
    '最多跑一次',
    '多跑',
    '跑一',
    '人',
    '最',
    '上',
    '城',
    '区政府常务会议',
    '务会',
    '1102.7亿元',
    '02.7亿',
    '5.3%',
    '2018-09-17',
    '上政办函〔2018〕第35号',
    '〔2018〕',
    'A33/S42-07',
    'SC0402-R21-05',
    '5·22',
    '“最多跑一次”',
    '（郑  磊）',
    '郑远',
    '应博为',
    '供稿',
    '互联网+政务服务',
    '政务 督查',
    '上城区 雷山县',
    '2018 公厕',
  ])('%s', (q) => {
    expect(exactIds(q)).toEqual(substringScan(volume, q).sort());
  });

  it('holds for any piece of the volume’s text taken as a query (property)', () => {
    const parts = blocksInOrder(volume).flatMap(({ block }) => textParts(block).map((p) => p.text));
    fc.assert(
      fc.property(
        fc.nat({ max: parts.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 12 }),
        (p, at, length) => {
          const chars = [...parts[p]];
          const start = at % chars.length;
          const query = chars
            .slice(start, start + length)
            .join('')
            .trim();
          fc.pre(query !== '' && !/\s/.test(query)); // A discarded sample is not counted as a run.
          const found = new Set(exactIds(query));
          for (const id of substringScan(volume, query)) expect(found.has(id)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('holds for a sentence longer than the index narrows by (32 units): 40 characters of a paragraph', () => {
    const longest = blocksInOrder(volume)
      .flatMap(({ block }) => textParts(block).map((p) => p.text))
      .reduce((a, b) => (b.length > a.length ? b : a));
    const query = [...longest].slice(10, 50).join('').replace(/\s/g, '');
    expect([...query].length).toBeGreaterThan(32);
    expect(exactIds(query)).toEqual(substringScan(volume, query).sort());
    expect(exactIds(query).length).toBeGreaterThan(0);
  });

  it('holds while categories are still loading, and once every one has arrived', () => {
    // The app reads a category's text when it arrives: until then the index narrows the blocks,
    // after that each block's pairs of characters do (TextFilter). Either way nothing is missed.
    const blocks = blocksInOrder(volume).map((p) => p.block);
    const arrived = new Set(blocks.filter((_, i) => i % 2 === 0).map((b) => b.id));
    const loading = new Search(seedData, (id) =>
      arrived.has(id) ? findBlock(volume, id)?.block : undefined,
    );
    const queries = ['城区人', '务会', '人民', '5.3%', '“最多跑一次”', '区政府', '，', '政府常务'];
    for (const q of queries) {
      const response = loading.search(q, { limit: 10000 });
      const exact = response.results.filter((r) => r.exact).map((r) => r.id);
      const scan = substringScan(volume, q);
      for (const id of exact) expect(scan).toContain(id);
      for (const id of scan) expect([...exact, ...response.missing]).toContain(id);
    }
    for (const b of blocks) arrived.add(b.id);
    for (const q of queries) {
      const response = loading.search(q, { limit: 10000 });
      expect(response.missing).toEqual([]);
      expect(
        response.results
          .filter((r) => r.exact)
          .map((r) => r.id)
          .sort(),
      ).toEqual(substringScan(volume, q).sort());
    }
  });
});

describe('ranking', () => {
  it.each(['区政府常务会议', '政务督查', '涉外服务', '数据共享平台建设', '归侨侨眷代表座谈会'])(
    'the entry titled %s comes first',
    (title) => {
      expect(search.search(title).results[0].title).toBe(title);
    },
  );

  it('puts literal hits above scattered ones, and says which are which', () => {
    const r = search.search('企业服务');
    const firstScattered = r.results.findIndex((x) => !x.exact);
    expect(r.exactCount).toBeGreaterThan(0);
    expect(firstScattered).toBe(r.exactCount);
    expect(r.results.slice(r.exactCount).every((x) => !x.exact)).toBe(true);
  });

  it('limits results but counts them all', () => {
    const r = search.search('上城区', { limit: 2 });
    expect(r.results).toHaveLength(2);
    expect(r.exactCount).toBe(substringScan(volume, '上城区').length);
  });
});

describe('folding', () => {
  it.each([
    ['垃圾分類', '垃圾分类'],
    ['ａ３３／ｓ４２', 'A33/S42'],
    ['sc0402', 'SC0402'],
    ['（２０１７—２０２０）', '（2017—2020）'],
    ['o2o', 'O2O'],
  ])('%s finds what %s finds', (variant, printed) => {
    expect(exactIds(variant)).toEqual(exactIds(printed));
    expect(exactIds(printed).length).toBeGreaterThan(0);
  });
});

/** An answer the reader can draw: blocks of the volume, counts that add up, highlights inside their text. */
function expectWellFormed(r: SearchResponse): void {
  const ids = new Set(blocksInOrder(volume).map((p) => p.block.id));
  const wrong = r.results.flatMap((x) => [
    ...(ids.has(x.id) ? [] : [`${x.id} is not a block of the volume`]),
    ...x.snippets.flatMap((s) =>
      s.highlights
        .filter(([start, end]) => !(start >= 0 && start < end && end <= s.text.length))
        .map((h) => `${x.id}: highlight ${h.join('–')} outside "${s.text}"`),
    ),
  ]);
  expect(wrong).toEqual([]);
  expect(r.results.length).toBeLessThanOrEqual(r.total);
  expect(r.exactCount).toBeLessThanOrEqual(r.total);
}

describe('no query breaks the search', () => {
  const hostile = [
    '',
    '   ',
    '\u3000\t\n',
    '，。、；',
    '*',
    'title:',
    '标题:区情',
    '12:30',
    '~2',
    '人口~1',
    '^3',
    '+政府 -上城',
    '"最多跑一次"',
    '[区政府]',
    '(政府)',
    '{}',
    '\\',
    '😀',
    '𠀀',
    '\ud800',
    'ＡＢＣ１２３',
    '<img src=x onerror=alert(1)>',
    '政'.repeat(10000),
    'a b c d e f g h i j k l m n o p q r s t u v w x y z',
  ];
  it.each(hostile.map((q) => [q.slice(0, 40), q]))('%j', (_, q) => {
    const r = search.search(q, { limit: 10000 });
    expect(r.query).toBe(q);
    expectWellFormed(r);
    const expected = substringScan(volume, q);
    expect(
      r.results
        .filter((x) => x.exact)
        .map((x) => x.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('survives arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (q) => {
        const answer = search.search(q);
        expectWellFormed(answer);
        // Every result called literal holds every term, by the independent scan.
        const literal = new Set(substringScan(volume, q));
        for (const r of answer.results) if (r.exact) expect(literal.has(r.id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('treats a non-string as an empty query', () => {
    expect(search.search(undefined).results).toEqual([]);
    expect(search.search(42).results).toEqual([]);
  });

  it('treats a block its source fails to give as not at hand, never throwing', () => {
    const fails = (id: string) => id.endsWith('1');
    const failing = new Search(seedData, (id) => {
      if (fails(id)) throw new Error('category file unreadable');
      return findBlock(volume, id)?.block;
    });
    const r = failing.search('上城区', { limit: 10000 });
    // Every block holding the query is found, or named as not at hand; none that failed has snippets.
    const named = new Set([...r.results.map((x) => x.id), ...r.missing]);
    for (const id of substringScan(volume, '上城区')) expect(named.has(id)).toBe(true);
    expect(r.missing.length).toBeGreaterThan(0);
    for (const x of r.results) if (fails(x.id)) expect(x.snippets).toEqual([]);
  });

  it('takes a limit that is not a number as the default, never throwing', () => {
    const all = substringScan(volume, '上城区').length;
    for (const limit of [NaN, '5' as unknown as number, -3, 2.7, Infinity]) {
      const r = search.search('上城区', { limit });
      expect(r.exactCount).toBe(all);
      expect(r.results.every((x) => typeof x.id === 'string')).toBe(true);
    }
    expect(search.search('上城区', { limit: NaN }).results).toHaveLength(Math.min(50, all));
    expect(search.search('上城区', { limit: 2.7 }).results).toHaveLength(2);
    expect(search.search('上城区', { limit: -3 }).results).toHaveLength(0);
  });

  it('cuts snippets for window sizes given as BigInt, odd numbers or none, never throwing', () => {
    const plain = search.search('上城区', { snippets: { before: 5, after: 5 } }).results;
    const big = { before: 5n, after: 5n } as unknown as { before: number; after: number };
    expect(search.search('上城区', { snippets: big }).results).toEqual(plain);
    for (const before of [2.5, -3, NaN, undefined])
      expect(() => search.search('上城区', { snippets: { before, after: 7 } })).not.toThrow();
  });
});

describe('folding a text', () => {
  // Each UTF-16 unit on its own: letters to lower case, full-width forms to half-width, U+3000 to a space.
  const foldUnit = (ch: string) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return ' ';
    const half = String.fromCharCode(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
    return /[A-Z]/.test(half) ? half.toLowerCase() : half;
  };
  it('maps every unit on its own and keeps the length (property)', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xff00, max: 0xff60 }),
      fc.constantFrom(0x3000, 0x3001, 0x4e00, 0xd840, 0xdc00),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (codes) => {
        const text = String.fromCharCode(...codes);
        const folded = foldText(text);
        expect(folded).toHaveLength(text.length);
        expect(folded).toBe(text.split('').map(foldUnit).join(''));
        expect(foldWhole(text)).toBe(folded);
      }),
      { numRuns: 500 },
    );
  });

  it('folds a long block printed in traditional characters whole, across its chunks', () => {
    const text = '全國人民代表大會常務委員會，ＡＢ𠀀'.repeat(700); // 11,200 units: three chunks
    expect(foldWhole(text)).toBe('全国人民代表大会常务委员会,ab𠀀'.repeat(700));
    expect(foldWhole(text)).toBe(foldText(text));
  });

  it('folds printed full-width marks and letters', () => {
    expect(foldText('上政办函（２０１８）ＡＢｃ　号，')).toBe('上政办函(2018)abc 号,');
  });
});

describe('snippets', () => {
  it('are cut only for the first results when asked (a page draws a few at a time)', () => {
    const all = search.search('上城区', { limit: 30 });
    const some = search.search('上城区', { limit: 30, snippetsFor: 5 });
    expect(some.results.map((r) => r.id)).toEqual(all.results.map((r) => r.id));
    expect(some.results.slice(0, 5).map((r) => r.snippets)).toEqual(
      all.results.slice(0, 5).map((r) => r.snippets),
    );
    expect(all.results.slice(5).every((r) => r.snippets.length > 0)).toBe(true);
    expect(some.results.slice(5).every((r) => r.snippets.length === 0)).toBe(true);
  });

  it('highlight exactly the query text, with the part to jump to', () => {
    for (const q of ['上城区', '最多跑一次', '5.3%', '垃圾分類', '政务 督查']) {
      const r = search.search(q);
      const terms = r.terms;
      for (const result of r.results.filter((x) => x.exact)) {
        expect(result.snippets.length + result.titleHighlights.length).toBeGreaterThan(0);
        for (const [a, b] of result.titleHighlights)
          expect(terms).toContain(foldText(result.title.slice(a, b)));
        for (const s of result.snippets) {
          for (const [a, b] of s.highlights) expect(terms).toContain(foldText(s.text.slice(a, b)));
        }
      }
    }
  });

  it('cut about 20 characters before a hit and 40 after', () => {
    const [first] = search.search('1102.7亿元').results[0].snippets;
    const [[a, b]] = first.highlights;
    expect([...first.text.slice(0, a)].length).toBe(20);
    expect([...first.text.slice(b)].length).toBe(40);
    expect(first.paragraph).toBe(0);
  });

  it('never begin or end inside a number or a Latin word (《201 | 7年 reads as two numbers)', () => {
    const alnum = /[0-9A-Za-z]/;
    const inside = (text: string, at: number) =>
      at > 0 && alnum.test(text[at - 1] ?? '') && alnum.test(text[at] ?? '');
    const cuts: string[] = [];
    for (const q of ['区政府', '常务会议', '上城区', '政府', '会议']) {
      for (const r of search.search(q, { limit: 100 }).results) {
        const block = blocksInOrder(volume).find((p) => p.block.id === r.id)!.block;
        for (const s of r.snippets) {
          const text = textParts(block).find((p) => p.index === s.paragraph)!.text;
          if (inside(text, s.start) || inside(text, s.start + s.text.length)) cuts.push(`${q}: ${s.text}`);
        }
      }
    }
    expect(cuts).toEqual([]);
  });

  it('give several windows where matches are far apart', () => {
    const meetings = search.search('常务会议').results.find((r) => r.title === '区政府常务会议');
    expect(meetings?.snippets.length).toBe(3);
    expect(new Set(meetings?.snippets.map((s) => s.paragraph)).size).toBeGreaterThan(1);
  });
});

describe('when nothing holds the query', () => {
  it('says so and offers the nearest terms of the volume', () => {
    const r = search.search('人口普查');
    expect(r.exactCount).toBe(0);
    expect(r.suggestions).toEqual(expect.arrayContaining(['人口', '普查']));
  });

  it('never swaps the query for a fuzzy neighbour (人口 is not 人民)', () => {
    const r = search.search('人口', { limit: 10000 });
    expect(r.exactCount).toBeGreaterThan(0);
    expect(r.results.map((x) => x.id).sort()).toEqual(substringScan(volume, '人口').sort());
    expect(substringScan(volume, '人民').length).toBeGreaterThan(r.total);
    for (const x of r.results) {
      const marked = [
        ...x.titleHighlights.map(([a, b]) => x.title.slice(a, b)),
        ...x.snippets.flatMap((s) => s.highlights.map(([a, b]) => s.text.slice(a, b))),
      ];
      expect(marked.length).toBeGreaterThan(0);
      expect(new Set(marked)).toEqual(new Set(['人口']));
    }
  });
});
