import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { test, expect } from '@playwright/test';
import type { AddressInfo } from 'node:net';

// A host as plain as they come: no Cache-Control, no ETag, no Last-Modified. It counts what
// the browser asks of it, page and service worker together.
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

function plainHost(asked: Map<string, number>): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    asked.set(path, (asked.get(path) ?? 0) + 1);
    const file = normalize(join('dist', path === '/' ? 'index.html' : path));
    if (!file.startsWith('dist') || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a first visit downloads each file of the app once, the service worker included', async ({
  browser,
}) => {
  const asked = new Map<string, number>();
  const server = await plainHost(asked);
  const { port } = server.address() as AddressInfo;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.locator('main h1')).toBeVisible();
    // The worker has precached everything once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(precached.some((p) => p.endsWith('.wasm'))).toBe(true);
    expect(precached.some((p) => /library-[0-9a-f]{16}\.json$/.test(p))).toBe(true);

    // Every file comes once (the favicon is inline, so the browser has none of its own to ask),
    // and nothing is asked that the build did not make.
    const twice = [...asked].filter(([path, n]) => path !== '/' && n > 1);
    expect(twice, 'files asked for more than once').toEqual([]);
    const unknown = [...asked.keys()].filter((p) => p !== '/' && !existsSync(join('dist', p)));
    expect(unknown, 'files asked that are not in dist/').toEqual([]);
    // The app's wasm and every piece (precached for offline use) come once each.
    const wasm = [...asked.keys()].filter((p) => p.endsWith('.wasm')).sort();
    const built = readdirSync('dist').filter((f) => f.endsWith('.wasm')).map((f) => `/${f}`).sort();
    expect(built.length).toBeGreaterThan(1);
    expect(wasm).toEqual(built);
    for (const path of wasm) expect(asked.get(path), path).toBe(1);
    // The install icons wait for an install; the page itself uses the SVG icon.
    expect([...asked.keys()].filter((p) => p.endsWith('.png'))).toEqual([]);

    // The manifest is linked once the screen is drawn, and names icons the build made.
    const manifest = page.locator('link[rel=manifest]');
    await expect(manifest).toHaveCount(1);
    const linked = await manifest.evaluate((link: HTMLLinkElement) => link.href);
    expect(new URL(linked).pathname).toBe('/manifest.webmanifest');
    const icons: string[] = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return (await response.json()).icons.map((icon: { src: string }) => icon.src);
    }, linked);
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) expect(existsSync(join('dist', icon)), icon).toBe(true);
    // The inline favicon is a picture the browser can draw.
    const favicon = await page.evaluate(async () => {
      const image = new Image();
      image.src = (document.querySelector('link[rel=icon]') as HTMLLinkElement).href;
      await image.decode();
      return [image.src.slice(0, 19), image.naturalWidth];
    });
    expect(favicon[0]).toBe('data:image/svg+xml,');
    expect(favicon[1]).toBeGreaterThan(0);
  } finally {
    await context.close();
    server.close();
  }
});
