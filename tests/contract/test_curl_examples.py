"""The docs' curl examples, run with curl against a standalone simulator (agent-desktop-sim).

Placeholders are filled in: {{API_HOST}} with the simulator's address (plain http), {{TOKEN}} with a
real token, and the docs' sample ids with ids that exist. Two mistakes of the docs are mended, and
said so: the autodialer body has a trailing comma (not JSON), and "Post Customer" shows the
autocall path although its "HTTP Request" line says POST /v2/customer.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.doc_examples import CurlExample, curl_examples, example, shape_mismatches

API = "tel4vn-call-center-api.md"
C2C = "tel4vn-click-to-call.md"


@pytest.fixture(scope="module")
def standalone() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent_desktop.sim", "--port", "0", "--seed", "3", "--no-traffic"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert proc.stdout is not None
    url = None
    printed: list[str] = []
    for line in proc.stdout:
        printed.append(line)
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        if match:
            url = match.group(0)
            break
    try:
        assert url, "".join(printed)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def curl(ex: CurlExample, host: str, token: str, subs: dict[str, str]) -> tuple[int, Any]:
    url = ex.url.replace("https://{{API_HOST}}", host).replace("http://{{API_HOST}}", host)
    body = ex.body
    for old, new in subs.items():
        url = url.replace(old, new)
        body = body.replace(old, new) if body else body
    if body:
        body = re.sub(r",(\s*[}\]])", r"\1", body)  # the docs' trailing comma
    args = ["curl", "-sS", "-L", "-X", ex.method, url, "-w", "\n%{http_code}"]
    for name, value in ex.headers.items():
        args += ["-H", f"{name}: {value.replace('{{TOKEN}}', token)}"]
    if body:
        args += ["--data-raw", body]
    out = subprocess.run(args, capture_output=True, text=True, timeout=30, check=True).stdout
    text, _, code = out.rpartition("\n")
    return int(code), json.loads(text)


def test_every_curl_example_works(standalone: str) -> None:
    with httpx.Client(base_url=standalone, timeout=30) as control:
        checked = run_examples(control, standalone)
    assert checked >= 25


def run_examples(control: httpx.Client, standalone: str) -> int:
    # Quick, certain answers instead of the demo's human timings.
    control.post("/_sim/config", json={"agent_answer_delay": 0.1, "customer_answer_delay": 0.1,
                                       "customer_answer_probability": 1.0})
    login = control.post("/v1/auth", json={"username": "supervisor", "password": "demo123"})
    api_key = login.json()["data"]["api_key"]
    token = control.post("/v2/auth/token", json={"api_key": api_key}).json()["data"]["token"]
    auth = {"Authorization": f"Bearer {token}"}
    cdr_id = control.get("/v2/cdr", headers=auth).json()["data"][0]["id"]
    customers = control.get("/v2/customer", headers=auth).json()["data"]
    subs = {
        '"foo@test.tel4vn.com"': '"supervisor"', '"foo123"': '"demo123"',
        "{{user_id}}": "agent101",
        "01b7d166-b564-42ec-80a1-4ad343225934": cdr_id,
        "dddddddd-1111-2222-3333-eeeeeeee": customers[0]["customer_id"],
        "aaaaaaaa-1111-2222-3333-eeeeeeee": customers[0]["campaign_id"],
    }

    def hang_up_everything() -> None:
        for call in control.get("/v2/call", headers=auth).json()["data"]:
            control.post(f"/_sim/calls/{call['call_id']}/hangup", json={})

    checked = 0
    examples = curl_examples(API) + curl_examples(C2C)
    queue_order = {"/queue'": 0, "/queue/dnc": 1, "/queue/stop": 2, "/queue/start": 3,
                   "/queue/delete": 5}
    plain = [e for e in examples if "/queue" not in e.url]
    queues = sorted((e for e in examples if "/queue" in e.url),
                    key=lambda e: (("autocall" in e.url),
                                   next((v for k, v in queue_order.items()
                                         if e.url.endswith(k.strip("'"))), 0)))
    for ex in plain + queues:
        local = dict(subs)
        # The docs use one sample UUID for the token's api_key and the autodialer's campaign.
        local["aaaaaaaa-bbbb-cccc-dddd-eeeeeeee"] = (
            api_key if ex.heading == "Get Access Token" else customers[0]["campaign_id"])
        if "/v1/event/" in ex.url and ex.method == "DELETE":
            control.post("/v1/event", headers=auth, json={"callback_url": "http://127.0.0.1:9/",
                                                          "event": "hangup"})
            local["eeeeeeee-1111-2222-3333-eeeeeeee"] = control.get(
                "/v1/event", headers=auth).json()["data"][-1]["event_domain_uuid"]
        if "/v2/call/" in ex.url:
            hang_up_everything()
            placed = control.get("/v1/click2call/async", headers=auth,
                                 params={"ext": "102", "phone": "0899098899"}).json()
            local["01b7d166-b564-42ec-80a1-4ad343225934"] = placed["call_id"]
            deadline = time.monotonic() + 10
            while not any(c["call_id"] == placed["call_id"] and c["state"] == "CS_EXCHANGE_MEDIA"
                          for c in control.get("/v2/call", headers=auth).json()["data"]):
                assert time.monotonic() < deadline, "the placed call was never answered"
                time.sleep(0.1)
            if ex.url.endswith("/listen") or ex.url.endswith("/whisper") or \
                    ex.url.endswith("/barge") or ex.url.endswith("/transfer"):
                local['"ext" : "101"'] = '"ext" : "100"' if not ex.url.endswith(
                    "/transfer") else '"ext" : "103"'
        if ex.url.endswith("/queue/delete"):  # the docs: delete only a stopped queue
            kind = "autocall" if "autocall" in ex.url else "autodialer"
            code = json.loads(ex.body or "{}")["queue_code"]
            control.post(f"/v2/{kind}/queue/stop", headers=auth, json={"queue_code": code})
        if "click2call" in ex.url:
            hang_up_everything()
        if ex.heading == "Post Customer":
            ex = CurlExample(ex.heading, ex.method, ex.url.replace("/v2/autocall/queue",
                                                                   "/v2/customer"),
                             ex.headers, ex.body)
        status, body = curl(ex, standalone, token, local)
        assert 200 <= status < 300, (ex.heading, ex.url, status, body)
        doc = C2C if ex in curl_examples(C2C) else API
        if ex.heading == "Nhận dữ liệu queue":
            continue  # two sections share this heading; test_docs_shapes checks both
        try:
            expected = example(doc, ex.heading)
        except LookupError:
            expected = None
        if expected is not None:
            assert not shape_mismatches(body, expected), (ex.heading, body)
        checked += 1
    return checked
