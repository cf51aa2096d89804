// The core entry must stay pure and browser-safe (DESIGN.md section 2): no Node built-ins, no
// I/O, nothing that a browser bundler would have to polyfill.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Node-only names used as free identifiers (globalThis.Buffer, found by feature detection, is fine).
const NODE_ONLY = /from\s+['"]node:|require\(\s*['"]node:|\bprocess\.|\b(?:fs|path|os|child_process)\b['"]\)|(?<![.\w])Buffer\b(?!\??:)|__dirname/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith('cli') ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the core', () => {
  it('imports nothing from Node outside src/cli', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(5);
    // Code only: comments may talk about Node.
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const file of files) expect(code(file), file).not.toMatch(NODE_ONLY);
  });

  it('bundles for the browser with no Node built-ins', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: { __MARSAD_VERSION__: '"test"' },
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(NODE_ONLY);
    expect(code).toContain('normalizeWithOffsets');
  });
});
