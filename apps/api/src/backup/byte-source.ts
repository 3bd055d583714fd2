/** Reads a stream of bytes as lines and as sections of known length, pulling from the stream only as needed. */
export class ByteSource {
  private buffered: Buffer = Buffer.alloc(0);
  private finished = false;

  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private async pull(): Promise<boolean> {
    if (this.finished) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.finished = true;
      return false;
    }
    this.buffered = this.buffered.length === 0 ? next.value : Buffer.concat([this.buffered, next.value]);
    return true;
  }

  /** The next line without its newline; undefined when the stream ends first or the line exceeds the limit. */
  async line(limit: number): Promise<string | undefined> {
    for (;;) {
      const end = this.buffered.indexOf(0x0a);
      if (end >= 0) {
        const line = this.buffered.subarray(0, end).toString('utf8');
        this.buffered = this.buffered.subarray(end + 1);
        return line;
      }
      if (this.buffered.length > limit || !(await this.pull())) return undefined;
    }
  }

  /** Exactly `length` bytes, in the chunks they arrive in; throws when the stream ends before. */
  async *take(length: number): AsyncGenerator<Buffer> {
    let left = length;
    while (left > 0) {
      if (this.buffered.length === 0 && !(await this.pull())) throw new Error(`it ends ${left} bytes early`);
      const chunk = this.buffered.subarray(0, Math.min(left, this.buffered.length));
      this.buffered = this.buffered.subarray(chunk.length);
      left -= chunk.length;
      yield chunk;
    }
  }

  async atEnd(): Promise<boolean> {
    return this.buffered.length === 0 && !(await this.pull());
  }
}
