"""Call recordings: a few short, real WAV clips (8 kHz mono 16-bit) made at start-up, and the
`/recordings/{cdr_id}.wav` route that serves them.

The clips are speech-like: a gliding pitch with a few harmonics, cut into syllables and pauses,
so a player shows a moving waveform and the demo sounds like two people talking. Every answered
CDR maps to one clip by its id. Single byte ranges are honoured so players can seek.
"""

from __future__ import annotations

import functools
import io
import math
import random
import wave
import zlib
from array import array
from collections.abc import Callable

from aiohttp import web

SAMPLE_RATE = 8000
CLIP_COUNT = 4


@functools.lru_cache(maxsize=1)
def clips() -> tuple[bytes, ...]:
    """The generated WAV files, made once per process (they never change)."""
    return tuple(_make_clip(seed, seconds=3.0 + seed) for seed in range(CLIP_COUNT))


def clip_for(cdr_id: str) -> bytes:
    all_clips = clips()
    return all_clips[zlib.crc32(cdr_id.encode()) % len(all_clips)]


def _make_clip(seed: int, seconds: float) -> bytes:
    rng = random.Random(1000 + seed)
    total = int(SAMPLE_RATE * seconds)
    samples = array("h", bytes(2 * total))
    pos = 0
    speaker_pitch = [rng.uniform(110, 140), rng.uniform(190, 240)]  # a man and a woman
    turn = 0
    while pos < total:
        # a few syllables from one speaker, then a short pause and the other speaker
        for _ in range(rng.randint(3, 7)):
            length = int(SAMPLE_RATE * rng.uniform(0.12, 0.28))
            pitch = speaker_pitch[turn] * rng.uniform(0.9, 1.15)
            glide = rng.uniform(-0.25, 0.25)
            pos = _syllable(samples, pos, min(length, total - pos), pitch, glide, rng)
            pos += int(SAMPLE_RATE * rng.uniform(0.02, 0.08))
            if pos >= total:
                break
        pos += int(SAMPLE_RATE * rng.uniform(0.25, 0.5))
        turn = 1 - turn
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(samples.tobytes())
    return out.getvalue()


def _syllable(samples: array, start: int, length: int, pitch: float, glide: float,
              rng: random.Random) -> int:
    if length <= 0:
        return start
    harmonics = [(1, 1.0), (2, rng.uniform(0.3, 0.6)), (3, rng.uniform(0.15, 0.35)),
                 (5, rng.uniform(0.05, 0.15))]
    norm = sum(a for _, a in harmonics)
    phase = 0.0
    two_pi = 2 * math.pi
    for i in range(length):
        t = i / length
        freq = pitch * (1 + glide * t)
        phase += two_pi * freq / SAMPLE_RATE
        envelope = math.sin(math.pi * t) ** 1.5
        value = sum(a * math.sin(h * phase) for h, a in harmonics) / norm
        samples[start + i] = int(9000 * envelope * value)
    return start + length


def recording_handler(has_recording: Callable[[str], bool]) -> Callable[
        [web.Request], object]:
    """The aiohttp handler for `/recordings/{cdr_id}.wav`; 404 unless the CDR has a recording."""

    async def handle(request: web.Request) -> web.StreamResponse:
        cdr_id = request.match_info["cdr_id"]
        if not has_recording(cdr_id):
            return web.json_response({"code": 404, "content": "Not Found", "error": "Not Found"},
                                     status=404)
        body = clip_for(cdr_id)
        headers = {"Accept-Ranges": "bytes"}
        byte_range = _parse_range(request.headers.get("Range", ""), len(body))
        if byte_range is None:
            return web.Response(body=body, content_type="audio/wav", headers=headers)
        first, last = byte_range
        if first >= len(body):
            return web.Response(status=416, headers={"Content-Range": f"bytes */{len(body)}"})
        headers["Content-Range"] = f"bytes {first}-{last}/{len(body)}"
        return web.Response(status=206, body=body[first:last + 1], content_type="audio/wav",
                             headers=headers)

    return handle


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """`bytes=a-b`, `bytes=a-` or `bytes=-n`; anything else (or several ranges) is ignored."""
    if not header.startswith("bytes=") or "," in header:
        return None
    first_text, _, last_text = header[len("bytes="):].strip().partition("-")
    try:
        if not first_text:
            count = int(last_text)
            return (max(0, size - count), size - 1) if count > 0 else None
        first = int(first_text)
        last = int(last_text) if last_text else size - 1
    except ValueError:
        return None
    if first >= size:
        return first, first  # unsatisfiable: 416
    if last < first:
        return None
    return first, min(last, size - 1)
