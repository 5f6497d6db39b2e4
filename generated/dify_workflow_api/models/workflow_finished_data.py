# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_finished_data_created_by import WorkflowFinishedDataCreatedBy
    from ..models.workflow_finished_data_files_type_0_item import (
        WorkflowFinishedDataFilesType0Item,
    )
    from ..models.workflow_finished_data_outputs_type_0 import (
        WorkflowFinishedDataOutputsType0,
    )


T = TypeVar("T", bound="WorkflowFinishedData")


@_attrs_define
class WorkflowFinishedData:
    """
    Attributes:
        id (UUID): Workflow run ID.
        workflow_id (UUID): Workflow ID.
        status (str): Workflow execution status. `running` for in-progress executions, `succeeded` when completed
            successfully, `failed` when execution encountered an error, `stopped` when manually halted, `partial-succeeded`
            when some nodes succeeded but others failed, `paused` when awaiting human input.
        elapsed_time (float): Total time elapsed in seconds.
        total_tokens (int): Total tokens consumed across all nodes.
        total_steps (int): Total number of workflow steps executed.
        created_at (int): Unix timestamp of when the workflow run was created.
        outputs (None | Unset | WorkflowFinishedDataOutputsType0): Output data from the workflow.
        error (None | str | Unset): Error message if the workflow failed.
        finished_at (int | None | Unset): Unix timestamp of when the workflow run finished.
        created_by (WorkflowFinishedDataCreatedBy | Unset): Creator information. Only present in streaming
            `workflow_finished` events.
        exceptions_count (int | None | Unset): Number of exceptions encountered during execution. Only present in
            streaming `workflow_finished` events.
        files (list[WorkflowFinishedDataFilesType0Item] | None | Unset): Files generated during workflow execution. Only
            present in streaming `workflow_finished` events.
    """

    id: UUID
    workflow_id: UUID
    status: str
    elapsed_time: float
    total_tokens: int
    total_steps: int
    created_at: int
    outputs: None | Unset | WorkflowFinishedDataOutputsType0 = UNSET
    error: None | str | Unset = UNSET
    finished_at: int | None | Unset = UNSET
    created_by: WorkflowFinishedDataCreatedBy | Unset = UNSET
    exceptions_count: int | None | Unset = UNSET
    files: list[WorkflowFinishedDataFilesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_finished_data_outputs_type_0 import (
            WorkflowFinishedDataOutputsType0,
        )

        id = str(self.id)

        workflow_id = str(self.workflow_id)

        status = self.status

        elapsed_time = self.elapsed_time

        total_tokens = self.total_tokens

        total_steps = self.total_steps

        created_at = self.created_at

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, WorkflowFinishedDataOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

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

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        exceptions_count: int | None | Unset
        if isinstance(self.exceptions_count, Unset):
            exceptions_count = UNSET
        else:
            exceptions_count = self.exceptions_count

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "status": status,
                "elapsed_time": elapsed_time,
                "total_tokens": total_tokens,
                "total_steps": total_steps,
                "created_at": created_at,
            }
        )
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if exceptions_count is not UNSET:
            field_dict["exceptions_count"] = exceptions_count
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_finished_data_created_by import (
            WorkflowFinishedDataCreatedBy,
        )
        from ..models.workflow_finished_data_files_type_0_item import (
            WorkflowFinishedDataFilesType0Item,
        )
        from ..models.workflow_finished_data_outputs_type_0 import (
            WorkflowFinishedDataOutputsType0,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        workflow_id = UUID(d.pop("workflow_id"))

        status = d.pop("status")

        elapsed_time = d.pop("elapsed_time")

        total_tokens = d.pop("total_tokens")

        total_steps = d.pop("total_steps")

        created_at = d.pop("created_at")

        def _parse_outputs(
            data: object,
        ) -> None | Unset | WorkflowFinishedDataOutputsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = WorkflowFinishedDataOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowFinishedDataOutputsType0, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

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

        _created_by = d.pop("created_by", UNSET)
        created_by: WorkflowFinishedDataCreatedBy | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = WorkflowFinishedDataCreatedBy.from_dict(_created_by)

        def _parse_exceptions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exceptions_count = _parse_exceptions_count(d.pop("exceptions_count", UNSET))

        def _parse_files(
            data: object,
        ) -> list[WorkflowFinishedDataFilesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = WorkflowFinishedDataFilesType0Item.from_dict(
                        files_type_0_item_data
                    )

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkflowFinishedDataFilesType0Item] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        workflow_finished_data = cls(
            id=id,
            workflow_id=workflow_id,
            status=status,
            elapsed_time=elapsed_time,
            total_tokens=total_tokens,
            total_steps=total_steps,
            created_at=created_at,
            outputs=outputs,
            error=error,
            finished_at=finished_at,
            created_by=created_by,
            exceptions_count=exceptions_count,
            files=files,
        )

        workflow_finished_data.additional_properties = d
        return workflow_finished_data

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
