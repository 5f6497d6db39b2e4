"""Checks of caller input that run before any network traffic.

Every failure is an `InvalidInputError` (a `DifyError` and a `ValueError`) that names the
argument and says what to pass instead.
"""

from __future__ import annotations

import re
import sys

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
