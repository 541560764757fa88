import os
import traceback

from flask import Flask, jsonify

app = Flask(__name__)
API_KEY = os.environ["VENDOR_API_KEY"]


@app.route("/a")
def a():
    try:
        return do_work()
    except Exception as e:
        # ruleid: python-exception-details-in-response
        return jsonify({"error": str(e)}), 500


@app.route("/b")
def b():
    try:
        return do_work()
    except ValueError as err:
        # ruleid: python-exception-details-in-response
        return {"error": f"failed: {err}"}, 400


@app.route("/c")
def c():
    try:
        return do_work()
    except Exception:
        # ruleid: python-exception-details-in-response
        return traceback.format_exc(), 500


@app.route("/d")
def d():
    try:
        return do_work()
    except KeyError as e:
        # ruleid: python-exception-details-in-response
        return jsonify(error=repr(e), args=e.args)


@app.errorhandler(500)
def on_error(error):
    # ruleid: python-exception-details-in-response
    return jsonify({"message": str(error)}), 500


@app.errorhandler(404)
def not_found(error):
    # ok: python-exception-details-in-response
    return jsonify({"message": "not found"}), 404


@app.route("/e")
def e_view():
    try:
        return do_work()
    except Exception as e:
        app.logger.exception("work failed")
        # ok: python-exception-details-in-response
        return jsonify({"error": "internal error", "id": "req-1"}), 500


def do_work():
    message = "ok"
    # ok: python-exception-details-in-response
    return message


def check_key(value):
    if value != "expected":
        # ruleid: python-secret-in-exception-message
        raise ValueError(f"invalid key {API_KEY}")
    # ok: python-secret-in-exception-message
    raise ValueError("VENDOR_API_KEY is invalid")


def check_other():
    # ruleid: python-missing-key-check
    token = os.getenv("GITHUB_TOKEN")
    # ruleid: python-secret-in-exception-message
    raise RuntimeError("token rejected: " + token)


def fine():
    # ok: python-secret-in-exception-message
    raise RuntimeError("no token configured: %d" % len(API_KEY))
