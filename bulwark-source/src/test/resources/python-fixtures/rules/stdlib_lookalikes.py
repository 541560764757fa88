"""Code shaped like the standard library's: none of it handles keys."""
import asyncio
import inspect
import ssl

OPENERS = {"(", "["}
triple_quoted = {"'''", '"""'}


async def main(flag):
    return flag


def runner():
    # ok: flask-debug-enabled
    asyncio.run(main(True), debug=True)


def compare(foo, bar):
    # ok: python-timing-unsafe-key-comparison
    return inspect.signature(foo) == inspect.signature(bar)


def tokenizer(token, kind):
    # ok: python-timing-unsafe-key-comparison
    if token in triple_quoted:
        return 1
    # ok: python-timing-unsafe-key-comparison
    if kind == 1 and token in OPENERS:
        return 2
    return 0


def dispatch(cache_token, current_token):
    # ok: python-timing-unsafe-key-comparison
    if cache_token != current_token:
        return True
    return False


class Authorization:
    def __init__(self, token, signature):
        self.token = token
        self.signature = signature

    def __eq__(self, other):
        # ok: python-timing-unsafe-key-comparison
        return self.token == other.token and self.signature == other.signature


def check_pin(secret, expected_secret):
    # ruleid: python-timing-unsafe-key-comparison
    return secret == expected_secret


def client_context(server_hostname):
    context = ssl.create_default_context()
    # ok: python-tls-verification-disabled
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: python-tls-verification-disabled
    verified = context.verify_mode == ssl.CERT_NONE
    return context, verified


def formats(value):
    # ok: python-key-in-url
    return format(value, "x") + "?a=b"


def login(user, passwd):
    # ok: python-timing-unsafe-key-comparison
    if user == "anonymous" and passwd in {"", "-"}:
        return True
    return False


def transport_context(server_hostname):
    ctx = ssl.create_default_context()
    if not server_hostname:
        # ok: python-tls-verification-disabled
        ctx.check_hostname = False
    return ctx
