"""Orders API for the Acme shop -- a deliberately vulnerable Flask service.

Every security mistake in this file is planted on purpose so that Bulwark has something real to
find; README.md beside this file lists them one by one. Never deploy this code. All keys below are
fakes: they only have the shape of real ones.
"""

import logging
import pickle

import requests
from flask import Flask, jsonify, request

# Serving the project folder as static files also serves .env and this very file.
app = Flask(__name__, static_folder=".", static_url_path="")

# Hardcoded credentials, committed with the code.
app.config["SECRET_KEY"] = "acme-flask-secret-key-do-not-share-0000"
app.config["SESSION_COOKIE_HTTPONLY"] = False
app.config["SESSION_COOKIE_SECURE"] = False
PAYMENTS_API_KEY = "sk_live_" "DEMOONLY" "9fK2pL7vQ3wR8tY1zA6m"
ADMIN_API_KEY = "acme-admin-0d1e2f3a4b5c6d7e8f90"
PAYMENTS_URL = "http://payments.acme.example/v1/charges"

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("orders")

USERS = {
    1: {"id": 1, "email": "ana@acme.example", "role": "admin",
        "password_hash": "pbkdf2:sha256:fake$a1", "api_key": ADMIN_API_KEY},
    2: {"id": 2, "email": "bo@acme.example", "role": "customer",
        "password_hash": "pbkdf2:sha256:fake$b2", "api_key": "acme-customer-key-2"},
    3: {"id": 3, "email": "cy@acme.example", "role": "customer",
        "password_hash": "pbkdf2:sha256:fake$c3", "api_key": "acme-customer-key-3"},
}
ORDERS = [
    {"id": 100, "user_id": 2, "total": 42.0, "card_last4": "4242"},
    {"id": 101, "user_id": 3, "total": 13.5, "card_last4": "1881"},
]
CUSTOMER_KEYS = {"acme-customer-key-2": 2, "acme-customer-key-3": 3}


def current_key():
    # Accepting the key from the query string puts it in access logs, proxies and browser history.
    return request.headers.get("X-API-Key") or request.args.get("api_key")


def is_valid_key(key):
    # `==` leaks how many leading characters matched through response timing.
    for known in list(CUSTOMER_KEYS) + [ADMIN_API_KEY]:
        if key == known:
            return True
    return False


@app.after_request
def permissive_cors(response):
    # Any origin, with credentials: every website can call this API as the logged-in user.
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.route("/api/v1/health")
def health():
    return jsonify({"status": "ok", "version": "1.4.2"})


@app.route("/api/v1/whoami")
def whoami():
    key = current_key()
    log.info("whoami called with key %s", key)
    # Echoes the caller's key back in the body.
    return jsonify({"api_key": key, "valid": is_valid_key(key)})


@app.route("/api/v1/users/<int:user_id>")
def get_user(user_id):
    # No authentication and no ownership check: any id can be read by anyone (BOLA).
    user = USERS.get(user_id)
    if user is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(user)


@app.route("/api/v0/users/<int:user_id>")
def get_user_v0(user_id):
    # The old version was never switched off, and it has the same hole.
    return get_user(user_id)


@app.route("/api/v1/orders")
def list_orders():
    key = current_key()
    print("orders requested with key: " + str(key))
    if not is_valid_key(key):
        return jsonify({"error": "invalid api key " + str(key)}), 401
    limit = int(request.args.get("limit", "20"))  # 'abc' raises: with debug on, a debugger page
    return jsonify(ORDERS[:limit])


@app.route("/api/v1/admin/export")
def admin_export():
    # Privileged function with no authentication at all.
    return jsonify({"users": list(USERS.values()), "orders": ORDERS})


@app.route("/api/v1/charge", methods=["POST"])
def charge():
    payload = request.get_json(force=True)
    try:
        # The provider's legacy endpoint takes the key in the URL, so any error message holds it.
        reply = requests.post(
            PAYMENTS_URL + "?api_key=" + PAYMENTS_API_KEY,
            json={"amount": payload["amount"], "currency": "usd"},
            verify=False,
        )
        return jsonify(reply.json())
    except Exception as e:
        # str(e) of a connection error quotes the URL, key included.
        return jsonify({"error": str(e)}), 500


@app.route("/api/v1/preview")
def preview():
    # Fetches any URL the caller names (SSRF), without TLS verification or a timeout.
    url = request.args["url"]
    page = requests.get(url, verify=False)
    return page.text[:2000]


@app.route("/api/v1/import", methods=["POST"])
def import_orders():
    # Unpickling request data runs any code the caller packs into it.
    orders = pickle.loads(request.data)
    ORDERS.extend(orders)
    return jsonify({"imported": len(orders)})


SYSTEM_PROMPT = (
    "You are the Acme order assistant. Internal note: refunds over 500 need the admin key "
    + ADMIN_API_KEY
)


@app.route("/api/v1/assistant/chat", methods=["POST"])
def assistant_chat():
    # A stand-in for a language model: no auth, no limits, and it repeats its instructions.
    message = str(request.get_json(force=True).get("message", ""))
    if "instruction" in message.lower() or "system prompt" in message.lower():
        return jsonify({"reply": SYSTEM_PROMPT})
    return jsonify({"reply": "I can help with orders. You said: " + message})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
