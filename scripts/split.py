"""Release builds: splits the wasm at the app's #[wasm_split] points (src/pieces.rs), so the first
visit loads only what the interview list needs and each other screen's code comes when it is
first opened. Trunk has no step for this (trunk-rs/trunk#1022), so the post-build hook redoes
wasm-bindgen and wasm-opt on Cargo's linked output (built with --emit-relocs, see
.cargo/config.toml) and replaces Trunk's two files in the staging directory and index.html.

Every file keeps a name after its content: the pieces by their own hash, the JS glue and the
loader (which name each other) by one hash of all of it."""
import base64
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Placeholders of the final names' shape, replaced once the build's hash is known.
MAIN_JS = "interviewgids-0000000000000000.js"
LOADER_JS = "split-0000000000000000.js"


INSTANTIATE = """
// Added by scripts/split.py: a piece that is missing says so, and one served with a type
// other than application/wasm is compiled from its bytes.
async function instantiatePiece(src, imports) {
    const response = await src;
    if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
    if ((response.headers.get("Content-Type") || "").startsWith("application/wasm")) {
        return WebAssembly.instantiateStreaming(response, imports);
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
"""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def integrity(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def run(cmd, **kw):
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.exit(f"split: {' '.join(cmd[:2])} failed:\n{result.stderr}")
    return result.stdout


def linked_wasm() -> str:
    meta = json.loads(run(["cargo", "metadata", "--no-deps", "--format-version", "1"], cwd=ROOT))
    path = os.path.join(meta["target_directory"], "wasm32-unknown-unknown", "release", "interviewgids.wasm")
    if not os.path.isfile(path):
        sys.exit(f"split: no linked wasm at {path}")
    return path


def wasm_opt(path: str) -> None:
    tool = shutil.which("wasm-opt") or os.path.join(ROOT, "node_modules", ".bin", "wasm-opt")
    run([tool, "-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", path, "-o", path])


def split(staging: str) -> list:
    """Splits, optimises and names the pieces; rewrites index.html. Returns the new file names."""
    index_path = os.path.join(staging, "index.html")
    with open(index_path, encoding="utf-8") as f:
        html = f.read()
    # Trunk writes its hash without leading zeros: 16 hex digits, or (1 in 16) fewer.
    found = re.search(r"from '\./(interviewgids-[0-9a-f]{12,16})\.js'", html)
    if not found:
        sys.exit("split: Trunk's loader script does not name interviewgids-<hash>.js")
    trunk_name = found.group(1)

    work = tempfile.mkdtemp(prefix="interviewgids-split-")
    try:
        pieces_dir = os.path.join(work, "pieces")
        os.mkdir(pieces_dir)
        listed = run(
            ["cargo", "run", "--quiet", "--release", "--locked",
             "--manifest-path", os.path.join(ROOT, "tools", "split", "Cargo.toml"),
             "--", linked_wasm(), pieces_dir, MAIN_JS, LOADER_JS],
            cwd=ROOT,
        ).split()
        main_wasm, pieces = listed[0], listed[1:]
        if not pieces:
            sys.exit("split: no split points found (is the `split` feature on?)")
        glue_dir = os.path.join(work, "glue")
        run(["wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-demangle",
             "--no-typescript", "--out-name", "interviewgids", "--out-dir", glue_dir, main_wasm])
        main_bg = os.path.join(glue_dir, "interviewgids_bg.wasm")
        with concurrent.futures.ThreadPoolExecutor() as pool:
            list(pool.map(wasm_opt, [main_bg] + pieces))

        with open(os.path.join(pieces_dir, LOADER_JS), encoding="utf-8") as f:
            loader = f.read()
        # A host that sends .wasm with another type (or an error page) still gets a clear
        # outcome: instantiateStreaming needs application/wasm, so fall back to the bytes.
        loader, count = re.subn(r"WebAssembly\.instantiateStreaming\(src, imports\)",
                                "instantiatePiece(src, imports)", loader)
        if count != len(pieces):
            sys.exit(f"split: the loader instantiates {count} pieces, {len(pieces)} were made")
        loader = loader + INSTANTIATE
        # The pieces are leaves: each is named after its own content.
        written = []
        for piece in pieces:
            with open(piece, "rb") as f:
                data = f.read()
            stem = os.path.splitext(os.path.basename(piece))[0].replace("_", "-")
            name = f"{stem}-{digest(data)}.wasm"
            loader, count = re.subn(rf'"\./{re.escape(os.path.basename(piece))}"', f'"./{name}"', loader)
            if count != 1:
                sys.exit(f"split: the loader names {os.path.basename(piece)} {count} times")
            shutil.copyfile(piece, os.path.join(staging, name))
            written.append(name)

        with open(os.path.join(glue_dir, "interviewgids.js"), encoding="utf-8") as f:
            glue = f.read()
        # Only the module specifiers: the wasm's import names stay as the keys glue and wasm share.
        glue, count = re.subn(rf'^(import \* as import\d+ from )"\./{re.escape(LOADER_JS)}"',
                              r'\1"./__LOADER__"', glue, flags=re.M)
        if count == 0:
            sys.exit("split: the JS glue does not import the loader")
        with open(main_bg, "rb") as f:
            main_bytes = f.read()
        build = digest(main_bytes + glue.encode() + loader.encode())
        main_js, loader_js = f"interviewgids-{build}.js", f"split-{build}.js"
        glue = glue.replace("./__LOADER__", f"./{loader_js}")
        loader, count = re.subn(re.escape(f'"./{MAIN_JS}"'), f'"./{main_js}"', loader)
        if count != 1:
            sys.exit(f"split: the loader names the JS glue {count} times")
        files = {
            main_js: glue.encode(),
            f"interviewgids-{build}_bg.wasm": main_bytes,
            loader_js: loader.encode(),
        }
        for name, data in files.items():
            with open(os.path.join(staging, name), "wb") as f:
                f.write(data)
        written += list(files)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    # Trunk's own two files give way; its loader script and preload links name the new ones.
    for old in (f"{trunk_name}.js", f"{trunk_name}_bg.wasm"):
        os.remove(os.path.join(staging, old))
    html = html.replace(f"./{trunk_name}.js", f"./{main_js}")
    html = html.replace(f"./{trunk_name}_bg.wasm", f"./interviewgids-{build}_bg.wasm")

    def fix_integrity(match):
        name = match.group(1)[2:]
        return f'href="{match.group(1)}"{match.group(2)}integrity="{integrity(files[name])}"'

    html, count = re.subn(rf'href="(\./interviewgids-{build}(?:_bg\.wasm|\.js))"([^>]*?)integrity="[^"]*"',
                          fix_integrity, html)
    if count != 2:
        sys.exit(f"split: expected Trunk's two preload links, found {count}")
    # The loader is imported by the glue at once: fetch it beside the glue, not after it.
    preload = (f'<link rel="modulepreload" href="./{loader_js}" crossorigin="anonymous" '
               f'integrity="{integrity(files[loader_js])}">')
    html = html.replace("</head>", preload + "</head>", 1)
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
    return written
