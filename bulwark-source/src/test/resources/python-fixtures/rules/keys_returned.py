import os
import traceback

from flask import Flask, jsonify, make_response, render_template, request, Response

app = Flask(__name__)
# ruleid: python-missing-key-check
STRIPE_KEY = os.environ.get("STRIPE_SECRET_KEY")


@app.route("/config")
def config_view():
    # ruleid: python-key-returned-to-client
    return jsonify(dict(app.config))


@app.route("/env")
def env_view():
    # ruleid: python-key-returned-to-client
    return jsonify(dict(os.environ))


@app.route("/echo")
def echo_headers():
    # ruleid: python-key-returned-to-client
    return dict(request.headers)


@app.route("/key")
def key_view():
    # ruleid: python-key-returned-to-client
    return jsonify({"key": STRIPE_KEY})


@app.get("/key2")
def key_view2():
    payload = {"publishable": "pk_test", "secret": STRIPE_KEY}
    # ruleid: python-key-returned-to-client
    return payload


@app.route("/page")
def page():
    # ruleid: python-key-returned-to-client
    return render_template("index.html", api_key=STRIPE_KEY)


@app.route("/cookie")
def cookie():
    resp = make_response("ok")
    # ruleid: python-key-returned-to-client
    resp.set_cookie("k", STRIPE_KEY)
    # ok: python-key-returned-to-client
    resp.set_cookie("theme", "dark")
    # ruleid: python-key-returned-to-client
    resp.headers["X-Key"] = STRIPE_KEY
    # ok: python-key-returned-to-client
    resp.headers["X-Request-Id"] = "abc"
    return resp


@app.route("/ok")
def fine():
    # ok: python-key-returned-to-client
    return jsonify({"configured": STRIPE_KEY is not None})


@app.route("/ok2")
def fine2():
    # ok: python-key-returned-to-client
    return jsonify({"status": "up", "version": app.config.get("VERSION")})


@app.route("/ok3")
def fine3():
    # ok: python-key-returned-to-client
    return Response("hello", mimetype="text/plain")


@app.route("/ok4")
def fine4():
    # ok: python-key-returned-to-client
    return jsonify({"key_length": len(STRIPE_KEY)})


def helper():
    # ok: python-key-returned-to-client
    return STRIPE_KEY
