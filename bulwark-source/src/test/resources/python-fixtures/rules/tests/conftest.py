import os

from dotenv import load_dotenv

# ok: python-dotenv-in-production
load_dotenv(".env.test")
# ok: python-key-logged
print(os.environ.get("APP_ENV"))
