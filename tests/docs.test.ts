/**
 * The API documentation builds without a warning: typedoc.json treats every warning (an
 * undocumented export or member, a broken `{@link}`, a type referenced but not exported) as an
 * error, so a new export without TSDoc fails here rather than in a release.
 *
 * Reads src/ through tsconfig.json, not dist/: no build needed. Writes to a temporary directory,
 * never to docs/api.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO, describeRun, run } from './helpers/packed-project';

const out = mkdtempSync(join(tmpdir(), 'marsad-docs-'));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('typedoc', () => {
  // About 4 s of typedoc (6 s with vitest) on a two-core machine; the margin is for a loaded CI run.
  it('builds the API docs from typedoc.json without warnings or errors', { timeout: 150_000 }, () => {
    const typedoc = join(BIN, process.platform === 'win32' ? 'typedoc.cmd' : 'typedoc');
    const args = ['--options', join(REPO, 'typedoc.json'), '--out', out];
    const r = run(typedoc, args, { cwd: REPO, timeoutMs: 120_000 });
    const report = describeRun(typedoc, args, r);
    // NO_COLOR is set for children, but strip colour codes anyway so the match cannot miss.
    const output = `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');

    expect(r.error, report).toBeUndefined();
    expect(r.code, report).toBe(0);
    expect(output, report).not.toMatch(/\[(warning|error)\]/);
    expect(existsSync(join(out, 'index.html')), report).toBe(true);
  });
});
