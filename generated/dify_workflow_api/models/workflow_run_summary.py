# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunSummary")


@_attrs_define
class WorkflowRunSummary:
    """
    Attributes:
        id (UUID): Workflow run ID.
        version (str): Workflow version identifier.
        status (str): Workflow execution status. `running` for in-progress executions, `succeeded` when completed
            successfully, `failed` when execution encountered an error, `stopped` when manually halted, `partial-succeeded`
            when some nodes succeeded but others failed, `paused` when awaiting human input.
        elapsed_time (float): Total time elapsed in seconds.
        total_tokens (int): Total tokens consumed.
        total_steps (int): Total number of workflow steps executed.
        created_at (int): Unix timestamp of when the workflow run was created.
        exceptions_count (int): Number of exceptions that occurred during execution.
        triggered_from (str): Source that triggered the workflow run. `app-run` for runs started from the app or API,
            `webhook` for runs started by a webhook trigger, `schedule` for runs started by a schedule trigger, `plugin` for
            runs started by a plugin trigger.
        error (None | str | Unset): Error message if the workflow failed.
        finished_at (int | None | Unset): Unix timestamp of when the workflow run finished.
    """

    id: UUID
    version: str
    status: str
    elapsed_time: float
    total_tokens: int
    total_steps: int
    created_at: int
    exceptions_count: int
    triggered_from: str
    error: None | str | Unset = UNSET
    finished_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        version = self.version

        status = self.status

        elapsed_time = self.elapsed_time

        total_tokens = self.total_tokens

        total_steps = self.total_steps

        created_at = self.created_at

        exceptions_count = self.exceptions_count

        triggered_from = self.triggered_from

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        finished_at: int | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "status": status,
                "elapsed_time": elapsed_time,
                "total_tokens": total_tokens,
                "total_steps": total_steps,
                "created_at": created_at,
                "exceptions_count": exceptions_count,
                "triggered_from": triggered_from,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        version = d.pop("version")

        status = d.pop("status")

        elapsed_time = d.pop("elapsed_time")

        total_tokens = d.pop("total_tokens")

        total_steps = d.pop("total_steps")

        created_at = d.pop("created_at")

        exceptions_count = d.pop("exceptions_count")

        triggered_from = d.pop("triggered_from")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_finished_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        workflow_run_summary = cls(
            id=id,
            version=version,
            status=status,
            elapsed_time=elapsed_time,
            total_tokens=total_tokens,
            total_steps=total_steps,
            created_at=created_at,
            exceptions_count=exceptions_count,
            triggered_from=triggered_from,
            error=error,
            finished_at=finished_at,
        )

        workflow_run_summary.additional_properties = d
        return workflow_run_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
