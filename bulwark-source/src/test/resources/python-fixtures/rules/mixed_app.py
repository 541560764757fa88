"""A small service mixing safe and unsafe key handling, case by case."""
import hmac
import json
import logging
import os
import pickle
import ssl
import sys

import httpx
import requests
import yaml
from flask import Flask, Response, jsonify, make_response, request

app = Flask(__name__)
logger = logging.getLogger("svc")
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "")
DB_PASSWORD = os.environ["DB_PASSWORD"]
TIMEOUT = 10


class Settings:
    WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"]
    REGION = "eu"


def headers():
    return {"Authorization": "Bearer " + OPENAI_KEY}


def safe_headers():
    return {"Accept": "application/json"}


@app.route("/v1/complete", methods=["POST"])
def complete():
    prompt = request.get_json()["prompt"]
    # ok: python-key-logged
    logger.info("prompt of %d chars", len(prompt))
    # ruleid: python-key-logged
    logger.info("calling with %s", headers())
    # ok: python-key-logged
    logger.info("calling with %s", safe_headers())
    # ruleid: python-key-logged
    logger.error("auth failed for %s", GITHUB_TOKEN)
    # ok: python-key-logged
    logger.error("auth failed, token set: %s", GITHUB_TOKEN != "")
    # ruleid: python-key-logged
    sys.stdout.write(DB_PASSWORD + "\n")
    # ok: python-request-without-timeout
    r = requests.post("https://api.openai.example/v1", headers=headers(), timeout=TIMEOUT)
    # ruleid: python-request-without-timeout
    r2 = requests.get("https://api.openai.example/v1/models", headers=headers())
    # ok: python-tls-verification-disabled
    r3 = httpx.get("https://api.openai.example/v1/models", verify=True)
    # ruleid: python-key-returned-to-client
    return jsonify({"result": r.json(), "debug": headers()})


@app.route("/v1/debug")
def debug_info():
    # ruleid: python-key-returned-to-client
    return make_response(json.dumps({"db": DB_PASSWORD}))


@app.route("/v1/health")
def health():
    # ok: python-key-returned-to-client
    return make_response(json.dumps({"db": bool(DB_PASSWORD)}))


@app.route("/v1/plain")
def plain():
    # ok: python-key-returned-to-client
    return Response("ok")


@app.route("/v1/settings")
def settings_view():
    # ruleid: python-key-returned-to-client
    return {"secret": Settings.WEBHOOK_SECRET}


@app.route("/v1/region")
def region_view():
    # ok: python-key-returned-to-client
    return {"region": Settings.REGION}


@app.route("/v1/import", methods=["POST"])
def import_data():
    raw = request.get_data()
    # ruleid: python-insecure-deserialization
    items = pickle.loads(raw)
    # ok: python-insecure-deserialization
    items2 = json.loads(raw)
    # ruleid: python-insecure-deserialization
    cfg = yaml.load(raw, Loader=yaml.Loader)
    # ok: python-insecure-deserialization
    cfg2 = yaml.load(raw, Loader=yaml.SafeLoader)
    return {"n": len(items) + len(items2) + len(cfg) + len(cfg2)}


@app.route("/v1/proxy")
def proxy():
    target = request.args.get("target", "")
    # ruleid: python-ssrf-request-url
    upstream = requests.get(target, timeout=5)
    # ok: python-ssrf-request-url
    fixed = requests.get("https://status.example.com", timeout=5)
    return upstream.text + fixed.text


def verify_signature(payload, signature):
    expected = hmac.new(Settings.WEBHOOK_SECRET.encode(), payload, "sha256").hexdigest()
    # ok: python-timing-unsafe-key-comparison
    if hmac.compare_digest(expected, signature):
        return True
    # ruleid: python-timing-unsafe-key-comparison
    return expected == signature


def tls_contexts():
    # ok: python-tls-verification-disabled
    good = ssl.create_default_context()
    # ruleid: python-tls-verification-disabled
    bad = ssl._create_unverified_context()
    # ok: python-tls-verification-disabled
    good.check_hostname = True
    return good, bad


def exceptions_ok():
    try:
        return 1
    except Exception as e:
        # ok: python-exception-details-in-response
        logger.exception("failed: %s", e)
        # ok: python-secret-in-exception-message
        raise RuntimeError("upstream failed") from e


def exceptions_bad():
    # ruleid: python-secret-in-exception-message
    raise PermissionError("bad password " + DB_PASSWORD)


def stores():
    # ruleid: python-cleartext-key-storage
    open("/tmp/gh", "w").write(GITHUB_TOKEN)
    # ok: python-cleartext-key-storage
    open("/tmp/region", "w").write(Settings.REGION)
