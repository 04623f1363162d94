/**
 * The built PWA from STATIC_DIR: hashed files under /assets are cached for a year, everything
 * else (index.html, sw.js, the manifest) is revalidated on each load; any other GET outside
 * /api and /couch gets index.html, so the client-side router can take it.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

export function staticFiles(dir: string): Router {
  const r = Router();
  const index = path.join(dir, 'index.html');
  r.use(
    express.static(dir, {
      index: false,
      setHeaders(res, filePath) {
        const rel = path.relative(dir, filePath).split(path.sep);
        res.set(
          'Cache-Control',
          rel[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  r.get('/{*path}', (req, res, next) => {
    if (/^\/(api|couch)(\/|$)/.test(req.path) || !fs.existsSync(index)) return next();
    res.set('Cache-Control', 'no-cache').sendFile('index.html', { root: dir });
  });
  return r;
}
