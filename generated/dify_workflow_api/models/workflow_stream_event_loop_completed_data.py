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
    from ..models.workflow_stream_event_loop_completed_data_execution_metadata import (
        WorkflowStreamEventLoopCompletedDataExecutionMetadata,
    )
    from ..models.workflow_stream_event_loop_completed_data_extras_type_0 import (
        WorkflowStreamEventLoopCompletedDataExtrasType0,
    )
    from ..models.workflow_stream_event_loop_completed_data_inputs_type_0 import (
        WorkflowStreamEventLoopCompletedDataInputsType0,
    )
    from ..models.workflow_stream_event_loop_completed_data_outputs_type_0 import (
        WorkflowStreamEventLoopCompletedDataOutputsType0,
    )


T = TypeVar("T", bound="WorkflowStreamEventLoopCompletedData")


@_attrs_define
class WorkflowStreamEventLoopCompletedData:
    """
    Attributes:
        id (UUID | Unset):
        node_id (str | Unset):
        node_type (str | Unset):
        title (str | Unset):
        outputs (None | Unset | WorkflowStreamEventLoopCompletedDataOutputsType0):
        outputs_truncated (bool | Unset): Whether the `outputs` data was truncated.
        inputs (None | Unset | WorkflowStreamEventLoopCompletedDataInputsType0): Input variables for the loop.
        inputs_truncated (bool | Unset): Whether the `inputs` data was truncated.
        created_at (int | Unset):
        extras (None | Unset | WorkflowStreamEventLoopCompletedDataExtrasType0): Additional metadata for the loop.
        status (str | Unset): Loop completion status.
        error (None | str | Unset):
        elapsed_time (float | Unset):
        total_tokens (int | Unset):
        execution_metadata (WorkflowStreamEventLoopCompletedDataExecutionMetadata | Unset): Execution metadata including
            token usage.
        finished_at (int | Unset):
        steps (int | Unset): Number of loop iterations completed.
    """

    id: UUID | Unset = UNSET
    node_id: str | Unset = UNSET
    node_type: str | Unset = UNSET
    title: str | Unset = UNSET
    outputs: None | Unset | WorkflowStreamEventLoopCompletedDataOutputsType0 = UNSET
    outputs_truncated: bool | Unset = UNSET
    inputs: None | Unset | WorkflowStreamEventLoopCompletedDataInputsType0 = UNSET
    inputs_truncated: bool | Unset = UNSET
    created_at: int | Unset = UNSET
    extras: None | Unset | WorkflowStreamEventLoopCompletedDataExtrasType0 = UNSET
    status: str | Unset = UNSET
    error: None | str | Unset = UNSET
    elapsed_time: float | Unset = UNSET
    total_tokens: int | Unset = UNSET
    execution_metadata: (
        WorkflowStreamEventLoopCompletedDataExecutionMetadata | Unset
    ) = UNSET
    finished_at: int | Unset = UNSET
    steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_stream_event_loop_completed_data_extras_type_0 import (
            WorkflowStreamEventLoopCompletedDataExtrasType0,
        )
        from ..models.workflow_stream_event_loop_completed_data_inputs_type_0 import (
            WorkflowStreamEventLoopCompletedDataInputsType0,
        )
        from ..models.workflow_stream_event_loop_completed_data_outputs_type_0 import (
            WorkflowStreamEventLoopCompletedDataOutputsType0,
        )

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        node_id = self.node_id

        node_type = self.node_type

        title = self.title

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, WorkflowStreamEventLoopCompletedDataOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        outputs_truncated = self.outputs_truncated

        inputs: dict[str, Any] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, WorkflowStreamEventLoopCompletedDataInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        inputs_truncated = self.inputs_truncated

        created_at = self.created_at

        extras: dict[str, Any] | None | Unset
        if isinstance(self.extras, Unset):
            extras = UNSET
        elif isinstance(self.extras, WorkflowStreamEventLoopCompletedDataExtrasType0):
            extras = self.extras.to_dict()
        else:
            extras = self.extras

        status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        elapsed_time = self.elapsed_time

        total_tokens = self.total_tokens

        execution_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_metadata, Unset):
            execution_metadata = self.execution_metadata.to_dict()

        finished_at = self.finished_at

        steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if title is not UNSET:
            field_dict["title"] = title
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if outputs_truncated is not UNSET:
            field_dict["outputs_truncated"] = outputs_truncated
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if inputs_truncated is not UNSET:
            field_dict["inputs_truncated"] = inputs_truncated
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if extras is not UNSET:
            field_dict["extras"] = extras
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if execution_metadata is not UNSET:
            field_dict["execution_metadata"] = execution_metadata
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_event_loop_completed_data_execution_metadata import (
            WorkflowStreamEventLoopCompletedDataExecutionMetadata,
        )
        from ..models.workflow_stream_event_loop_completed_data_extras_type_0 import (
            WorkflowStreamEventLoopCompletedDataExtrasType0,
        )
        from ..models.workflow_stream_event_loop_completed_data_inputs_type_0 import (
            WorkflowStreamEventLoopCompletedDataInputsType0,
        )
        from ..models.workflow_stream_event_loop_completed_data_outputs_type_0 import (
            WorkflowStreamEventLoopCompletedDataOutputsType0,
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        node_id = d.pop("node_id", UNSET)

        node_type = d.pop("node_type", UNSET)

        title = d.pop("title", UNSET)

        def _parse_outputs(
            data: object,
        ) -> None | Unset | WorkflowStreamEventLoopCompletedDataOutputsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = (
                    WorkflowStreamEventLoopCompletedDataOutputsType0.from_dict(data)
                )

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventLoopCompletedDataOutputsType0, data
            )

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        outputs_truncated = d.pop("outputs_truncated", UNSET)

        def _parse_inputs(
            data: object,
        ) -> None | Unset | WorkflowStreamEventLoopCompletedDataInputsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = (
                    WorkflowStreamEventLoopCompletedDataInputsType0.from_dict(data)
                )

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventLoopCompletedDataInputsType0, data
            )

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        inputs_truncated = d.pop("inputs_truncated", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_extras(
            data: object,
        ) -> None | Unset | WorkflowStreamEventLoopCompletedDataExtrasType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extras_type_0 = (
                    WorkflowStreamEventLoopCompletedDataExtrasType0.from_dict(data)
                )

                return extras_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventLoopCompletedDataExtrasType0, data
            )

        extras = _parse_extras(d.pop("extras", UNSET))

        status = d.pop("status", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        elapsed_time = d.pop("elapsed_time", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        _execution_metadata = d.pop("execution_metadata", UNSET)
        execution_metadata: (
            WorkflowStreamEventLoopCompletedDataExecutionMetadata | Unset
        )
        if isinstance(_execution_metadata, Unset):
            execution_metadata = UNSET
        else:
            execution_metadata = (
                WorkflowStreamEventLoopCompletedDataExecutionMetadata.from_dict(
                    _execution_metadata
                )
            )

        finished_at = d.pop("finished_at", UNSET)

        steps = d.pop("steps", UNSET)

        workflow_stream_event_loop_completed_data = cls(
            id=id,
            node_id=node_id,
            node_type=node_type,
            title=title,
            outputs=outputs,
            outputs_truncated=outputs_truncated,
            inputs=inputs,
            inputs_truncated=inputs_truncated,
            created_at=created_at,
            extras=extras,
            status=status,
            error=error,
            elapsed_time=elapsed_time,
            total_tokens=total_tokens,
            execution_metadata=execution_metadata,
            finished_at=finished_at,
            steps=steps,
        )

        workflow_stream_event_loop_completed_data.additional_properties = d
        return workflow_stream_event_loop_completed_data

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
