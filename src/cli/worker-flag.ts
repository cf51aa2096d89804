/**
 * Marks the worker threads the CLI starts from its own file, so that bin.ts knows to serve
 * analyses there. A module of its own: bin.ts reads it before loading anything else.
 */
export const WORKER_FLAG = 'marsad-analyze-worker';
