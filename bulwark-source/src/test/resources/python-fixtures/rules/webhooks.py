import hashlib
import hmac
import os
import time

from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


# ruleid: python-webhook-signature-not-verified
@app.route("/webhook", methods=["POST"])
def webhook():
    event = request.get_json()
    return handle(event)


# ruleid: python-webhook-signature-not-verified
@app.post("/hooks/payments")
def payments_webhook():
    sig = request.headers.get("X-Signature")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(401)
    return handle(request.get_json())


# ok: python-webhook-signature-not-verified
@app.post("/hooks/orders")
def orders_webhook():
    sig = request.headers.get("X-Signature")
    timestamp = request.headers.get("X-Timestamp")
    if abs(time.time() - int(timestamp)) > 300:
        abort(401)
    expected = hmac.new(SECRET, timestamp.encode() + request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(401)
    return handle(request.get_json())


# ok: python-webhook-signature-not-verified
@app.route("/items", methods=["POST"])
def create_item():
    return handle(request.get_json())


def handle(event):
    return "ok"
