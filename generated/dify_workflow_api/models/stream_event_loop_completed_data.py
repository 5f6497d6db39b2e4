# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_event_loop_completed_data_outputs_type_0 import (
        StreamEventLoopCompletedDataOutputsType0,
    )


T = TypeVar("T", bound="StreamEventLoopCompletedData")


@_attrs_define
class StreamEventLoopCompletedData:
    """
    Attributes:
        id (str | Unset): Loop execution ID.
        node_id (str | Unset): Loop node ID.
        node_type (str | Unset): Node type.
        title (str | Unset): Loop node title.
        outputs (None | StreamEventLoopCompletedDataOutputsType0 | Unset): Loop output data.
        status (str | Unset): Loop execution status. `running` while in progress, `succeeded` on success, `failed` on
            failure, `exception` if an exception occurred.
        error (None | str | Unset): Error message if loop failed.
        elapsed_time (float | Unset): Total loop execution time in seconds.
        total_tokens (int | Unset): Total tokens consumed across all loop iterations.
        created_at (int | Unset): Start timestamp (Unix epoch seconds).
        finished_at (int | Unset): Finish timestamp (Unix epoch seconds).
        steps (int | Unset): Total number of loop steps executed.
    """

    id: str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_type: str | Unset = UNSET
    title: str | Unset = UNSET
    outputs: None | StreamEventLoopCompletedDataOutputsType0 | Unset = UNSET
    status: str | Unset = UNSET
    error: None | str | Unset = UNSET
    elapsed_time: float | Unset = UNSET
    total_tokens: int | Unset = UNSET
    created_at: int | Unset = UNSET
    finished_at: int | Unset = UNSET
    steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_event_loop_completed_data_outputs_type_0 import (
            StreamEventLoopCompletedDataOutputsType0,
        )

        id = self.id

        node_id = self.node_id

        node_type = self.node_type

        title = self.title

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, StreamEventLoopCompletedDataOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        elapsed_time = self.elapsed_time

        total_tokens = self.total_tokens

        created_at = self.created_at

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
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_loop_completed_data_outputs_type_0 import (
            StreamEventLoopCompletedDataOutputsType0,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        node_id = d.pop("node_id", UNSET)

        node_type = d.pop("node_type", UNSET)

        title = d.pop("title", UNSET)

        def _parse_outputs(
            data: object,
        ) -> None | StreamEventLoopCompletedDataOutputsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = StreamEventLoopCompletedDataOutputsType0.from_dict(
                    data
                )

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamEventLoopCompletedDataOutputsType0 | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

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

        created_at = d.pop("created_at", UNSET)

        finished_at = d.pop("finished_at", UNSET)

        steps = d.pop("steps", UNSET)

        stream_event_loop_completed_data = cls(
            id=id,
            node_id=node_id,
            node_type=node_type,
            title=title,
            outputs=outputs,
            status=status,
            error=error,
            elapsed_time=elapsed_time,
            total_tokens=total_tokens,
            created_at=created_at,
            finished_at=finished_at,
            steps=steps,
        )

        stream_event_loop_completed_data.additional_properties = d
        return stream_event_loop_completed_data

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
