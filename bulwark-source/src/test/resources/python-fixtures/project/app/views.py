from flask import Flask, jsonify

from app import audit
from app.settings import PAYMENT_KEY, REGION, bearer, get_partner_token

app = Flask(__name__)


@app.route("/status")
def status():
    # ok: python-key-returned-to-client
    return jsonify({"region": REGION})


@app.route("/leak")
def leak():
    # ruleid: python-key-returned-to-client
    return jsonify({"key": PAYMENT_KEY})


@app.route("/leak2")
def leak2():
    token = get_partner_token()
    # ruleid: python-key-returned-to-client
    return {"auth": bearer(token)}


def log_all():
    audit.record(PAYMENT_KEY)
    audit.record_length(PAYMENT_KEY)
    # ruleid: python-key-logged
    print(get_partner_token())
    # ok: python-key-logged
    print(REGION)
    audit.record_accepted(PAYMENT_KEY)
