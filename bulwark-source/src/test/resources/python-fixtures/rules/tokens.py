import hashlib
import os

import jwt
# ruleid: python-removed-itsdangerous-serializer
from itsdangerous import TimedJSONWebSignatureSerializer as Serializer
# ok: python-removed-itsdangerous-serializer
from itsdangerous import URLSafeTimedSerializer
import itsdangerous

JWT_SECRET = os.environ["JWT_SECRET"]


def make_token(user):
    # ruleid: python-removed-itsdangerous-serializer
    s = itsdangerous.TimedJSONWebSignatureSerializer("k", expires_in=600)
    # ok: python-removed-itsdangerous-serializer
    t = URLSafeTimedSerializer(JWT_SECRET)
    # ruleid: python-jwt-insecure
    a = jwt.encode({"sub": user}, "hardcoded-signing-key", algorithm="HS256")
    # ok: python-jwt-insecure
    b = jwt.encode({"sub": user}, JWT_SECRET, algorithm="HS256")
    return s, t, a, b


def read_token(token):
    # ruleid: python-jwt-insecure
    a = jwt.decode(token, options={"verify_signature": False})
    # ruleid: python-jwt-insecure
    b = jwt.decode(token, JWT_SECRET, algorithms=["none", "HS256"])
    # ok: python-jwt-insecure
    c = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    return a, b, c


def store(password, api_key, data):
    # ruleid: python-weak-hash-for-secret
    h1 = hashlib.md5(password.encode()).hexdigest()
    # ruleid: python-weak-hash-for-secret
    h2 = hashlib.sha1(api_key.encode()).hexdigest()
    # ruleid: python-weak-hash-for-secret
    h3 = hashlib.sha256(password.encode()).hexdigest()
    # ok: python-weak-hash-for-secret
    h4 = hashlib.md5(data).hexdigest()
    # ok: python-weak-hash-for-secret
    h5 = hashlib.sha256(api_key.encode()).hexdigest()
    # ok: python-weak-hash-for-secret
    h6 = hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 600000)
    return h1, h2, h3, h4, h5, h6
