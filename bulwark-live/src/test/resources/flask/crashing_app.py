"""A tiny Flask API whose /api route raises. With "debug" as first argument it is wrapped in the
Werkzeug debugger (the mistake the live lens must catch); without it, errors are generic.
Prints the port it listens on, then serves until killed."""
import sys

from flask import Flask, jsonify
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import make_server

app = Flask(__name__)


@app.get("/api")
def crash():
    raise RuntimeError("boom")


@app.get("/health")
def health():
    return jsonify(ok=True)


debug = len(sys.argv) > 1 and sys.argv[1] == "debug"
wsgi = DebuggedApplication(app, evalex=True) if debug else app
if debug:
    app.config["PROPAGATE_EXCEPTIONS"] = True
server = make_server("127.0.0.1", 0, wsgi, threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
