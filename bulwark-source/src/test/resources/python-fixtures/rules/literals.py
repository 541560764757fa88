import base64
import os

from flask import Flask

app = Flask(__name__)
PREFIX = "sk_" + "live_"

# ruleid: test-catalog-secret
STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc"
# ruleid: test-catalog-secret
STRIPE2 = ("sk_live_"
           "51Hx0rAnDoMvAlUe00aBcDeF")
# ruleid: test-catalog-secret
STRIPE3 = f"{PREFIX}9ZyXwVuTsRqPoNmLkJiH0123"
# ruleid: test-catalog-secret
STRIPE4 = "".join(["sk_", "live_", "Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2"])
# ruleid: test-catalog-secret
STRIPE5 = "%s%s" % ("sk_live_", "Qq1Ww2Ee3Rr4Tt5Yy6Uu7Ii8")
# ruleid: test-catalog-secret
STRIPE6 = "{}{}".format(PREFIX, "Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8")
# ruleid: test-catalog-secret
STRIPE7 = base64.b64decode("c2tfbGl2ZV9BYTFCYjJDYzNEZDRFZTVGZjZHZzdIaDg=").decode()
# ok: test-catalog-secret
TEST_KEY = "sk_" + "test_" + "4eC39HqLyjWDarjtT1zdp7dc"
# ok: test-catalog-secret
GREETING = "hello " + "world"

# ruleid: test-generic-secret
app.config["PARTNER_API_KEY"] = "p4rtn3rK3yV4lu3F0rT3sts"
# ok: test-generic-secret
app.config["PARTNER_API_KEY"] = os.environ["PARTNER_API_KEY"]
# ruleid: test-generic-secret
app.config.update(SERVICE_TOKEN="t0k3nV4lu3F0rF1xtur3s99")
# ok: test-generic-secret
app.config.update(SERVICE_TOKEN=os.environ.get("SERVICE_TOKEN"))
# ruleid: test-generic-secret
CLIENT = {"client_secret": "cl13ntS3cr3tV4lu3F0rT3st"}
# ok: test-generic-secret
CLIENT2 = {"client_secret": "<your-client-secret>"}
# ok: test-generic-secret
CLIENT3 = {"client_id": "cl13nt1dV4lu3F0rT3st0001"}
# ruleid: test-generic-secret
WEATHER = os.getenv("WEATHER_API_KEY", "w34th3rK3yF4llb4ck00001")
# ok: test-generic-secret
WEATHER2 = os.getenv("WEATHER_API_KEY", "")
# ok: test-generic-secret
WEATHER3 = os.getenv("WEATHER_API_KEY", "changeme")


def connect(client_factory):
    # ruleid: test-generic-secret
    return client_factory(api_key="4p1K3yP4ss3dAsKw4rg00001")


def connect_ok(client_factory):
    # ok: test-generic-secret
    return client_factory(api_key=os.environ["API_KEY"])


# ruleid: test-generic-secret
DB_PASSWORD = "s3cur3P4ss" + "w0rdF0rT3sts"
# ok: test-generic-secret
DB_HOST = "db." + "example.com"
