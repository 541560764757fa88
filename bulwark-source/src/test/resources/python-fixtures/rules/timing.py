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


CUSTOMER_KEYS = {"demo-customer-key": 2}
ADMIN_API_KEY = os.environ["ADMIN_API_KEY"]
COLOURS = ["red", "green"]


def key_from_header():
    return request.headers.get("X-API-Key")


def is_known(key):
    for known in list(CUSTOMER_KEYS) + [ADMIN_API_KEY]:
        # ruleid: python-timing-unsafe-key-comparison
        if key == known:
            return True
    for colour in COLOURS:
        # ok: python-timing-unsafe-key-comparison
        if colour == key.kind:
            return True
    return False


def lookup():
    key = key_from_header()
    for known in CUSTOMER_KEYS:
        # ruleid: python-timing-unsafe-key-comparison
        if known == key:
            return True
    return is_known(key)


def is_valid_key(key):
    for known in list(CUSTOMER_KEYS) + [ADMIN_API_KEY]:
        # ruleid: python-timing-unsafe-key-comparison
        if key == known:
            return True
    for colour in COLOURS:
        # ok: python-timing-unsafe-key-comparison
        if key == colour:
            return True
    return False


def has_symbol(password, symbols):
    for char in password:
        # ok: python-timing-unsafe-key-comparison
        if char in symbols:
            return True
    return False


OP = 1
