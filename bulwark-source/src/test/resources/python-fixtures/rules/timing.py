import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
EXPECTED_API_KEY = os.environ["API_KEY"]
VALID_KEYS = {"a", "b"}


@app.before_request
def check():
    api_key = request.headers.get("X-API-Key")
    # ruleid: python-timing-unsafe-key-comparison
    if api_key != EXPECTED_API_KEY:
        abort(401)
    # ok: python-timing-unsafe-key-comparison
    if not hmac.compare_digest(api_key, EXPECTED_API_KEY):
        abort(401)
    # ok: python-timing-unsafe-key-comparison
    if api_key is None:
        abort(401)
    # ok: python-timing-unsafe-key-comparison
    if api_key == "":
        abort(401)
    # ruleid: python-timing-unsafe-key-comparison
    if api_key in VALID_KEYS:
        return None


def verify(signature, expected_signature):
    # ruleid: python-timing-unsafe-key-comparison
    return signature == expected_signature


def verify_token(token, stored_token):
    # ruleid: python-timing-unsafe-key-comparison
    return token == stored_token


def check_password(password, password_hash):
    # ruleid: python-timing-unsafe-key-comparison
    return password == password_hash


def parse(token):
    # ok: python-timing-unsafe-key-comparison
    if token == "(":
        return 1
    # ok: python-timing-unsafe-key-comparison
    if len(token) == 40:
        return 2
    # ok: python-timing-unsafe-key-comparison
    return token.kind == OP


OP = 1
