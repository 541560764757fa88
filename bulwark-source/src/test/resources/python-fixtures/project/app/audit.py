import logging

log = logging.getLogger("audit")


def record(value):
    # ruleid: python-key-logged
    log.info("credential in use: %s", value)


def record_length(value):
    # ok: python-key-logged
    log.info("credential length: %d", len(value))


def record_accepted(value):
    # ok: python-key-logged
    log.info("rotation check %s", value)  # bulwark: ignore[python-key-logged] value is the key id
