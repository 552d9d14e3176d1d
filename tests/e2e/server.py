#!/usr/bin/env python3
"""Serves the release build under a sub-path, as a plain static host would.

    python3 tests/e2e/server.py DIST PORT SUBPATH

Only DIST is served, at /SUBPATH/; everything else is 404. No caching, correct wasm type.
"""
import functools
import http.server
import sys

dist, port, sub = sys.argv[1], int(sys.argv[2]), "/" + sys.argv[3].strip("/") + "/"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    def translate_path(self, path):
        if not path.startswith(sub):
            return "/nonexistent/" + path
        return super().translate_path("/" + path[len(sub):])

    def do_GET(self):
        if self.path == sub.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", sub)
            self.end_headers()
            return
        super().do_GET()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


handler = functools.partial(Handler, directory=dist)
http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
