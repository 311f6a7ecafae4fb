"""Call recordings for the player: fetched in the background, the last few kept in memory.

``Recordings.fetch(cdr)`` downloads the CDR's ``recording_url`` on the running asyncio loop (the
app's qasync loop) through ``pbx.recordings.fetch_recording`` and reports ``loaded(cdr_id, bytes)``
or ``failed(cdr_id, sentence)``. The last few recordings stay in a small LRU (5 recordings and
100 MB by default), so playing one again or saving it costs no second download. A URL is fetched
once at a time: asking again while it downloads waits for the same download. Nothing is retried by
itself; the person asks again. Qt signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..pbx import InvalidInput, NotFound, PbxError, PermissionDenied, ProtocolError
from ..pbx.models import Cdr
from ..pbx.recordings import MAX_RECORDING_BYTES, RecordingTooLarge, fetch_recording
from .messages import describe

__all__ = ["Recordings"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("recordings", "literal")

CACHE_COUNT = 5
CACHE_BYTES = 100 * 1024 * 1024


class Recordings(QObject):
    """Downloads recordings by CDR and keeps the last few; one download per URL at a time."""

    loaded = Signal(str, bytes)  # cdr_id, the audio file's bytes
    failed = Signal(str, str)  # cdr_id, a sentence for people

    def __init__(self, verify: Callable[[], bool] | bool = True,
                 parent: QObject | None = None, *, max_bytes: int = MAX_RECORDING_BYTES,
                 cache_count: int = CACHE_COUNT, cache_bytes: int = CACHE_BYTES) -> None:
        super().__init__(parent)
        self._verify = verify
        self.max_bytes = max_bytes
        self.cache_count, self.cache_bytes = cache_count, cache_bytes
        self._cache: OrderedDict[str, bytes] = OrderedDict()  # url -> bytes, oldest first
        self._tasks: dict[str, asyncio.Task[None]] = {}  # url -> the download in flight
        self._waiting: dict[str, list[str]] = {}  # url -> the cdr ids that asked for it
        self.downloads = 0  # downloads started (to see the cache work)

    # --- what the player asks ---------------------------------------------------------------------

    def fetch(self, cdr: Cdr) -> bool:
        """Get ``cdr``'s recording: ``loaded`` at once from the cache, else after a download in
        the background (True while it downloads). A CDR without a recording gets ``failed``."""
        cdr_id, url = cdr.id, cdr.recording_url.strip()
        if not url:
            self.failed.emit(cdr_id, translate("recordings", "There is no recording for this "
                                                             "call."))
            return False
        data = self.cached(url)
        if data is not None:
            self.loaded.emit(cdr_id, data)
            return False
        waiting = self._waiting.setdefault(url, [])
        if cdr_id not in waiting:
            waiting.append(cdr_id)
        if url not in self._tasks:
            self.downloads += 1
            log.info("downloading the recording of CDR %s", cdr_id)
            self._tasks[url] = asyncio.ensure_future(self._download(url))
        return True

    def cached(self, url: str) -> bytes | None:
        """The recording at ``url`` if it is in memory (and mark it as just used)."""
        data = self._cache.get(url.strip())
        if data is not None:
            self._cache.move_to_end(url.strip())
        return data

    def busy(self, url: str) -> bool:
        """Whether ``url`` is downloading now."""
        return url.strip() in self._tasks

    def cancel_all(self) -> None:
        """Stop every download (the app is closing); nobody is told."""
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()
        self._waiting.clear()

    def clear(self) -> None:
        """Forget the recordings kept in memory (e.g. on logout)."""
        self._cache.clear()

    # --- downloading ------------------------------------------------------------------------------

    def _verify_now(self) -> bool:
        return self._verify() if callable(self._verify) else bool(self._verify)

    async def _download(self, url: str) -> None:
        try:
            recording = await fetch_recording(url, verify=self._verify_now(),
                                              max_bytes=self.max_bytes)
        except asyncio.CancelledError:
            self._finish(url)
            raise
        except PbxError as error:
            ids = self._finish(url)
            log.warning("recording of CDR %s not loaded: %s", ", ".join(ids) or "-", error)
            sentence = self._sentence(error)
            for cdr_id in ids:
                self.failed.emit(cdr_id, sentence)
            return
        except Exception as error:  # a bug: say so, keep the player usable
            ids = self._finish(url)
            log.exception("recording of CDR %s failed unexpectedly", ", ".join(ids) or "-")
            for cdr_id in ids:
                self.failed.emit(cdr_id, describe(error))
            return
        ids = self._finish(url)
        self._keep(url, recording.data)
        log.info("recording of CDR %s loaded (%d bytes)", ", ".join(ids), len(recording.data))
        for cdr_id in ids:
            self.loaded.emit(cdr_id, recording.data)

    def _finish(self, url: str) -> list[str]:
        self._tasks.pop(url, None)
        return self._waiting.pop(url, [])

    def _keep(self, url: str, data: bytes) -> None:
        if len(data) > self.cache_bytes:
            return
        self._cache[url] = data
        self._cache.move_to_end(url)
        while len(self._cache) > self.cache_count or \
                sum(len(kept) for kept in self._cache.values()) > self.cache_bytes:
            self._cache.popitem(last=False)

    @staticmethod
    def _sentence(error: PbxError) -> str:
        if isinstance(error, RecordingTooLarge):
            megabytes = max(1, round(error.limit / (1024 * 1024)))
            return translate("recordings", "The recording is larger than {size} MB, too large to "
                                           "play here. Use “Open outside” to play it in your "
                                           "own player.").format(size=megabytes)
        if isinstance(error, NotFound):
            return translate("recordings", "The recording file is not on the server (it may have "
                                           "been deleted).")
        if isinstance(error, PermissionDenied):
            return translate("recordings", "The server refused to send the recording (the link "
                                           "may have expired).")
        if isinstance(error, ProtocolError):
            return translate("recordings", "The server did not send an audio file.")
        if isinstance(error, InvalidInput):
            return translate("recordings", "The recording's address is not a web address "
                                           "(http:// or https://).")
        return describe(error)
