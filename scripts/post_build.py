#!/usr/bin/env python3
"""Trunk post-build hook (release builds): seals index.html with a Content-Security-Policy that
allows Trunk's inline loader by its hash, and writes the service worker with a precache list of
every file in the build under a cache name that changes with the build's content."""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
profile = os.environ.get("TRUNK_PROFILE", "debug")
if not staging:
    sys.exit("TRUNK_STAGING_DIR is not set: run this as a Trunk hook")
if profile != "release":
    # Development builds keep Trunk's live-reload script working: no CSP, no service worker.
    sys.exit(0)

# First the wasm's split, which rewrites index.html's loader (so the CSP hash below is of the
# final script).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import split  # noqa: E402

pieces = split(staging)
print(f"post_build: wasm split, {len(pieces)} files")

index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

# The built-in library gets a name after its content, like Trunk's own files, so no cache
# anywhere can hand out an old one; the app finds the name in a meta element.
library_path = os.path.join(staging, "library.json")
with open(library_path, "rb") as f:
    library_name = f"library-{hashlib.sha256(f.read()).hexdigest()[:16]}.json"
os.rename(library_path, os.path.join(staging, library_name))

scripts = re.findall(r"<script type=\"module\">(.*?)</script>", html, flags=re.S)
if len(scripts) != 1:
    sys.exit(f"expected one inline module script from Trunk, found {len(scripts)}")
digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()

csp = "; ".join([
    "default-src 'self'",
    f"script-src 'self' 'wasm-unsafe-eval' 'sha256-{digest}'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
])
meta = (
    f'<meta http-equiv="Content-Security-Policy" content="{csp}" />\n'
    f'    <meta name="interviewgids-library" content="{library_name}" />'
)
html, count = re.subn(r"(<meta charset=\"utf-8\" />)", r"\1\n    " + meta, html, count=1)
if count != 1:
    sys.exit("no <meta charset> to place the CSP after")
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

# The service worker: every file of the build, by its relative path, under a content hash.
assets = []
content = hashlib.sha256()
for root, _, files in os.walk(staging):
    for name in sorted(files):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, staging).replace(os.sep, "/")
        # The worker itself, and the organisation's file (replaced on the host; fetched
        # network-first by the worker, so never precached with the build).
        if rel in ("sw.js", "org-library.json"):
            continue
        # The PNG icons are for installing the app (the manifest), which happens online; the
        # page itself uses the SVG icon. Precaching them would add 39 KB to the first visit.
        if rel.startswith("icon-") and rel.endswith(".png"):
            continue
        with open(path, "rb") as f:
            content.update(rel.encode() + b"\0" + f.read())
        # index.html is the app shell, precached once as "./" (not a second time by name).
        if rel != "index.html":
            assets.append(rel)
assets.sort()
template_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sw.template.js")
with open(template_path, encoding="utf-8") as f:
    worker = f.read()
worker = worker.replace("__BUILD__", content.hexdigest()[:16])
worker = worker.replace("__ASSETS__", json.dumps(["./"] + assets))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(worker)
print(f"post_build: CSP sealed, service worker precaches {len(assets)} files")

# Last, once every file is final: the .gz and .br copies (Trunk runs hooks of one stage side
# by side, so this cannot be a hook of its own; Node has brotli, Python's standard library not).
precompress = os.path.join(os.path.dirname(os.path.abspath(__file__)), "precompress.mjs")
subprocess.run(["node", precompress], check=True)
