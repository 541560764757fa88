import requests


def test_self_signed_server(server_url):
    # Test code may turn verification off; the finding stays, at low severity.
    # ruleid: python-tls-verification-disabled
    requests.get(server_url, verify=False, timeout=5)
    # ok: python-tls-verification-disabled
    requests.get(server_url, timeout=5)
