# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stream_event_iteration_next_data_extras import (
        WorkflowStreamEventIterationNextDataExtras,
    )


T = TypeVar("T", bound="WorkflowStreamEventIterationNextData")


@_attrs_define
class WorkflowStreamEventIterationNextData:
    """
    Attributes:
        id (UUID | Unset):
        node_id (str | Unset):
        node_type (str | Unset):
        title (str | Unset):
        index (int | Unset): Current iteration index (zero-based).
        created_at (int | Unset):
        extras (WorkflowStreamEventIterationNextDataExtras | Unset):
    """

    id: UUID | Unset = UNSET
    node_id: str | Unset = UNSET
    node_type: str | Unset = UNSET
    title: str | Unset = UNSET
    index: int | Unset = UNSET
    created_at: int | Unset = UNSET
    extras: WorkflowStreamEventIterationNextDataExtras | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        node_id = self.node_id

        node_type = self.node_type

        title = self.title

        index = self.index

        created_at = self.created_at

        extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = self.extras.to_dict()

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
        if index is not UNSET:
            field_dict["index"] = index
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if extras is not UNSET:
            field_dict["extras"] = extras

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_event_iteration_next_data_extras import (
            WorkflowStreamEventIterationNextDataExtras,
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

        index = d.pop("index", UNSET)

        created_at = d.pop("created_at", UNSET)

        _extras = d.pop("extras", UNSET)
        extras: WorkflowStreamEventIterationNextDataExtras | Unset
        if isinstance(_extras, Unset):
            extras = UNSET
        else:
            extras = WorkflowStreamEventIterationNextDataExtras.from_dict(_extras)

        workflow_stream_event_iteration_next_data = cls(
            id=id,
            node_id=node_id,
            node_type=node_type,
            title=title,
            index=index,
            created_at=created_at,
            extras=extras,
        )

        workflow_stream_event_iteration_next_data.additional_properties = d
        return workflow_stream_event_iteration_next_data

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
