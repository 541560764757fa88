"""Orders API for the Acme shop -- the hardened twin of ../vulnerable-flask.

Same routes, done right: secrets from the environment, keys only in a header and compared in
constant time, nothing sensitive logged or echoed, generic errors, outgoing calls verified and
bounded, ownership checks, an admin scope, JSON instead of pickle, and a rate limit.
"""

import hmac
import json
import logging
import os
import threading
import time
from functools import wraps
from urllib.parse import urlparse

import requests
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


def required_env(name):
    value = os.environ.get(name)
    if not value:
        raise RuntimeError("missing required environment variable: " + name)
    return value


app.config.update(
    SECRET_KEY=required_env("SECRET_KEY"),
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Strict",
    MAX_CONTENT_LENGTH=64 * 1024,
)
PAYMENTS_API_KEY = required_env("PAYMENTS_API_KEY")
PAYMENTS_URL = "https://payments.acme.example/v1/charges"
PREVIEW_HOSTS = {"www.acme.example", "blog.acme.example"}
UPSTREAM_TIMEOUT = (3.05, 10)

log = logging.getLogger("orders")

USERS = {
    1: {"id": 1, "email": "ana@acme.example", "role": "admin"},
    2: {"id": 2, "email": "bo@acme.example", "role": "customer"},
    3: {"id": 3, "email": "cy@acme.example", "role": "customer"},
}
ORDERS = [
    {"id": 100, "user_id": 2, "total": 42.0, "card_last4": "4242"},
    {"id": 101, "user_id": 3, "total": 13.5, "card_last4": "1881"},
]


def load_keys():
    # {"<key>": {"user_id": 2, "scopes": ["orders"]}}, kept in the platform's secret store.
    return json.loads(required_env("API_KEYS_JSON"))


API_KEYS = load_keys()


def find_principal(presented):
    for known, principal in API_KEYS.items():
        if hmac.compare_digest(presented.encode(), known.encode()):
            return principal
    return None


def require_key(scope=None):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            presented = request.headers.get("X-API-Key", "")
            principal = find_principal(presented) if presented else None
            if principal is None:
                log.warning("rejected request to %s: missing or unknown key", request.path)
                return jsonify({"error": "unauthorized"}), 401
            if scope and scope not in principal.get("scopes", []):
                return jsonify({"error": "forbidden"}), 403
            g.principal = principal
            return view(*args, **kwargs)

        return wrapper

    return decorator


class RateLimiter:
    """A small fixed-window limiter per client; production would use the gateway's."""

    def __init__(self, limit, window_seconds):
        self.limit, self.window = limit, window_seconds
        self.hits, self.lock = {}, threading.Lock()

    def check(self, client):
        now = int(time.time() // self.window)
        with self.lock:
            window, count = self.hits.get(client, (now, 0))
            count = count + 1 if window == now else 1
            self.hits[client] = (now, count)
        return count <= self.limit, max(0, self.limit - count)


limiter = RateLimiter(limit=30, window_seconds=60)


@app.before_request
def rate_limit():
    allowed, remaining = limiter.check(request.remote_addr)
    g.remaining = remaining
    if not allowed:
        reply = jsonify({"error": "too many requests"})
        reply.status_code = 429
        reply.headers["Retry-After"] = "60"
        return reply
    return None


@app.after_request
def security_headers(response):
    response.headers["RateLimit-Limit"] = str(limiter.limit)
    response.headers["RateLimit-Remaining"] = str(getattr(g, "remaining", 0))
    response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    response.headers["Server"] = "orders"
    return response


@app.errorhandler(Exception)
def generic_error(error):
    if hasattr(error, "code") and isinstance(error.code, int) and error.code < 500:
        return jsonify({"error": error.name.lower()}), error.code
    log.exception("unhandled error on %s", request.path)
    return jsonify({"error": "internal server error"}), 500


@app.route("/api/v1/health")
def health():
    return jsonify({"status": "ok"})


@app.route("/api/v1/whoami")
@require_key()
def whoami():
    return jsonify({"user_id": g.principal["user_id"], "scopes": g.principal.get("scopes", [])})


@app.route("/api/v1/users/<int:user_id>")
@require_key()
def get_user(user_id):
    if user_id != g.principal["user_id"] and "admin" not in g.principal.get("scopes", []):
        return jsonify({"error": "not found"}), 404
    user = USERS.get(user_id)
    if user is None:
        return jsonify({"error": "not found"}), 404
    return jsonify({"id": user["id"], "email": user["email"]})


@app.route("/api/v1/orders")
@require_key("orders")
def list_orders():
    limit = request.args.get("limit", default=20, type=int)
    limit = max(1, min(limit, 100))
    mine = [o for o in ORDERS if o["user_id"] == g.principal["user_id"]]
    return jsonify(mine[:limit])


@app.route("/api/v1/admin/export")
@require_key("admin")
def admin_export():
    return jsonify({"users": list(USERS.values()), "orders": ORDERS})


@app.route("/api/v1/charge", methods=["POST"])
@require_key("orders")
def charge():
    payload = request.get_json(silent=True) or {}
    amount = payload.get("amount")
    if not isinstance(amount, (int, float)) or not 0 < amount <= 10_000:
        return jsonify({"error": "amount must be a number between 0 and 10000"}), 400
    try:
        reply = requests.post(
            PAYMENTS_URL,
            json={"amount": amount, "currency": "usd"},
            headers={"Authorization": "Bearer " + PAYMENTS_API_KEY},
            timeout=UPSTREAM_TIMEOUT,
        )
        reply.raise_for_status()
    except requests.RequestException:
        log.exception("payment provider call failed")
        return jsonify({"error": "payment provider unavailable"}), 502
    return jsonify({"status": reply.json().get("status", "unknown")})


@app.route("/api/v1/preview")
@require_key()
def preview():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in PREVIEW_HOSTS:
        return jsonify({"error": "url must be an https link to an Acme site"}), 400
    page = requests.get(url, timeout=UPSTREAM_TIMEOUT, allow_redirects=False)
    return jsonify({"title": page.text[:200]})


@app.route("/api/v1/import", methods=["POST"])
@require_key("admin")
def import_orders():
    orders = request.get_json(silent=True)
    if not isinstance(orders, list) or not all(isinstance(o, dict) for o in orders):
        return jsonify({"error": "expected a JSON list of orders"}), 400
    ORDERS.extend({"id": int(o["id"]), "user_id": int(o["user_id"]),
                   "total": float(o["total"])} for o in orders)
    return jsonify({"imported": len(orders)})


@app.route("/api/v1/assistant/chat", methods=["POST"])
@require_key("orders")
def assistant_chat():
    message = str((request.get_json(silent=True) or {}).get("message", ""))[:500]
    # The real model call goes here; its system prompt holds no secret.
    return jsonify({"reply": "I can help with your orders."})


if __name__ == "__main__":
    # Development only; production runs under gunicorn behind TLS.
    app.run(host="127.0.0.1", port=5001, debug=False)
