#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm run compile` (run on `prepare`, so right after `npm install`).
require('../lib/node/cli/main.js').main(process.argv);
