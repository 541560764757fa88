import os

PAYMENT_KEY = os.environ["PAYMENT_API_KEY"]
REGION = os.environ.get("REGION", "eu")


def get_partner_token():
    return os.getenv("PARTNER_TOKEN")


def bearer(value):
    return f"Bearer {value}"
