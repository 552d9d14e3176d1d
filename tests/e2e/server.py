#!/usr/bin/env python3
"""Serves the release build under sub-paths, as a plain static host would.

    python3 tests/e2e/server.py DIST PORT SUBPATH [SUBPATH:EXTRA_DIR ...]

DIST is served at /SUBPATH/. Each extra mount serves DIST too, but files present in EXTRA_DIR
(such as an organisation's org-library.json) are served from there. Everything else is 404.
No caching; wasm gets its proper type.
"""
import functools
import http.server
import os
import sys

dist, port = sys.argv[1], int(sys.argv[2])
mounts = []  # (prefix, [directories, first match wins])
for spec in sys.argv[3:]:
    path, _, extra = spec.partition(":")
    prefix = "/" + path.strip("/") + "/"
    mounts.append((prefix, ([extra] if extra else []) + [dist]))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, directories in mounts:
            if path.startswith(prefix):
                rest = path[len(prefix):] or "index.html"
                for directory in directories:
                    candidate = os.path.join(os.path.abspath(directory), *rest.split("/"))
                    if os.path.isfile(candidate):
                        return candidate
                return os.path.join(os.path.abspath(dist), *rest.split("/"))
        return "/nonexistent" + path

    def do_GET(self):
        for prefix, _ in mounts:
            if self.path == prefix.rstrip("/"):
                self.send_response(301)
                self.send_header("Location", prefix)
                self.end_headers()
                return
        super().do_GET()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
