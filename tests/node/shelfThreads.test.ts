import path from 'node:path';
import { ROOT, SEED_SOURCE } from '../helpers/paths';

// The compiled toolchain (npm run compile), as `yearbook shelf` runs it: only there do volumes build on
// worker threads (from TypeScript they build in-process).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildVolumes } = require(
  path.join(ROOT, 'lib/node/shelf/buildVolumes.js'),
) as typeof import('../../src/node/shelf/buildVolumes');

describe('volumes built on threads', () => {
  it('answers in the order asked, whatever order the threads finish in', async () => {
    const done: string[] = [];
    const built = await buildVolumes([SEED_SOURCE, SEED_SOURCE + '/'], 2, (dir) => done.push(dir));
    expect(done.sort()).toEqual([SEED_SOURCE, SEED_SOURCE + '/'].sort());
    expect(Object.keys(built[0].files)).toContain('volume.json');
    expect(built[1].files).toEqual(built[0].files);
  });

  it('fails with the volume’s own problem, file and line', async () => {
    await expect(
      buildVolumes([SEED_SOURCE, '/nonexistent/source'], 2, () => undefined),
    ).rejects.toMatchObject({
      name: 'InputError',
      problems: [
        { file: '/nonexistent/source', line: 0, message: expect.stringMatching(/^not a directory/) },
      ],
    });
  });
});
