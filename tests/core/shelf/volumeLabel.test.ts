import { shortVolumeLabel, volumeLabel } from '../../../src/core/shelf/volumeLabel';

describe('volumeLabel', () => {
  it('names a volume by its own title, not the year it records', () => {
    expect(volumeLabel({ title: '上城年鉴（2019）', year: 2018 })).toBe('上城年鉴（2019）');
  });

  it('tells apart two volumes recording the same year', () => {
    const a = volumeLabel({ title: '上城年鉴（2019）', year: 2018 });
    const b = volumeLabel({ title: '政府工作报告（2018）', year: 2018 });
    expect(a).not.toBe(b);
  });

  it('falls back to the year when a volume has no title', () => {
    expect(volumeLabel({ title: '  ', year: 2018 })).toBe('2018年卷');
  });
});

describe('shortVolumeLabel', () => {
  it('keeps a title of up to ten characters', () => {
    expect(shortVolumeLabel({ title: '上城年鉴（2019）', year: 2018 })).toBe('上城年鉴（2019）');
  });

  it('uses the year for a title longer than ten characters', () => {
    expect(shortVolumeLabel({ title: '杭州市上城区年鉴（2019）', year: 2018 })).toBe('2018年卷');
  });
});
