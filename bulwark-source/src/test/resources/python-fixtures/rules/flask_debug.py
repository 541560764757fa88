import os

from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

app = Flask(__name__)

# ruleid: flask-debug-enabled
app.debug = True

# ok: flask-debug-enabled
app.debug = False

# ruleid: flask-debug-enabled
app.config["DEBUG"] = True

# ok: flask-debug-enabled
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"

# ruleid: flask-debug-enabled
app.config.update(DEBUG=True, TESTING=False)

# ok: flask-debug-enabled
app.config.update(DEBUG=False)

# ruleid: flask-debug-enabled
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)

if os.environ.get("FLASK_DEBUG"):
    # ok: flask-debug-enabled
    app.wsgi_app = DebuggedApplication(app.wsgi_app)


# ruleid: python-session-cookie-insecure
class ProductionConfig:
    # ruleid: flask-debug-enabled
    DEBUG = True


class DevelopmentConfig:
    # ok: flask-debug-enabled
    DEBUG = True


def local_settings():
    # ok: flask-debug-enabled
    DEBUG = True
    return DEBUG


if __name__ == "__main__":
    # ruleid: flask-debug-enabled
    run_simple("0.0.0.0", 5000, app, use_debugger=True)
    # ok: flask-debug-enabled
    run_simple("127.0.0.1", 5000, app, use_reloader=True)
    # ruleid: flask-debug-enabled
    app.run(host="0.0.0.0", debug=True)
    # ruleid: flask-debug-enabled
    app.run(use_debugger=True)
    # ok: flask-debug-enabled
    app.run(debug=False)
    # ok: flask-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: flask-debug-enabled
    app.run()
