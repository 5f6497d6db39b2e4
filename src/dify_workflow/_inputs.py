"""Checks of caller input that run before any network traffic.

Every failure is an `InvalidInputError` (a `DifyError` and a `ValueError`) that names the
argument and says what to pass instead.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from ._exceptions import InvalidInputError

MAX_ID_LENGTH = 1024
# Path segments that servers and proxies resolve, which would change the URL called.
_DOT_SEGMENTS = frozenset({".", ".."})

# One C-level scan per check: control characters (C0, DEL, C1) and lone surrogates.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

_HINTS = {
    "task_id": "pass the task_id of a streaming run",
    "workflow_run_id": "pass the workflow_run_id of a run",
    "workflow_id": "pass the id of a published workflow version",
    "end_user_id": "pass the end user's id (a UUID)",
    "form_token": "pass the form_token of a human_input_required event",
}


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def check_path_id(value: object, name: str = "task_id") -> str:
    """An identifier that becomes one path segment, as text; InvalidInputError otherwise."""
    hint = _HINTS.get(name, f"pass a valid {name}")
    # Without uuid imported no value can be a UUID; importing it here would cost every
    # consumer its (platform-probing) import time.
    uuid_module = sys.modules.get("uuid")
    if uuid_module is not None and isinstance(value, uuid_module.UUID):
        return str(value)
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a str or uuid.UUID, not {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(f"{name} is empty or whitespace; {hint}")
    if value in _DOT_SEGMENTS:
        raise InvalidInputError(f"{name} {value!r} is a dot segment, which would change the URL called")
    if _CONTROL.search(value):
        raise InvalidInputError(f"{name} contains control characters; {hint}")
    if _has_surrogate(value):
        raise InvalidInputError(f"{name} contains unpaired surrogates and cannot be encoded as UTF-8")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidInputError(
            f"{name} is {len(value)} characters long (limit {MAX_ID_LENGTH}); Dify ids are UUIDs"
        )
    return value


def check_uuid_id(value: object, name: str) -> str:
    """An id that Dify routes only as a UUID (run ids, end-user ids): checked before
    sending, since Dify answers anything else with a 500 (run detail, recording 12's kin)
    or an HTML 404 that looks like a wrong base URL (end users, recording 31)."""
    text = check_path_id(value, name)
    import uuid  # with the first such id, not with the package

    try:
        uuid.UUID(text)
    except ValueError:
        raise InvalidInputError(
            f"{name} {text[:80]!r} is not a UUID; Dify's {name.replace('_', ' ')}s are UUIDs"
        ) from None
    return text


def check_task_id(task_id: object) -> str:
    """The task id as text, or InvalidInputError when it could not be one path segment."""
    return check_path_id(task_id, "task_id")


def check_user(user: object) -> str:
    """The end-user identifier, or InvalidInputError when it is not a non-empty str."""
    if not isinstance(user, str):
        raise InvalidInputError(f"user must be a non-empty str, not {type(user).__name__}")
    if not user.strip():
        raise InvalidInputError("user is empty or whitespace; pass the user that started the run")
    if _has_surrogate(user):
        raise InvalidInputError("user contains unpaired surrogates and cannot be encoded as UTF-8")
    return user


_TRANSFER = {"local_file": "upload_file_id", "remote_url": "url"}


def check_file(value: object, where: str) -> dict[str, Any]:
    """One file reference (a FileInput or a dict of the same fields) as the JSON object
    the API takes; InvalidInputError naming `where` otherwise."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        value = to_dict()
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            f"{where} must be a FileInput or a dict with type, transfer_method and "
            f"upload_file_id or url, not {type(value).__name__}"
        )
    kind, method = value.get("type"), value.get("transfer_method")
    if not isinstance(kind, str) or not kind:
        raise InvalidInputError(f"{where} needs a 'type' (image, document, audio, video or custom)")
    if method not in _TRANSFER:
        raise InvalidInputError(
            f"{where} has transfer_method {method!r}; use 'local_file' (with upload_file_id) "
            "or 'remote_url' (with url)"
        )
    needed = _TRANSFER[method]
    other = "url" if needed == "upload_file_id" else "upload_file_id"
    if not isinstance(value.get(needed), str) or not value[needed]:
        raise InvalidInputError(f"{where} uses {method} and so needs {needed!r} (a non-empty str)")
    if value.get(other) is not None:
        raise InvalidInputError(f"{where} uses {method}: drop {other!r}, which goes with the other method")
    return dict(value)


