import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';

// The whole first load must stay small for a slow tablet connection. 545 KiB gzip is about
// 4.5 s at 1 Mbit/s: room for a year of interviews took the build from 397,609 to 437,214 B, the
// method's readings, reasons and tablet layout to about 456,000 B, the position overview and
// panels (invitation, returned ratings, debrief) to 522,536 B. The library left the wasm and
// float formatting went (-30 KB), while the day plan, questions without notes, the report
// and the interview kit came in (+52 KB): 544,291 B; opening encrypted files with Web Crypto
// took it to 556,263 B. One sort routine instead of fourteen (-8.7 KB) paid for most of the
// export dialog with passphrase encryption (+10.6 KB): 557,331 B; Debug formatting left our
// own code paths (the debrief's list key, storage details, crypto errors): 556,504 B.
// Interim: the size work (issue "A smaller first load") is to bring it to 300,000 B and this
// budget with it; until then the budget is not raised again, so what comes in must be paid
// for by a cut.
const BUDGET_GZIP_BYTES = 545 * 1024;

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
