"""Reading fields out of decoded JSON without ever crashing on a bad server.

``Fields`` wraps one JSON object and reads typed values from it. A missing or ill-typed required
field raises ProtocolError naming the field by its path (``data.extension``); optional fields fall
back to a default; unknown extra fields are ignored. Values are coerced only where servers are known
to vary (numbers sent as strings, booleans sent as ``"true"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from .errors import ProtocolError

_MISSING = object()
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


class Fields:
    """A JSON object and the path it was found at, for error messages."""

    __slots__ = ("_obj", "_path", "_vendor")  # _path: text, or what str() makes it of

    def __init__(self, obj: Any, path: str | object = "", vendor: str | None = None) -> None:
        if not isinstance(obj, dict):
            where = str(path)
            raise ProtocolError(
                f"expected a JSON object at {where or 'the top level'}, got {_type_name(obj)}",
                field=where or None,
                vendor=vendor,
            )
        self._obj = obj
        self._path = path
        self._vendor = vendor

    @property
    def raw(self) -> dict[str, Any]:
        return self._obj

    def has(self, name: str) -> bool:
        return name in self._obj

    def where(self, name: str) -> str:
        path = str(self._path)
        return f"{path}.{name}" if path else name

    def error(self, name: str, problem: str) -> ProtocolError:
        return ProtocolError(
            f"field '{self.where(name)}' {problem}", field=self.where(name), vendor=self._vendor
        )

    def _get(self, name: str, required: bool) -> Any:
        value = self._obj.get(name, _MISSING)
        if value is _MISSING and required:
            raise self.error(name, "is missing")
        return value

    # --- scalars --------------------------------------------------------------------------

    def str(self, name: str, *, required: bool = True, default: str = "") -> str:
        value = self._get(name, required)
        if value is _MISSING or (value is None and not required):
            return default
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise self.error(name, f"should be a string, got {_type_name(value)}")

    def int(self, name: str, *, required: bool = True, default: int | None = None) -> int | None:
        value = self._get(name, required)
        if value is _MISSING or (value is None and not required):
            return default
        if isinstance(value, bool):
            raise self.error(name, "should be a number, got bool")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str):
            text = value.strip()
            if text == "" and not required:
                return default
            try:
                return int(text)
            except ValueError:
                pass
        raise self.error(name, f"should be a whole number, got {value!r:.40}")

    def bool(self, name: str, *, required: bool = True, default: bool = False) -> bool:
        value = self._get(name, required)
        if value is _MISSING or (value is None and not required):
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise self.error(name, f"should be true or false, got {value!r:.40}")

    def datetime(self, name: str, *, required: bool = False) -> datetime | None:
        """A time as the PBX writes it; "" and Go's zero time mean none. Returned naive, local."""
        text = self.str(name, required=required)
        if not text or text.startswith("0001-01-01"):
            return None
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise self.error(name, f"is not a date and time: {text!r:.40}") from None
        if parsed.tzinfo is not None:
            try:
                parsed = parsed.astimezone().replace(tzinfo=None)
            except OverflowError:  # "9999-12-31T23:59:59-12:00" has no local time
                raise self.error(name, "is out of range") from None
        return parsed

    def str_or_int(self, name: str, *, required: bool = True) -> str | int:
        value = self._get(name, required)
        if value is _MISSING or (value is None and not required):
            return ""
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self.error(name, f"should be a string or a number, got {_type_name(value)}")

    # --- containers -----------------------------------------------------------------------

    def obj(self, name: str) -> Fields:
        return Fields(self._get(name, True), self.where(name), self._vendor)

    def objects(self, name: str, *, required: bool = True) -> Iterator[Fields]:
        value = self._get(name, required)
        if value is _MISSING or (value is None and not required):
            return iter(())
        if not isinstance(value, list):
            raise self.error(name, f"should be a list, got {_type_name(value)}")
        base = self.where(name)
        return (Fields(item, ItemPath(base, i), self._vendor) for i, item in enumerate(value))

    def strings(self, name: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._get(name, required)
        if value is _MISSING or (value is None and not required):
            return ()
        if not isinstance(value, list) or not all(
            isinstance(v, (str, int)) and not isinstance(v, bool) for v in value
        ):
            raise self.error(name, "should be a list of strings")
        return tuple(str(v).strip() for v in value)


class ItemPath:
    """The path of a list item, ``base[index]``, made into text only when an error names it.
    ``index`` may be a function giving it, for a list that finds it only then."""

    __slots__ = ("base", "index")

    def __init__(self, base: str, index: int | Callable[[], int]) -> None:
        self.base = base
        self.index = index

    def __str__(self) -> str:
        index = self.index if isinstance(self.index, int) else self.index()
        return f"{self.base}[{index}]"
