import logging
import os

import requests

from app.settings import PAYMENT_KEY, bearer

logger = logging.getLogger(__name__)
PARTNER_URL = "https://partner.example.com/api"


def auth_headers():
    return {"Authorization": bearer(PAYMENT_KEY)}


def charge(amount):
    headers = auth_headers()
    # ruleid: python-key-logged
    logger.debug("calling partner with %s", headers)
    # ok: python-key-logged
    logger.debug("calling partner for %s", amount)
    # ruleid: python-key-in-url
    url = PARTNER_URL + "/charge?api_key=" + PAYMENT_KEY
    # ok: python-key-in-url
    plain = PARTNER_URL + "/charge?amount=" + str(amount)
    resp = requests.post(plain, headers=headers, timeout=10)
    if resp.status_code != 200:
        # ruleid: python-secret-in-exception-message
        raise RuntimeError(f"charge failed with {headers}")
    return url


def rotate(new_key):
    with open("/var/lib/app/key", "w") as fh:
        # ruleid: python-cleartext-key-storage
        fh.write(new_key)


def save_current():
    rotate(PAYMENT_KEY)
