import json
import os
import pickle

import redis
import yaml
from flask import Flask, request
from flask_cors import CORS
# ruleid: python-star-import-of-settings
from settings import *
# ok: python-star-import-of-settings
from helpers import *
# ok: python-star-import-of-settings
from config import DATABASE_URL
from dotenv import load_dotenv

# ruleid: python-dotenv-in-production
load_dotenv()

app = Flask(__name__)
# ruleid: python-cors-wildcard-credentials
CORS(app, origins="*", supports_credentials=True)
# ok: python-cors-wildcard-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# ok: python-cors-wildcard-credentials
CORS(app, origins="*")
cache = redis.Redis()
SECRET_TOKEN = os.environ["SECRET_TOKEN"]


@app.after_request
def cors(resp):
    # ruleid: python-cors-wildcard-credentials
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")
    # ok: python-cors-wildcard-credentials
    resp.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    return resp


@app.after_request
def open_cors(response):
    # ruleid: python-cors-wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.after_request
def public_cors(response):
    # ok: python-cors-wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@app.route("/load", methods=["POST"])
def load():
    # ruleid: python-insecure-deserialization
    obj = pickle.loads(request.data)
    # ruleid: python-insecure-deserialization
    doc = yaml.load(request.get_data())
    # ok: python-insecure-deserialization
    doc2 = yaml.safe_load(request.get_data())
    # ok: python-insecure-deserialization
    doc3 = yaml.load(request.get_data(), Loader=yaml.SafeLoader)
    # ok: python-insecure-deserialization
    doc4 = json.loads(request.data)
    return str(obj) + str(doc) + str(doc2) + str(doc3) + str(doc4)


def local_cache(path):
    with open(path, "rb") as fh:
        # ruleid: python-insecure-deserialization
        return pickle.load(fh)


def save():
    with open("/tmp/token.txt", "w") as fh:
        # ruleid: python-cleartext-key-storage
        fh.write(SECRET_TOKEN)
    # ruleid: python-cleartext-key-storage
    cache.set("token", SECRET_TOKEN)
    # ok: python-cleartext-key-storage
    cache.set("token_present", "1")
    with open("/tmp/log.txt", "w") as fh:
        # ok: python-cleartext-key-storage
        fh.write("started")
    # ruleid: python-cleartext-key-storage
    json.dump({"token": SECRET_TOKEN}, open("/tmp/t.json", "w"))


def client():
    # ruleid: python-missing-key-check
    key = os.getenv("WEATHER_API_KEY")
    headers = {"Authorization": f"Bearer {key}"}
    return headers


def client_checked():
    # ok: python-missing-key-check
    key = os.getenv("WEATHER_API_KEY")
    if not key:
        raise RuntimeError("WEATHER_API_KEY is not set")
    return {"Authorization": f"Bearer {key}"}


def client_default():
    # ok: python-missing-key-check
    key = os.getenv("WEATHER_API_KEY", "")
    return {"Authorization": f"Bearer {key}"}


def client_unused():
    # ok: python-missing-key-check
    region = os.getenv("AWS_REGION")
    return {"region": f"{region}"}
