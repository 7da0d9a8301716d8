#!/usr/bin/env node
// Draws the tab bar's icons (目录, 检索, 收藏) as small PNGs in src/assets/tab/: WeChat's tabBar takes
// only image files (81 × 81 px recommended, 40 KB at most), one for each state. The tab bar's background
// changes with night mode but its icons cannot follow cheaply (a user's setting, not the system's), so
// their colours reach 3 : 1 (non-text contrast) on both the day (#fbf8f2) and the night (#262421) bar.
// Shapes are distance functions, sampled 4 × 4 per pixel for smooth edges. Run: node scripts/tab-icons.js
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 81;
const OUT = path.join(__dirname, '../src/assets/tab');
const COLOURS = { normal: '#857a6a', selected: '#c45a44' };

const segment = (px, py, ax, ay, bx, by) => {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
const STROKE = 3.2;
const star = (() => {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? 13 : 31;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([40.5 + r * Math.cos(a), 43 + r * Math.sin(a)]);
  }
  return points;
})();

/** Whether a point is inked, for each icon: strokes `STROKE` wide. */
const SHAPES = {
  contents: (x, y) =>
    [22, 40.5, 59].some((ly) => segment(x, y, 30, ly, 64, ly) < STROKE || Math.hypot(x - 18, y - ly) < 4.5),
  search: (x, y) =>
    Math.abs(Math.hypot(x - 35, y - 35) - 17) < STROKE || segment(x, y, 48, 48, 64, 64) < STROKE * 1.3,
  bookmarks: (x, y) =>
    star.some((p, i) => segment(x, y, ...p, ...star[(i + 1) % star.length]) < STROKE * 0.9),
};

function png(inked, hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    for (let x = 0; x < SIZE; x++) {
      let hit = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) hit += inked(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
      const at = y * (SIZE * 4 + 1) + 1 + x * 4;
      raw.set([r, g, b, Math.round((hit / 16) * 255)], at);
    }
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const [name, inked] of Object.entries(SHAPES))
  for (const [state, hex] of Object.entries(COLOURS)) {
    const file = path.join(OUT, `${name}${state === 'selected' ? '-on' : ''}.png`);
    fs.writeFileSync(file, png(inked, hex));
    console.log(path.relative(process.cwd(), file));
  }
