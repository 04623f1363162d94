/** A pino logger that writes into memory, so a test can read which requests the server logged. */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export function memoryLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}
