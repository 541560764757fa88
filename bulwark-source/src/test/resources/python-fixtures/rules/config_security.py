import os

from flask import Flask, request, abort, jsonify
from flask_login import login_required, current_user

app = Flask(__name__)
ADMIN_KEY = os.environ["ADMIN_API_KEY"]


class BaseConfig:
    SESSION_COOKIE_HTTPONLY = True


# ruleid: python-session-cookie-insecure
class ProductionConfig(BaseConfig):
    DEBUG = False


# ok: python-session-cookie-insecure
class ProdConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True


# ok: python-session-cookie-insecure
class ProductCodes(list):
    pass


# ok: python-session-cookie-insecure
class Product(BaseModel):
    name = "widget"


class StagingConfig(BaseConfig):
    # ruleid: python-session-cookie-insecure
    SESSION_COOKIE_SECURE = False


class DevelopmentConfig(BaseConfig):
    # ok: python-session-cookie-insecure
    SESSION_COOKIE_SECURE = False


# ruleid: python-session-cookie-insecure
app.config["SESSION_COOKIE_SECURE"] = False
# ok: python-session-cookie-insecure
app.config["SESSION_COOKIE_SECURE"] = True


# ruleid: python-admin-route-api-key-only
@app.route("/admin/users/<int:user_id>", methods=["DELETE"])
def delete_user(user_id):
    # ruleid: python-timing-unsafe-key-comparison
    if request.headers.get("X-API-Key") != ADMIN_KEY:
        abort(401)
    return jsonify(deleted=user_id)


# ok: python-admin-route-api-key-only
@app.route("/admin/users/<int:user_id>", methods=["DELETE"])
@login_required
def delete_user_checked(user_id):
    if not current_user.is_admin:
        abort(403)
    return jsonify(deleted=user_id)


# ok: python-admin-route-api-key-only
@app.get("/admin/stats")
def stats():
    if request.headers.get("X-API-Key") is None:
        abort(401)
    return jsonify(users=1)


# ruleid: python-admin-route-api-key-only
@app.post("/admin/reindex")
def reindex():
    api_key = request.headers.get("X-API-Key")
    if api_key is None:
        abort(401)
    return jsonify(ok=True)


def find_image(images, wanted):
    for image in images:
        # ok: python-timing-unsafe-key-comparison
        if wanted.get("imageDigest") == image.image_digest:
            return image
    return None
