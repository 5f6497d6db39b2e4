# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.human_input_form_definition import HumanInputFormDefinition
    from ..models.human_input_form_submission_data import HumanInputFormSubmissionData


T = TypeVar("T", bound="HumanInputContent")


@_attrs_define
class HumanInputContent:
    """Execution content from a Human Input node, including form definition and submission data.

    Attributes:
        workflow_run_id (str | Unset): ID of the workflow run this content belongs to.
        submitted (bool | Unset): Whether the human input form has been submitted.
        type_ (str | Unset): `human_input` for human input content.
        form_definition (HumanInputFormDefinition | Unset): Definition of a human input form rendered by a Human Input
            node.
        form_submission_data (HumanInputFormSubmissionData | Unset): Data from a submitted human input form.
    """

    workflow_run_id: str | Unset = UNSET
    submitted: bool | Unset = UNSET
    type_: str | Unset = UNSET
    form_definition: HumanInputFormDefinition | Unset = UNSET
    form_submission_data: HumanInputFormSubmissionData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_run_id = self.workflow_run_id

        submitted = self.submitted

        type_ = self.type_

        form_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form_definition, Unset):
            form_definition = self.form_definition.to_dict()

        form_submission_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form_submission_data, Unset):
            form_submission_data = self.form_submission_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if form_definition is not UNSET:
            field_dict["form_definition"] = form_definition
        if form_submission_data is not UNSET:
            field_dict["form_submission_data"] = form_submission_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.human_input_form_definition import HumanInputFormDefinition
        from ..models.human_input_form_submission_data import (
            HumanInputFormSubmissionData,
        )

        d = dict(src_dict)
        workflow_run_id = d.pop("workflow_run_id", UNSET)

        submitted = d.pop("submitted", UNSET)

        type_ = d.pop("type", UNSET)

        _form_definition = d.pop("form_definition", UNSET)
        form_definition: HumanInputFormDefinition | Unset
        if isinstance(_form_definition, Unset):
            form_definition = UNSET
        else:
            form_definition = HumanInputFormDefinition.from_dict(_form_definition)

        _form_submission_data = d.pop("form_submission_data", UNSET)
        form_submission_data: HumanInputFormSubmissionData | Unset
        if isinstance(_form_submission_data, Unset):
            form_submission_data = UNSET
        else:
            form_submission_data = HumanInputFormSubmissionData.from_dict(
                _form_submission_data
            )

        human_input_content = cls(
            workflow_run_id=workflow_run_id,
            submitted=submitted,
            type_=type_,
            form_definition=form_definition,
            form_submission_data=form_submission_data,
        )

        human_input_content.additional_properties = d
        return human_input_content

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
