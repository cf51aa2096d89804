/** What the CLI needs from the process, so tests can run it in memory. */
export interface CliIo {
  /** Writes to stdout; a promise when the caller must wait for the stream to drain. */
  out(s: string | Uint8Array): void | Promise<void>;
  err(s: string): void;
  /** Standard input as bytes. */
  stdin(): AsyncIterable<Uint8Array>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width (for the table and the progress line). */
  columns: number;
  /** Default number of jobs: the machine's cores. */
  cores: number;
  /** The script worker threads run (the CLI's own bundle). */
  workerFile: string;
  /**
   * Calls `stop` on the first Ctrl-C, and `now` before exiting at once on a second one. Returns
   * a function that removes the handlers.
   */
  onInterrupt(stop: () => void, now: () => void): () => void;
}
