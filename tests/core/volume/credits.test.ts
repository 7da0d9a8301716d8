import { authorsOf, creditOf, sectionCredits } from '../../../src/core/volume/credits';
import { blocksInOrder, blockTitle } from '../../../src/core/volume/model';
import type { Block, Section } from '../../../src/core/volume/types';
import { readSource } from '../../../src/node/source/readSource';
import { SEED_SOURCE } from '../../helpers/paths';

const volume = readSource(SEED_SOURCE);
const placed = blocksInOrder(volume);
const named = (title: string, section?: string) =>
  placed.find(
    (p) =>
      (p.block.kind === 'entry' ? p.block.title : blockTitle(p.block)).startsWith(title) &&
      (!section || p.section.title === section),
  )!;
const covering = (title: string, section?: string) => {
  const p = named(title, section);
  return creditOf(p.section, p.block.id);
};

describe('which credit covers a block (a run signed once, after its last block)', () => {
  it.each([
    // 区政府重要会议: two meetings, signed once after the second.
    ['区政府常务会议', '区政府重要会议', '潘建强', false],
    ['区长办公会议', '区政府重要会议', '潘建强', true],
    // 综述: 概况 … 表4 are signed after 表5; the next run after 区长公开电话受理; 涉外服务 alone.
    ['概况', '综述', '潘建强', false],
    ['表4', '综述', '潘建强', false],
    ['表5', '综述', '潘建强', true],
    ['建议提案办理', '综述', '潘建强', false],
    ['涉外服务', '综述', '顾霞玲', true],
    // 政务服务: two photos stand between the run and its credit and do not end it.
    ['概况', '政务服务', '叶俊麟', false],
    ['“领导坐班”活动', '政务服务', '叶俊麟', false],
    ['政府采购信息化建设', '政务服务', '叶俊麟', true],
    ['对台交流交往', '侨务·港澳台事务', '郑远 应博为', true],
  ])('%s (%s) is by %s', (title, section, names, own) => {
    expect(covering(title, section)).toMatchObject({ names, own });
  });

  it('names the block the credit is printed after', () => {
    const signer = covering('区政府常务会议', '区政府重要会议')!.signedAfter;
    expect(placed.find((p) => p.block.id === signer)!.block).toMatchObject({ title: '区长办公会议' });
  });

  it('gives a photo its own credit, which names a supplier and no author', () => {
    const photo = named('2018年，区行政服务中心设置');
    expect(covering('2018年，区行政服务中心设置')).toEqual({
      names: '区审管办 供稿',
      own: true,
      signedAfter: photo.block.id,
    });
    expect(authorsOf(photo.block, covering('2018年，区行政服务中心设置'))).toEqual([]);
    expect(authorsOf(named('对台交流交往').block, covering('对台交流交往'))).toEqual(['郑远', '应博为']);
  });

  it('leaves blocks after a section’s last credit, and every block of an unsigned section, uncovered', () => {
    const entry = (id: string, credit?: string): Block => ({
      kind: 'entry',
      id,
      title: id,
      paragraphs: ['…'],
      pages: [1, 1],
      ...(credit ? { credit } : {}),
    });
    const section: Pick<Section, 'blocks'> = {
      blocks: [entry('a'), entry('b', '甲'), entry('c'), entry('d')],
    };
    const credits = sectionCredits(section);
    expect([...credits.keys()]).toEqual(['a', 'b']);
    expect(credits.get('a')).toEqual({ names: '甲', own: false, signedAfter: 'b' });
    expect(sectionCredits({ blocks: [entry('x')] }).size).toBe(0);
  });

  it('covers every credited section’s blocks up to its last credit in the seed volume', () => {
    for (const category of volume.categories)
      for (const section of category.sections) {
        const credits = sectionCredits(section);
        const lastSigned = section.blocks.map((b) => b.kind !== 'figure' && !!b.credit).lastIndexOf(true);
        section.blocks.forEach((b, i) => {
          if (b.kind !== 'figure' && i <= lastSigned) expect(credits.get(b.id)).toBeDefined();
        });
      }
  });
});
