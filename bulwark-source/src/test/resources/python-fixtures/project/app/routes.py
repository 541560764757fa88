from flask import Blueprint, jsonify

from app.services.client import auth_headers
# ruleid: python-star-import-of-settings
from app.settings import *

bp = Blueprint("api", __name__)


@bp.route("/headers")
def headers_view():
    # ruleid: python-key-returned-to-client
    return jsonify(auth_headers())


@bp.route("/key-from-star")
def star_key():
    # ruleid: python-key-returned-to-client
    return {"k": PAYMENT_KEY}


@bp.route("/region")
def region():
    # ok: python-key-returned-to-client
    return {"region": REGION}


@bp.route("/length")
def length():
    # ok: python-key-returned-to-client
    return {"length": len(PAYMENT_KEY)}
