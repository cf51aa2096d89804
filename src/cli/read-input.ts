import { readFileSync } from 'node:fs';

/** A named input: a file path, or `-` for standard input. */
export interface Input {
  readonly name: string;
  readonly text: string;
}

/** Why an input could not be read, in words a user can act on. */
export class InputError extends Error {
  constructor(
    what: string,
    /** The problem alone, for messages that name the input already. */
    readonly reason: string,
  ) {
    super(`cannot read ${what}: ${reason}`);
  }
}

/**
 * Reads a file (or stdin for `-`) as strict UTF-8. A byte order mark is kept so that offsets
 * stay true to the file; invalid UTF-8 is an error that gives the byte offset, never a silent
 * replacement character.
 */
export function readInput(name: string): Input {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(name === '-' ? 0 : name);
  } catch (error) {
    throw readFailure(name, error);
  }
  return { name, text: decodeStrict(bytes, `'${name}'`) };
}

/** A failed read (from `fs`) as an {@link InputError} in words a user can act on. */
export function readFailure(name: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : (error as Error).message;
  return new InputError(`'${name}'`, why);
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes strict UTF-8 (a byte order mark is kept). Invalid UTF-8 or a NUL byte (a binary file,
 * or UTF-16) throws an {@link InputError} naming `what` and the byte offset.
 */
export function decodeStrict(bytes: Uint8Array, what: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(what, `a binary file, not text (NUL byte at offset ${nul})`);
  try {
    return strict.decode(bytes);
  } catch {
    throw new InputError(what, `not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`);
  }
}

/** Offset of the first byte that breaks UTF-8 (for the error message only). */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i] as number;
    const len = x < 0x80 ? 1 : x >= 0xc2 && x < 0xe0 ? 2 : x >= 0xe0 && x < 0xf0 ? 3 : x >= 0xf0 && x < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    if (len === 3) {
      const y = b[i + 1] as number;
      if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y >= 0xa0)) return i;
    }
    if (len === 4) {
      const y = b[i + 1] as number;
      if ((x === 0xf0 && y < 0x90) || (x === 0xf4 && y >= 0x90)) return i;
    }
    i += len;
  }
  return i;
}
