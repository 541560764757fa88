# A Python 2 module: parsed as far as the grammar allows, never a crash.
import os
print "starting"
API_KEY = os.environ["LEGACY_API_KEY"]
# ruleid: python-key-logged
print(API_KEY)
exec "x = 1"
