import os

from flask import Flask

app = Flask(__name__)
# ruleid: flask-hardcoded-secret-key
app.secret_key = "dev"
# ruleid: flask-hardcoded-secret-key
app.config["SECRET_KEY"] = "change-me"
# ruleid: flask-hardcoded-secret-key
app.config.update(SECRET_KEY="q8Zt3LxV9mNp2RwK7sYbJ4cH6dFgA1eU")
# ruleid: flask-hardcoded-secret-key
app.config.from_mapping(SECRET_KEY="dev", DATABASE="app.sqlite")
# ok: flask-hardcoded-secret-key
app.config.from_mapping(SECRET_KEY=os.environ["SECRET_KEY"])
# ruleid: flask-hardcoded-secret-key
app.config.setdefault("SECRET_KEY", "dev-only")
# ok: flask-hardcoded-secret-key
app.config.setdefault("SESSION_COOKIE_NAME", "sid")
# ok: flask-hardcoded-secret-key
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# ok: flask-hardcoded-secret-key
app.secret_key = os.urandom(32)
# ruleid: flask-hardcoded-secret-key
SECRET_KEY = os.getenv("SECRET_KEY", "fallback-key-1234")
# ok: flask-hardcoded-secret-key
SECRET_KEY = os.getenv("SECRET_KEY")


class Config:
    # ruleid: flask-hardcoded-secret-key
    SECRET_KEY = "s3cr3t"
    # ok: flask-hardcoded-secret-key
    SESSION_COOKIE_NAME = "sid"


class EnvConfig:
    # ok: flask-hardcoded-secret-key
    SECRET_KEY = os.environ.get("SECRET_KEY")
