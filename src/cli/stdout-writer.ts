/**
 * @module Writing a long output to stdout with back-pressure, stopping quietly
 * when the reader goes away (`gongkai export … | head`): EPIPE is not an error.
 */

export interface StdoutWriter {
  /** False once the reader has gone: stop producing. */
  write(text: string): Promise<boolean>;
}

export function stdoutWriter(out: NodeJS.WritableStream = process.stdout): StdoutWriter {
  let closed = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return {
    async write(text) {
      if (closed) return false;
      if (!out.write(text)) {
        await new Promise<void>((res) => {
          const done = () => {
            out.off('drain', done);
            out.off('error', done);
            res();
          };
          out.once('drain', done);
          out.once('error', done);
        });
      }
      return !closed;
    },
  };
}
