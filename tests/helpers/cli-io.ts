import type { CliIo } from '../../src/cli/io';

/**
 * A CliIo for running the CLI in memory: output to the given functions, no terminal, one core
 * (so nothing starts worker threads, which need the built bundle), and stdin holding `stdin`.
 */
export function memoryIo(out: (s: string) => void, err: (s: string) => void, stdin: string | Uint8Array = ''): CliIo {
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  // The CLI writes whole rows at a time, so each write decodes alone.
  const decoder = new TextDecoder();
  return {
    out: (s) => out(typeof s === 'string' ? s : decoder.decode(s)),
    err,
    stdin: async function* () {
      if (bytes.length > 0) yield bytes;
    },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    cores: 1,
    workerFile: '',
    onInterrupt: () => () => undefined,
  };
}
