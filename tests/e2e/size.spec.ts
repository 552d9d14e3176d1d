import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';

// The first load must stay small for a slow tablet connection: 300,000 B gzip is about 2.4 s
// at 1 Mbit/s. Its history, change by change, is in docs/performance.md.
const BUDGET_GZIP_BYTES = 300_000;

/** The files a first visit loads: index.html, the CSS and JS, and the wasm index.html names. */
function firstLoad(): string[] {
  const html = readFileSync(join('dist', 'index.html'), 'utf8');
  const wasm = readdirSync('dist').filter((f) => f.endsWith('.wasm') && html.includes(`./${f}`));
  expect(wasm, 'index.html names one wasm file').toHaveLength(1);
  return ['index.html', ...readdirSync('dist').filter((f) => /\.(js|css)$/.test(f)), ...wasm];
}

test('the first load stays within its size budget, and the pieces are outside it', () => {
  let raw = 0;
  let gzip = 0;
  const rows = firstLoad().map((f) => {
    const bytes = readFileSync(join('dist', f));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    return `${f}: ${bytes.length} B raw, ${zipped} B gzip`;
  });
  console.log(`first load:\n  ${rows.join('\n  ')}\n  total: ${raw} B raw, ${gzip} B gzip`);
  expect(gzip).toBeLessThan(BUDGET_GZIP_BYTES);

  // Every piece is named by the loader, so none can be built and then never be found.
  const loader = readdirSync('dist').find((f) => /^split-[0-9a-f]{16}\.js$/.test(f));
  expect(loader, 'the pieces\' loader').toBeTruthy();
  const loaderText = readFileSync(join('dist', loader!), 'utf8');
  const pieces = readdirSync('dist').filter((f) => f.endsWith('.wasm') && !firstLoad().includes(f));
  expect(pieces.filter((f) => f.startsWith('split-'))).toHaveLength(6);
  for (const piece of pieces) expect(loaderText, piece).toContain(`"./${piece}"`);
});

test('every text and wasm file has a .gz and a .br copy beside it that unpacks to the same bytes', () => {
  const compressible = readdirSync('dist').filter(
    (f) => /\.(wasm|js|css|html|json|svg|webmanifest)$/.test(f) && f !== 'org-library.json',
  );
  expect(compressible.length).toBeGreaterThanOrEqual(8);
  for (const f of compressible) {
    const bytes = readFileSync(join('dist', f));
    expect(gunzipSync(readFileSync(join('dist', `${f}.gz`))).equals(bytes), `${f}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(join('dist', `${f}.br`))).equals(bytes), `${f}.br`).toBe(true);
  }
  // The organisation replaces its file on the host: no stale compressed copy may shadow it.
  expect(readdirSync('dist').filter((f) => f.startsWith('org-library.json.'))).toEqual([]);
});
