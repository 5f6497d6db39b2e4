"""Checks of caller input that run before any network traffic."""

from __future__ import annotations

import re
import sys

MAX_TASK_ID_LENGTH = 1024
# Path segments that servers and proxies resolve, which would change the URL called.
_DOT_SEGMENTS = frozenset({".", ".."})


# One C-level scan per check: control characters (C0, DEL, C1) and lone surrogates.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def check_task_id(task_id: object) -> str:
    """The task id as text, or ValueError when it could not be one path segment."""
    # Without uuid imported no value can be a UUID; importing it here would cost every
    # consumer its (platform-probing) import time.
    uuid_module = sys.modules.get("uuid")
    if uuid_module is not None and isinstance(task_id, uuid_module.UUID):
        return str(task_id)
    if not isinstance(task_id, str):
        raise ValueError(f"task_id must be a str or uuid.UUID, not {type(task_id).__name__}")
    if not task_id.strip():
        raise ValueError("task_id is empty or whitespace; pass the task_id of a streaming run")
    if task_id in _DOT_SEGMENTS:
        raise ValueError(f"task_id {task_id!r} is a dot segment, which would change the URL called")
    if _CONTROL.search(task_id):
        raise ValueError("task_id contains control characters; pass the task_id of a streaming run")
    if _has_surrogate(task_id):
        raise ValueError("task_id contains unpaired surrogates and cannot be encoded as UTF-8")
    if len(task_id) > MAX_TASK_ID_LENGTH:
        raise ValueError(
            f"task_id is {len(task_id)} characters long (limit {MAX_TASK_ID_LENGTH}); Dify task ids are UUIDs"
        )
    return task_id


def check_user(user: object) -> str:
    """The end-user identifier, or ValueError when it is not a non-empty str."""
    if not isinstance(user, str):
        raise ValueError(f"user must be a non-empty str, not {type(user).__name__}")
    if not user.strip():
        raise ValueError("user is empty or whitespace; pass the user that started the run")
    if _has_surrogate(user):
        raise ValueError("user contains unpaired surrogates and cannot be encoded as UTF-8")
    return user
