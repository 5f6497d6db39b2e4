"""The facade's own result types: stable however the spec's generated names change."""

from __future__ import annotations

import attrs

__all__ = ["StopTaskResult"]


@attrs.frozen
class StopTaskResult:
    """Outcome of `stop_task`: `result` is "success" when the stop was requested.

    `request_id` is the server's request id header when it sends one, else None.
    """

    result: str
    request_id: str | None = None
