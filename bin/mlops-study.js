#!/usr/bin/env node
// CommonJS (see bin/package.json): a CommonJS entry starts without Node's ES module loader.
require('../dist/index.cjs');
