import os
import ssl
import urllib.request

import httpx
import requests
from flask import Flask, request

app = Flask(__name__)
TOKEN = os.environ["PARTNER_TOKEN"]


def calls():
    # ruleid: python-tls-verification-disabled
    requests.get("https://api.example.com", verify=False, timeout=5)
    # ok: python-tls-verification-disabled
    requests.get("https://api.example.com", verify=True, timeout=5)
    # ruleid: python-tls-verification-disabled
    httpx.post("https://api.example.com", verify=False)
    # ruleid: python-tls-verification-disabled
    ctx = ssl._create_unverified_context()
    context = ssl.create_default_context()
    # ruleid: python-tls-verification-disabled
    context.check_hostname = False
    # ruleid: python-tls-verification-disabled
    context.verify_mode = ssl.CERT_NONE
    # ok: python-tls-verification-disabled
    context.verify_mode = ssl.CERT_REQUIRED
    # ok: python-tls-verification-disabled
    context.check_hostname = True
    # ok: python-tls-verification-disabled
    requests.get("https://api.example.com", verify="/etc/ca.pem", timeout=5)


def serve_tls(sock, certfile):
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(certfile=certfile)
    # ok: python-tls-verification-disabled
    server.check_hostname = False
    listener = ssl.create_default_context(purpose=ssl.Purpose.CLIENT_AUTH)
    # ok: python-tls-verification-disabled
    listener.check_hostname = False
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: python-tls-verification-disabled
    client.check_hostname = False
    upstream = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    # ruleid: python-tls-verification-disabled
    upstream.check_hostname = False
    return server.wrap_socket(sock, server_side=True), listener, client, upstream


def timeouts():
    # ruleid: python-request-without-timeout
    requests.get("https://api.example.com/items")
    # ruleid: python-request-without-timeout
    requests.post("https://api.example.com/items", json={"a": 1})
    # ok: python-request-without-timeout
    requests.get("https://api.example.com/items", timeout=(3.05, 10))
    # ok: python-request-without-timeout
    httpx.get("https://api.example.com/items")
    # ruleid: python-request-without-timeout
    urllib.request.urlopen("https://api.example.com/items")
    # ok: python-request-without-timeout
    urllib.request.urlopen("https://api.example.com/items", timeout=5)


def plain_http():
    # ruleid: python-credentials-over-http
    requests.get("http://api.example.com/v1", headers={"Authorization": TOKEN}, timeout=5)
    # ruleid: python-credentials-over-http
    requests.post("http://api.example.com/login", auth=("user", "pw"), timeout=5)
    # ok: python-credentials-over-http
    requests.get("https://api.example.com/v1", headers={"Authorization": TOKEN}, timeout=5)
    # ok: python-credentials-over-http
    requests.get("http://localhost:8080/v1", headers={"Authorization": TOKEN}, timeout=5)
    # ok: python-credentials-over-http
    requests.get("http://example.com/public", timeout=5)


@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    # ruleid: python-ssrf-request-url
    r = requests.get(url, timeout=5)
    # ruleid: python-ssrf-request-url
    httpx.get(request.json["target"])
    # ruleid: python-ssrf-request-url
    urllib.request.urlopen(request.args["u"], timeout=3)
    # ok: python-ssrf-request-url
    requests.get("https://api.example.com/" + "fixed", timeout=5)
    name = "report"
    # ok: python-ssrf-request-url
    requests.get(f"https://api.example.com/{name}", timeout=5)
    return r.text


ALLOWED_HOSTS = {"docs.acme.example", "status.acme.example"}


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return {"error": "not an allowed host"}, 400
    # ok: python-ssrf-request-url
    return requests.get(url, timeout=5).text


@app.route("/preview-unchecked")
def preview_unchecked():
    url = request.args.get("url", "")
    if not url:
        return {"error": "url is required"}, 400
    # ruleid: python-ssrf-request-url
    return requests.get(url, timeout=5).text
