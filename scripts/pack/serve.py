"""Serves the map from ./site on this computer only (127.0.0.1) and opens it in presenter mode.

Python 3.8+ standard library only. Unlike `python3 -m http.server` it sends the right MIME types
on every system (module scripts, GeoJSON), answers HTTP Range requests (PMTiles base maps) and
tries the next port when one is taken.
"""
import http.server
import os
import re
import sys
import webbrowser
from functools import partial

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".geojson": "application/geo+json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".pmtiles": "application/octet-stream",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path):
        return TYPES.get(os.path.splitext(str(path))[1].lower(), "application/octet-stream")

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def send_head(self):
        self.range_left = None
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", "").strip())
        path = self.translate_path(self.path)
        if not match or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        first, last = match.groups()
        if first:
            start, end = int(first), min(int(last) if last else size - 1, size - 1)
        else:
            start, end = max(size - int(last or 0), 0), size - 1
        if start > end:
            self.send_error(416)
            return None
        f = open(path, "rb")
        f.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self.range_left = end - start + 1
        return f

    def copyfile(self, source, outputfile):
        left = self.range_left
        if left is None:
            return super().copyfile(source, outputfile)
        while left > 0:
            chunk = source.read(min(64 * 1024, left))
            if not chunk:
                break
            outputfile.write(chunk)
            left -= len(chunk)

    def log_message(self, format, *args):
        pass


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "site")
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit("site/index.html is missing: extract the whole zip first. / 请先解压整个压缩包。")
    port = int(os.environ.get("PORT", "8765"))
    handler = partial(Handler, directory=root)
    server = None
    for candidate in range(port, port + 20):
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", candidate), handler)
            break
        except OSError:
            continue
    if server is None:
        sys.exit(f"No free port from {port} to {port + 19}. / 端口均被占用。")
    url = f"http://127.0.0.1:{server.server_address[1]}/#mode=present"
    print(f"Serving {url}", flush=True)
    print("地图已启动，关闭此窗口即停止。 / The map is running; close this window to stop.", flush=True)
    if os.environ.get("NO_BROWSER") != "1":
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
