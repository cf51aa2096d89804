import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __MARSAD_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The core: pure, browser-safe, no Node built-ins.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2020',
    sourcemap: true,
    clean: true,
    treeshake: true,
    define,
  },
  {
    // The CLI: node-only, one self-contained CommonJS file behind the `bin` entry.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node18',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
]);
