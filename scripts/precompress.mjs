// Run by scripts/post_build.py at the end of a release build: writes a gzip (-9) and a brotli (quality 11) copy
// beside every text and wasm file of the build, for hosts that serve precompressed files
// (nginx gzip_static / brotli_static, Apache MultiViews or rewrites, Caddy precompressed,
// Netlify and most CDNs compress by themselves). See "Serving the precompressed copies" in docs/release-build.md.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('TRUNK_STAGING_DIR is not set: scripts/post_build.py runs this');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// org-library.json is replaced on the host by each organisation: a compressed copy of the
// empty one we ship would be served in place of theirs.
const SKIP = new Set(['org-library.json']);
const COMPRESSIBLE = /\.(wasm|js|css|html|json|svg|webmanifest)$/;

let written = 0;
for (const name of readdirSync(staging)) {
  const path = join(staging, name);
  if (!statSync(path).isFile() || SKIP.has(name) || !COMPRESSIBLE.test(name)) continue;
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 });
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm')
        ? constants.BROTLI_MODE_GENERIC
        : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  // A compressed copy that is not smaller would only cost the host bytes.
  if (gzip.length < bytes.length) writeFileSync(`${path}.gz`, gzip), written++;
  if (brotli.length < bytes.length) writeFileSync(`${path}.br`, brotli), written++;
}
console.log(`precompress: ${written} .gz/.br files written`);
