// gc for the benches: exposed at run time so a timed run can start with a clean heap, or
// undefined when the flag cannot be set (the benches then run without it).
import v8 from 'node:v8';
import vm from 'node:vm';

function exposeGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc');
  } catch {
    return undefined;
  }
}

export const gc = exposeGc();
