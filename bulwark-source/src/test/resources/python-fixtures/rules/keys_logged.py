import logging
import os
import sys

from flask import Flask, request, current_app

app = Flask(__name__)
log = logging.getLogger(__name__)
API_KEY = os.environ["PAYMENT_API_KEY"]
SERVICE_TOKEN = os.getenv("SERVICE_TOKEN", "")


def startup():
    key = os.getenv("STRIPE_SECRET_KEY")
    # ruleid: python-key-logged
    log.info("using key %s", key)
    # ruleid: python-key-logged
    print(f"token is {SERVICE_TOKEN}")
    # ruleid: python-key-logged
    logging.debug("key=" + API_KEY)
    # ruleid: python-key-logged
    sys.stderr.write("secret: {}".format(key))
    # ok: python-key-logged
    log.info("key length %d", len(key))
    # ok: python-key-logged
    log.info("key configured: %s", bool(key))
    # ok: python-key-logged
    print("starting service")
    # ok: python-key-logged
    log.info("key present: %s", key is not None)
    masked = key[:4] + "..."
    # todook: python-key-logged
    log.info("key %s", masked)


@app.route("/debug")
def debug_view():
    # ruleid: python-key-logged
    app.logger.info("headers: %s", request.headers)
    # ruleid: python-key-logged
    app.logger.debug(f"args {request.args}")
    # ok: python-key-logged
    app.logger.info("path %s", request.path)
    secret = current_app.config["SECRET_KEY"]
    # ruleid: python-key-logged
    current_app.logger.warning("secret %s", secret)
    header_key = request.headers.get("X-API-Key")
    # ruleid: python-key-logged
    log.warning("bad key %s", header_key)
    # ok: python-key-logged
    log.warning("bad key from %s", request.remote_addr)
    digest = hashlib_like(header_key)
    # ok: python-key-logged
    log.info("key digest %s", digest)
    return "ok"


def hashlib_like(value):
    import hashlib

    return hashlib.sha256(value.encode()).hexdigest()


def config_dump(settings):
    # ok: python-key-logged
    print(settings.DEBUG)
    # ruleid: python-key-logged
    print(settings.SECRET_KEY)
    # ok: python-key-logged
    log.info("token type %s", os.getenv("TOKEN_TYPE"))
