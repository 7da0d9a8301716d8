#!/usr/bin/env node
// Serve a built H5 app on 127.0.0.1 (the reader works behind any static server: hash routes).
// Usage: node scripts/serve.js [dir] [port]   (PORT env or 10086 by default; 0 picks a free one)
// A built shelf (YEARBOOK_SHELF_DIR, else build/shelf/out when it exists) is served at /shelf/, where
// the H5 书架 looks by default: `npm run shelf && npm start` serves every year locally.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** `mounts`: URL prefix → folder, e.g. { '/shelf/': 'build/shelf/out' }, looked up before `dir`. */
function serve(dir, port = 0, host = '127.0.0.1', mounts = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let url = decodeURIComponent((req.url || '/').split('?')[0]);
    let base = root;
    const mount = Object.keys(mounts).find((prefix) => url.startsWith(prefix));
    if (mount) {
      base = path.resolve(mounts[mount]);
      url = url.slice(mount.length - 1);
    }
    let file = path.join(base, url);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (error, data) => {
      if (error) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

module.exports = { serve };

if (require.main === module) {
  const dir = process.argv[2] || 'dist/h5';
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`error: ${dir}/index.html is missing: run npm run build:h5 first`);
    process.exit(1);
  }
  const port = Number(process.argv[3] ?? process.env.PORT ?? 10086);
  const shelf = process.env.YEARBOOK_SHELF_DIR || 'build/shelf/out';
  const mounts = fs.existsSync(path.join(shelf, 'shelf.json')) ? { '/shelf/': shelf } : {};
  serve(dir, port, '127.0.0.1', mounts).then((server) => {
    const { port: actual } = server.address();
    console.log(`掌上年鉴 H5 reader: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
    if (mounts['/shelf/']) console.log(`书架: ${shelf} at http://127.0.0.1:${actual}/shelf/`);
  });
}
