#!/usr/bin/env python3
"""Serves a folder over HTTP on 127.0.0.1 (a random port) for the GitHub Action's test: a stand-in for the
release downloads. usage: static_server.py FOLDER PORTFILE. Stops by itself after ten minutes."""
import functools, http.server, sys, threading

folder, portfile = sys.argv[1], sys.argv[2]
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
handler = functools.partial(Quiet, directory=folder)
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
threading.Timer(600, server.shutdown).start()
with open(portfile + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.rename(portfile + ".tmp", portfile)
server.serve_forever()
