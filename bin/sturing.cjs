#!/usr/bin/env node
// `npx sturing …`: the command-line check. Build first with `npm run build`.
require('../out/cli.cjs');
