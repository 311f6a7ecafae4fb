"""Response bodies and error envelopes of the simulated PBX (docs/api-conventions.md, "Error
envelopes the docs do not show"), and the middleware that turns `VendorError` and aiohttp's own
404 / 405 / crashes into JSON.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False)


def reply(body: Any, status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=dumps)


class VendorError(Exception):
    """Raised by a handler to answer with `status` and the JSON `body`."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body

    def response(self) -> web.Response:
        return reply(self.body, self.status)


def envelope(code: int, content: Any, error: str) -> dict[str, Any]:
    return {"code": code, "content": content, "error": error}


def unauthorized(content: str) -> VendorError:
    return VendorError(401, envelope(401, content, "Unauthorized"))


def forbidden() -> VendorError:
    return VendorError(403, envelope(403, "permission denied", "Forbidden"))


def not_found() -> VendorError:
    return VendorError(404, envelope(404, "Not Found", "Not Found"))


def bad_request(content: Any) -> VendorError:
    return VendorError(400, envelope(400, content, "Bad Request"))


def server_error() -> VendorError:
    return VendorError(500, envelope(500, "internal server error", "Internal Server Error"))


async def json_object(request: web.Request,
                      invalid: Callable[[str], VendorError]) -> dict[str, Any]:
    """The request's JSON object body; `invalid(message)` is raised when it is not one."""
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise invalid("invalid JSON body") from None
    if not isinstance(body, dict):
        raise invalid("JSON body must be an object")
    return body


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    control = request.path.startswith("/_sim/")
    try:
        return await handler(request)
    except VendorError as exc:
        return exc.response()
    except web.HTTPNotFound:
        if control:
            return reply({"error": "not found"}, 404)
        return not_found().response()
    except web.HTTPMethodNotAllowed:
        if control:
            return reply({"error": "method not allowed"}, 405)
        return reply(envelope(405, "Method Not Allowed", "Method Not Allowed"), 405)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("%s %s failed", request.method, request.path)
        return server_error().response()