def check_files(files: object) -> list[dict[str, Any]]:
    """The `files` argument of a run as a list of JSON objects."""
    if isinstance(files, str | bytes | Mapping) or not isinstance(files, Iterable):
        raise InvalidInputError(f"files must be a sequence of FileInput or dicts, not {type(files).__name__}")
    return [check_file(item, f"files[{index}]") for index, item in enumerate(files)]


def check_inputs(inputs: object) -> dict[str, Any]:
    """The `inputs` of a run: a mapping of variable names to JSON values. File-type
    variables may hold FileInput objects, which become their JSON form."""
    if not isinstance(inputs, Mapping):
        raise InvalidInputError(
            f"inputs must be a mapping of input names to values (use {{}} for none), not {type(inputs).__name__}"
        )
    out: dict[str, Any] = {}
    for name, value in inputs.items():
        if not isinstance(name, str):
            raise InvalidInputError(f"inputs keys must be str, not {type(name).__name__} ({name!r})")
        if isinstance(value, list | tuple) and any(hasattr(v, "to_dict") for v in value):
            value = [check_file(v, f"inputs[{name!r}][{i}]") for i, v in enumerate(value)]
        elif hasattr(value, "to_dict") and not isinstance(value, Mapping):
            value = check_file(value, f"inputs[{name!r}]")
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InvalidInputError(f"inputs[{name!r}] is not a JSON value ({exc})") from None
        out[name] = value
    return out


def check_optional_id(value: object, name: str) -> str | None:
    """An optional identifier sent in a body: None, or a non-empty str without control characters."""
    if value is None:
        return None
    return check_path_id(value, name)


def check_int_in(value: object, name: str, low: int, high: int) -> int:
    """An int argument from `low` to `high` (a bool is not one)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(f"{name} must be an int from {low} to {high}, not {value!r}")
    return value


def check_optional_text(value: object, name: str) -> str | None:
    """An optional text argument: None, or a non-empty str without control characters."""
    if value is None:
        return None
    if not isinstance(value, str) or not value or _CONTROL.search(value):
        raise InvalidInputError(f"{name} must be a non-empty str without control characters, not {value!r}")
    return value


def _moment(value: object, name: str) -> str | None:
    # A datetime goes as ISO 8601 (the spec's `date-time`); a string is sent as given.
    isoformat = getattr(value, "isoformat", None)
    if value is not None and not isinstance(value, str) and callable(isoformat):
        return str(isoformat())
    return check_optional_text(value, name)


def log_query(
    *,
    keyword: object,
    status: object,
    page: object,
    limit: object,
    created_at__before: object,
    created_at__after: object,
    created_by_end_user_session_id: object,
    created_by_account: object,
) -> dict[str, Any]:
    """The query of GET /workflows/logs, unset filters left out (bounds from the spec)."""
    query: dict[str, Any] = {
        "keyword": check_optional_text(keyword, "keyword"),
        "status": check_optional_text(status, "status"),
        "page": check_int_in(page, "page", 1, 99999),
        "limit": check_int_in(limit, "limit", 1, 100),
        "created_at__before": _moment(created_at__before, "created_at__before"),
        "created_at__after": _moment(created_at__after, "created_at__after"),
        "created_by_end_user_session_id": check_optional_text(
            created_by_end_user_session_id, "created_by_end_user_session_id"
        ),
        "created_by_account": check_optional_text(created_by_account, "created_by_account"),
    }
    return {name: value for name, value in query.items() if value is not None}


def form_actions(form: Any) -> frozenset[str] | None:
    """The action ids of a fetched form, None when it lists none readable."""
    actions = getattr(form, "user_actions", None)
    if not isinstance(actions, list):
        return None
    ids = {getattr(a, "id", None) for a in actions}
    found = frozenset(i for i in ids if isinstance(i, str))
    return found or None


def form_submission(
    inputs: object, action: object, user: object, known_actions: frozenset[str] | None
) -> dict[str, Any]:
    """The body of a form submission, checked before sending."""
    if not isinstance(action, str) or not action:
        raise InvalidInputError(f"action must be the id of one of the form's actions, not {action!r}")
    if known_actions is not None and action not in known_actions:
        raise InvalidInputError(
            f"action {action!r} is not one of this form's actions ({', '.join(sorted(known_actions))})"
        )
    return {"inputs": check_inputs(inputs), "action": action, "user": check_user(user)}
