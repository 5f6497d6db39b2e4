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
    from ..models.stream_event_node_started_data_extras import (
        StreamEventNodeStartedDataExtras,
    )
    from ..models.stream_event_node_started_data_inputs_type_0 import (
        StreamEventNodeStartedDataInputsType0,
    )


T = TypeVar("T", bound="StreamEventNodeStartedData")


@_attrs_define
class StreamEventNodeStartedData:
    """
    Attributes:
        id (str): Node execution ID.
        node_id (str): Node ID in the workflow graph.
        node_type (str): Node type (e.g., `llm`, `knowledge-retrieval`, `code`).
        title (str): Node title.
        index (int): Execution index.
        created_at (int): Start timestamp (Unix epoch seconds).
        predecessor_node_id (None | str | Unset): ID of the predecessor node.
        inputs (None | StreamEventNodeStartedDataInputsType0 | Unset): Node input data. May be `null` in simplified API
            responses.
        extras (StreamEventNodeStartedDataExtras | Unset): Additional metadata.
        iteration_id (None | str | Unset): Iteration ID if this node runs inside an iteration.
        loop_id (None | str | Unset): Loop ID if this node runs inside a loop.
    """

    id: str
    node_id: str
    node_type: str
    title: str
    index: int
    created_at: int
    predecessor_node_id: None | str | Unset = UNSET
    inputs: None | StreamEventNodeStartedDataInputsType0 | Unset = UNSET
    extras: StreamEventNodeStartedDataExtras | Unset = UNSET
    iteration_id: None | str | Unset = UNSET
    loop_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_event_node_started_data_inputs_type_0 import (
            StreamEventNodeStartedDataInputsType0,
        )

        id = self.id

        node_id = self.node_id

        node_type = self.node_type

        title = self.title

        index = self.index

        created_at = self.created_at

        predecessor_node_id: None | str | Unset
        if isinstance(self.predecessor_node_id, Unset):
            predecessor_node_id = UNSET
        else:
            predecessor_node_id = self.predecessor_node_id

        inputs: dict[str, Any] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, StreamEventNodeStartedDataInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = self.extras.to_dict()

        iteration_id: None | str | Unset
        if isinstance(self.iteration_id, Unset):
            iteration_id = UNSET
        else:
            iteration_id = self.iteration_id

        loop_id: None | str | Unset
        if isinstance(self.loop_id, Unset):
            loop_id = UNSET
        else:
            loop_id = self.loop_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "node_id": node_id,
                "node_type": node_type,
                "title": title,
                "index": index,
                "created_at": created_at,
            }
        )
        if predecessor_node_id is not UNSET:
            field_dict["predecessor_node_id"] = predecessor_node_id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if extras is not UNSET:
            field_dict["extras"] = extras
        if iteration_id is not UNSET:
            field_dict["iteration_id"] = iteration_id
        if loop_id is not UNSET:
            field_dict["loop_id"] = loop_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_node_started_data_extras import (
            StreamEventNodeStartedDataExtras,
        )
        from ..models.stream_event_node_started_data_inputs_type_0 import (
            StreamEventNodeStartedDataInputsType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        node_id = d.pop("node_id")

        node_type = d.pop("node_type")

        title = d.pop("title")

        index = d.pop("index")

        created_at = d.pop("created_at")

        def _parse_predecessor_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        predecessor_node_id = _parse_predecessor_node_id(
            d.pop("predecessor_node_id", UNSET)
        )

        def _parse_inputs(
            data: object,
        ) -> None | StreamEventNodeStartedDataInputsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = StreamEventNodeStartedDataInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamEventNodeStartedDataInputsType0 | Unset, data)

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        _extras = d.pop("extras", UNSET)
        extras: StreamEventNodeStartedDataExtras | Unset
        if isinstance(_extras, Unset):
            extras = UNSET
        else:
            extras = StreamEventNodeStartedDataExtras.from_dict(_extras)

        def _parse_iteration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iteration_id = _parse_iteration_id(d.pop("iteration_id", UNSET))

        def _parse_loop_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loop_id = _parse_loop_id(d.pop("loop_id", UNSET))

        stream_event_node_started_data = cls(
            id=id,
            node_id=node_id,
            node_type=node_type,
            title=title,
            index=index,
            created_at=created_at,
            predecessor_node_id=predecessor_node_id,
            inputs=inputs,
            extras=extras,
            iteration_id=iteration_id,
            loop_id=loop_id,
        )

        stream_event_node_started_data.additional_properties = d
        return stream_event_node_started_data

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
