import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * Serves the built till PWA. The service worker and the HTML shell must never be cached by the
 * browser's HTTP cache (updates would stall); hashed assets are immutable. Any other path is a
 * client-side route and gets the shell.
 */
export function staticTill(tillDir: string) {
  const root = path.resolve(tillDir);
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    else c.header('Cache-Control', 'no-cache');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', async (c) => c.html(await readFile(path.join(root, 'index.html'), 'utf8')));
  return app;
}
