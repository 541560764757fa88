import os

import requests
from flask import Flask, request

app = Flask(__name__)
API_KEY = os.environ["MAPS_API_KEY"]


def call_vendor(city):
    # ruleid: python-key-in-url
    url = f"https://maps.example.com/geo?city={city}&key={API_KEY}"
    # ruleid: python-key-in-url
    other = "https://maps.example.com/geo?key=" + API_KEY
    # ruleid: python-key-in-url
    third = "https://maps.example.com/geo?key={}".format(API_KEY)
    # ruleid: python-key-in-url
    requests.get("https://maps.example.com/geo", params={"api_key": API_KEY}, timeout=5)
    # ok: python-key-in-url
    requests.get("https://maps.example.com/geo", params={"city": city}, timeout=5)
    # ok: python-key-in-url
    requests.get("https://maps.example.com/geo", headers={"X-API-Key": API_KEY}, timeout=5)
    # ok: python-key-in-url
    page = f"https://maps.example.com/geo?city={city}"
    return url, other, third, page


@app.route("/data")
def data():
    # ruleid: python-key-in-url
    key = request.args.get("api_key")
    # ok: python-key-in-url
    page = request.args.get("page")
    # ok: python-key-in-url
    header = request.headers.get("X-API-Key")
    return str(page) + str(len(key or "")) + str(bool(header))


# ruleid: python-key-in-url
@app.route("/v1/<api_key>/items")
def items(api_key):
    return "ok"


# ok: python-key-in-url
@app.route("/v1/<int:item_id>")
def item(item_id):
    return "ok"
