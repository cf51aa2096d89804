/**
 * Buffers kept for reuse, at most `max`, the biggest kept when there are more: so that a thread
 * which allocates little, and so collects its garbage seldom, reuses its big buffers instead of
 * leaving dead ones to pile up.
 */
export class SpareBuffers {
  private readonly buffers: ArrayBuffer[] = [];

  constructor(private readonly max: number) {}

  /** A kept buffer of at least `size` bytes, which is no longer kept; undefined if none is. */
  take(size: number): ArrayBuffer | undefined {
    const at = this.buffers.findIndex((b) => b.byteLength >= size);
    return at >= 0 ? this.buffers.splice(at, 1)[0] : undefined;
  }

  /** Keeps a buffer that is not needed any more. */
  give(buffer: ArrayBuffer): void {
    if (this.buffers.length < this.max) {
      this.buffers.push(buffer);
      return;
    }
    let smallest = 0;
    for (let i = 1; i < this.buffers.length; i++) if ((this.buffers[i] as ArrayBuffer).byteLength < (this.buffers[smallest] as ArrayBuffer).byteLength) smallest = i;
    if ((this.buffers[smallest] as ArrayBuffer).byteLength < buffer.byteLength) this.buffers[smallest] = buffer;
  }
}
