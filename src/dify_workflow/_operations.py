"""Operations the facade calls, found in the generated code by method and path.

Tags and operationIds are translated and renamed upstream; method and path are not, so
the generated `_spec_index` maps (METHOD, path) to the module and the documented errors.
"""

from __future__ import annotations

import functools
import importlib
import typing
from types import ModuleType
from typing import Any

import attrs
from dify_workflow_api._spec_index import OPERATIONS

from ._retry import RetryPolicy


@attrs.frozen
class Operation:
    """One API operation: its identity and whether repeating it is harmless."""

    method: str
    path: str
    idempotent: bool

    @functools.cached_property
    def module(self) -> ModuleType:
        try:
            name = OPERATIONS[(self.method, self.path)]["module"]
        except KeyError:
            raise LookupError(
                f"{self.method} {self.path} is not in the vendored spec; regenerate the client"
            ) from None
        return importlib.import_module(name)

    @functools.cached_property
    def body_model(self) -> Any:
        """The generated request-body class, whatever the generator named it."""
        return typing.get_type_hints(self.module._get_kwargs)["body"]

    def description(self, code: str | None, lang: str) -> str | None:
        """The documented meaning of an error code in `lang`, None when undocumented."""
        if code is None:
            return None
        spec = OPERATIONS.get((self.method, self.path))
        entry = spec["errors"].get(code) if spec is not None else None
        if entry is None:
            return None
        text = entry["ja"] if lang == "ja" else entry["en"]
        return text or entry["en"]

    def policy(self, max_retries: int) -> RetryPolicy:
        return RetryPolicy(max_retries=max_retries, idempotent=self.idempotent)


# Stopping a task twice is harmless: the second stop is a no-op on the server.
STOP_TASK = Operation("POST", "/workflows/tasks/{task_id}/stop", idempotent=True)
