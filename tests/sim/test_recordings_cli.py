"""Recordings are real WAV files; the standalone `python -m agent_desktop.sim` serves and stops."""

from __future__ import annotations

import asyncio
import io
import re
import signal
import sys
import wave

import httpx

from agent_desktop.sim import SimConfig, Simulator


async def test_recordings_are_valid_wav(http, agent, sim):
    rows = (await http.get("/v2/cdr", headers=agent, params={"limit": 40})).json()["data"]
    urls = [row["recording_url"] for row in rows if row["recording_url"]]
    assert len(urls) >= 5
    sizes = set()
    async with httpx.AsyncClient() as plain:  # public URLs: no token
        for url in urls:
            r = await plain.get(url)
            assert r.status_code == 200
            assert r.headers["content-type"] == "audio/wav"
            with wave.open(io.BytesIO(r.content)) as wav:
                assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 8000)
                seconds = wav.getnframes() / wav.getframerate()
                assert 2.0 <= seconds <= 10.0
            sizes.add(len(r.content))
    assert len(sizes) > 1  # more than one clip in use


async def test_recording_byte_ranges(http, sim):
    cdr = next(c for c in sim.tenant.cdrs if c.has_recording)
    full = (await http.get(f"/recordings/{cdr.id}.wav")).content
    r = await http.get(f"/recordings/{cdr.id}.wav", headers={"Range": "bytes=0-43"})
    assert r.status_code == 206 and r.content == full[:44]
    assert r.headers["content-range"] == f"bytes 0-43/{len(full)}"
    r = await http.get(f"/recordings/{cdr.id}.wav", headers={"Range": "bytes=-10"})
    assert r.content == full[-10:]
    r = await http.get(f"/recordings/{cdr.id}.wav", headers={"Range": f"bytes={len(full)}-"})
    assert r.status_code == 416


async def test_no_recording_for_unanswered_or_unknown(http, sim):
    missed = next(c for c in sim.tenant.cdrs if not c.has_recording)
    assert (await http.get(f"/recordings/{missed.id}.wav")).status_code == 404
    assert (await http.get("/recordings/nope.wav")).status_code == 404


async def test_live_call_gets_a_recording(http, admin, sim, until):
    sim.config.talk_time = (0.02, 0.02)
    r = await http.get("/v1/click2call", headers=admin,
                       params={"ext": "101", "phone": "0899098899"})
    call_id = r.json()["call_id"]
    await until(lambda: sim.tenant.cdr(call_id))
    row = (await http.get(f"/v2/cdr/{call_id}", headers=admin)).json()
    r = await http.get(row["recording_url"])
    assert r.status_code == 200
    with wave.open(io.BytesIO(r.content)) as wav:
        assert wav.getnframes() > 0


async def test_two_simulators_side_by_side_and_stop_is_clean():
    sims = [Simulator(SimConfig(seed=s, agent_answer_delay=None)) for s in (1, 2)]
    urls = [await s.start() for s in sims]
    assert urls[0] != urls[1]
    async with httpx.AsyncClient() as client:
        key = sims[0].tenant.user_by_username("supervisor").api_key
        token = (await client.post(f"{urls[0]}/v2/auth/token", json={"api_key": key})).json()
        headers = {"Authorization": f"Bearer {token['data']['token']}"}
        # a synchronous click-to-call that is still waiting when the simulator stops
        pending = asyncio.create_task(client.get(f"{urls[0]}/v1/click2call", headers=headers,
                                                 params={"ext": "101", "phone": "0899098899"}))
        while not sims[0].engine.calls:
            await asyncio.sleep(0.01)
        await sims[0].stop()
        r = await pending
        assert r.status_code == 400
        assert (await client.get(f"{urls[1]}/_sim/state")).status_code == 200
    await sims[1].stop()
    await sims[1].stop()  # twice is harmless


async def test_standalone_prints_url_and_serves_until_sigterm():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "agent_desktop.sim", "--port", "0", "--no-traffic", "--seed", "3",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        while not any("curl" in line and "/v2/auth/token" in line for line in lines):
            line = await asyncio.wait_for(proc.stdout.readline(), timeout=20)
            assert line, "the simulator exited early"
            lines.append(line.decode())
        text = "".join(lines)
        url = re.search(r"http://127\.0\.0\.1:\d+", text).group(0)
        assert "demo123" in text and "supervisor" in text
        api_key = re.search(r'"api_key": "([0-9a-f-]+)"', text).group(1)
        async with httpx.AsyncClient(base_url=url) as client:
            r = await client.post("/v1/auth", json={"username": "supervisor",
                                                     "password": "demo123"})
            assert r.status_code == 200 and r.json()["data"]["api_key"] == api_key
            r = await client.post("/v2/auth/token", json={"api_key": api_key})
            assert r.status_code == 200
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
        assert proc.returncode == 0, err.decode()
        assert "simulator stopped" in out.decode()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.communicate()
