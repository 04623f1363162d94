/**
 * Compression of the server's answers, but for a longpoll `_changes` only when it answers at once.
 * A longpoll that has changes already (each page of a first sync's catch-up: PouchDB's live pull
 * asks every page as a longpoll; 1,000 changes are about 167 kB, 45 kB gzipped) is compressed like
 * any answer. One that parks is never wrapped: its heartbeats must not be held back, and a change
 * wakes a thousand of them at once, each a small answer of one shared body that compression's
 * wrappers of writeHead, write and end would only slow.
 */
import compression from 'compression';
import type { RequestHandler, Response } from 'express';
import { asksLongpoll } from '../replication/params';

/** The compression a longpoll's request put off, by its response. */
const putOff = new WeakMap<Response, (send: () => void) => void>();

export function compressAnswers(): RequestHandler {
  const compress = compression();
  return (req, res, next) => {
    if (!asksLongpoll(req)) {
      compress(req, res, next);
      return;
    }
    putOff.set(res, (send) => compress(req, res, () => send()));
    next();
  };
}

/** Sends an answer given at once, compressed when its request put compression off. */
export function sendAtOnce(res: Response, send: () => void): void {
  const compress = putOff.get(res);
  if (compress) compress(send);
  else send();
}
