import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// The whole first load must stay small for a slow tablet connection: 400 KiB gzip is about
// three seconds at 1 Mbit/s. (Measured 359 KB with the full interview flow; see README.)
const BUDGET_GZIP_BYTES = 400 * 1024;

test('the release build stays within its size budget', () => {
  const files = readdirSync('dist').filter((f) => /\.(wasm|js|css)$/.test(f));
  expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);
  let raw = 0;
  let gzip = 0;
  const rows = files.map((f) => {
    const bytes = readFileSync(join('dist', f));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    return `${f}: ${bytes.length} B raw, ${zipped} B gzip`;
  });
  console.log(`release build:\n  ${rows.join('\n  ')}\n  total: ${raw} B raw, ${gzip} B gzip`);
  expect(gzip).toBeLessThan(BUDGET_GZIP_BYTES);
});
