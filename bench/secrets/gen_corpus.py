#!/usr/bin/env python3
"""Builds the secrets benchmark corpus: copies of the Python standard library (text files only) plus
generated config and Python files with planted secrets. Planted keys are assembled from parts and
random bodies at run time, so this file holds nothing that looks like a key.

usage: gen_corpus.py OUT_DIR STDLIB_DIR COPIES GENERATED_FILES
"""
import os
import random
import shutil
import string
import sys

out, stdlib, copies, generated = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(42)
ALNUM = string.ascii_letters + string.digits


def body(n, alphabet=ALNUM):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def copy_stdlib(dest):
    skip = {"site-packages", "__pycache__", "idlelib", "lib2to3"}
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = [d for d in dirnames if d not in skip]
        rel = os.path.relpath(dirpath, stdlib)
        for name in filenames:
            if name.endswith((".pyc", ".so", ".a", ".exe", ".gz", ".zip", ".png", ".gif", ".wav")):
                continue
            target = os.path.join(dest, rel)
            os.makedirs(target, exist_ok=True)
            shutil.copyfile(os.path.join(dirpath, name), os.path.join(target, name))


PLANTS = [
    ("secret-stripe-live-secret-key", lambda: "sk_" + "live_" + body(24)),
    ("secret-github-personal-access-token", lambda: "gh" + "p_" + body(36)),
    ("secret-aws-access-key-id", lambda: "AK" + "IA" + body(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
    ("secret-slack-bot-token", lambda: "xox" + "b-" + body(12, string.digits) + "-" + body(13, string.digits) + "-" + body(24)),
    ("secret-openai-project-key", lambda: "sk-" + "proj-" + body(100, ALNUM + "_-")),
    ("secret-sendgrid-api-key", lambda: "S" + "G." + body(22, ALNUM + "_-") + "." + body(43, ALNUM + "_-")),
    ("secret-google-api-key", lambda: "AI" + "za" + body(35, ALNUM + "_-")),
    ("secret-gitlab-personal-access-token", lambda: "glp" + "at-" + body(20)),
]

TEMPLATES = [
    ("settings.py", 'import os\n\nDEBUG = False\n{filler}\nAPI_KEY = "{secret}"\n'),
    (".env.production", "DATABASE_HOST=db\n{filler_env}\nSERVICE_TOKEN={secret}\n"),
    ("config.yaml", "service:\n  name: demo\n{filler_yaml}\n  token: {secret}\n"),
    ("docker-compose.yml", "services:\n  web:\n    image: demo\n    environment:\n      - KEY={secret}\n"),
    ("deploy.sh", "#!/bin/sh\nset -e\n{filler_sh}\nexport TOKEN={secret}\n"),
]


def generate(dest, count):
    planted = 0
    for i in range(count):
        folder = os.path.join(dest, "svc%04d" % i)
        os.makedirs(folder, exist_ok=True)
        name, template = TEMPLATES[i % len(TEMPLATES)]
        rule, make = PLANTS[i % len(PLANTS)]
        filler = "\n".join('SETTING_%d = "%s"' % (k, body(12, string.ascii_lowercase)) for k in range(200))
        filler_env = "\n".join("OPTION_%d=%s" % (k, body(10, string.ascii_lowercase)) for k in range(200))
        filler_yaml = "\n".join("  option_%d: %s" % (k, body(10, string.ascii_lowercase)) for k in range(200))
        filler_sh = "\n".join('echo "step %d %s"' % (k, body(10, string.ascii_lowercase)) for k in range(200))
        text = template.format(secret=make(), filler=filler, filler_env=filler_env,
                               filler_yaml=filler_yaml, filler_sh=filler_sh)
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
        planted += 1
        # a placeholder that must stay silent
        with open(os.path.join(folder, "example_settings.py"), "w") as f:
            f.write('API_KEY = "changeme"\nTOKEN = "<your-token>"\nSECRET = "${SECRET}"\n')
    return planted


if os.path.exists(out):
    shutil.rmtree(out)
os.makedirs(out)
for c in range(copies):
    copy_stdlib(os.path.join(out, "stdlib-%d" % c))
planted = generate(os.path.join(out, "generated"), generated)
print("planted=%d" % planted)
