"""What the Python test servers of Tests/Support share: a request handler base that answers with a body and
headers, and how a server starts (127.0.0.1 only, a free port written to the port file the test waits for, an exit
of its own after `seconds` in case the test that started it died without stopping it)."""
import os, signal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Set True to close the connection after every answer.
    close_each = False

    def log_message(self, *a): pass

    def answer(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items(): self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        if self.close_each:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD": self.wfile.write(body)

def serve(handler, port_file, seconds):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    signal.signal(signal.SIGALRM, lambda *a: os._exit(0))
    signal.alarm(seconds)
    with open(port_file + ".tmp", "w") as f: f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()
