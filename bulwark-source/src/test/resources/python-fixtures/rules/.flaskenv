# ruleid: flask-debug-enabled
FLASK_DEBUG=1
# ok: flask-debug-enabled
FLASK_APP=app.py
