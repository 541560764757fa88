import os
# ok: python-key-logged
print("café ÿþ")
KEY = os.environ["LATIN_API_KEY"]
# ruleid: python-key-logged
print(KEY)
