"""Further cases, one idea per line pair."""
import logging
import os
import pickle
import shelve
import marshal
import hashlib

import jsonpickle
import requests
from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)
SLACK_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SENDGRID_KEY = os.getenv("SENDGRID_API_KEY") or ""
PLAIN_SETTING = os.environ.get("LOG_LEVEL", "info")


def notify(text):
    auth = {"Authorization": "Bearer %s" % SLACK_TOKEN}
    # ruleid: python-key-logged
    log.debug("slack auth %r", auth)
    # ruleid: python-key-logged
    log.info("sendgrid key: " + SENDGRID_KEY)
    # ok: python-key-logged
    log.info("log level %s", PLAIN_SETTING)
    # ok: python-key-logged
    log.info("sending %d chars", len(text))
    # ruleid: python-credentials-over-http
    requests.post("http://hooks.example.com/slack", headers=auth, timeout=5)
    # ok: python-credentials-over-http
    requests.post("https://hooks.example.com/slack", headers=auth, timeout=5)
    # ruleid: python-key-in-url
    requests.get("https://api.example.com/v2", params={"token": SLACK_TOKEN}, timeout=5)
    # ok: python-key-in-url
    requests.get("https://api.example.com/v2", params={"channel": "general"}, timeout=5)


@app.route("/v2/config")
def config_dump():
    # ruleid: python-key-returned-to-client
    return jsonify(current_app.config.get("SECRET_KEY"))


@app.route("/v2/env")
def env_key():
    # ruleid: python-key-returned-to-client
    return {"sendgrid": os.environ["SENDGRID_API_KEY"]}


@app.route("/v2/env-ok")
def env_ok():
    # ok: python-key-returned-to-client
    return {"level": os.environ.get("LOG_LEVEL")}


@app.route("/v2/load", methods=["POST"])
def loaders():
    # ruleid: python-insecure-deserialization
    a = jsonpickle.decode(request.get_data())
    # ruleid: python-insecure-deserialization
    b = marshal.loads(request.data)
    # ruleid: python-insecure-deserialization
    c = shelve.open("/tmp/db")
    # ok: python-insecure-deserialization
    d = request.get_json()
    return {"a": str(a), "b": str(b), "c": str(c), "d": d}


def hashing(token, content, session_token=""):
    # A bare "token" is too common a name (tokenizers) to count as a secret on its own.
    # todoruleid: python-weak-hash-for-secret
    a = hashlib.md5(token.encode()).hexdigest()
    # ruleid: python-weak-hash-for-secret
    a2 = hashlib.md5(session_token.encode()).hexdigest()
    # ruleid: python-weak-hash-for-secret
    a3 = hashlib.sha1(SLACK_TOKEN.encode()).hexdigest()
    # ok: python-weak-hash-for-secret
    b = hashlib.sha256(content).hexdigest()
    # ok: python-weak-hash-for-secret
    c = hashlib.sha1(content).hexdigest()
    return a, a2, a3, b, c


def storage():
    # ruleid: python-cleartext-key-storage
    pickle.dump({"slack": SLACK_TOKEN}, open("/tmp/s.pkl", "wb"))
    # ok: python-cleartext-key-storage
    pickle.dump({"level": PLAIN_SETTING}, open("/tmp/s.pkl", "wb"))


def exceptions(user):
    if not user:
        # ruleid: python-secret-in-exception-message
        raise ValueError("user missing for token %s" % SLACK_TOKEN)
    # ok: python-secret-in-exception-message
    raise ValueError("user %s missing" % user)


def timing(provided):
    # ruleid: python-timing-unsafe-key-comparison
    if provided == SLACK_TOKEN:
        return True
    # ok: python-timing-unsafe-key-comparison
    if provided == PLAIN_SETTING:
        return True
    # ok: python-timing-unsafe-key-comparison
    return SLACK_TOKEN is not None


def suppressed():
    # ok: python-key-logged
    log.info("token %s", SLACK_TOKEN)  # bulwark: ignore[python-key-logged] rotated test token
