import os
TOKEN = os.getenv("BROKEN_TOKEN")
def broken(:
    pass
# ruleid: python-key-logged
print(TOKEN)
