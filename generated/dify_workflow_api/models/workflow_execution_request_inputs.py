# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.input_file_object_type_0 import InputFileObjectType0
    from ..models.input_file_object_type_1 import InputFileObjectType1
    from ..models.workflow_execution_request_inputs_additional_property_type_3 import (
        WorkflowExecutionRequestInputsAdditionalPropertyType3,
    )


T = TypeVar("T", bound="WorkflowExecutionRequestInputs")


@_attrs_define
class WorkflowExecutionRequestInputs:
    """Key-value pairs for workflow input variables. Discover the variable names and types your app expects from the
    `user_input_form` field of [Get App Parameters](/en/api-reference/applications/get-app-parameters).

    File-type variables take an array of file objects with `type`, `transfer_method`, and either `url` or
    `upload_file_id`.

    """

    additional_properties: dict[
        str,
        bool
        | float
        | list[InputFileObjectType0 | InputFileObjectType1]
        | str
        | WorkflowExecutionRequestInputsAdditionalPropertyType3,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_file_object_type_0 import InputFileObjectType0
        from ..models.workflow_execution_request_inputs_additional_property_type_3 import (
            WorkflowExecutionRequestInputsAdditionalPropertyType3,
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, WorkflowExecutionRequestInputsAdditionalPropertyType3):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_4_item_data in prop:
                    additional_property_type_4_item: dict[str, Any]
                    if isinstance(
                        additional_property_type_4_item_data, InputFileObjectType0
                    ):
                        additional_property_type_4_item = (
                            additional_property_type_4_item_data.to_dict()
                        )
                    else:
                        additional_property_type_4_item = (
                            additional_property_type_4_item_data.to_dict()
                        )

                    field_dict[prop_name].append(additional_property_type_4_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_file_object_type_0 import InputFileObjectType0
        from ..models.input_file_object_type_1 import InputFileObjectType1
        from ..models.workflow_execution_request_inputs_additional_property_type_3 import (
            WorkflowExecutionRequestInputsAdditionalPropertyType3,
        )

        d = dict(src_dict)
        workflow_execution_request_inputs = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                bool
                | float
                | list[InputFileObjectType0 | InputFileObjectType1]
                | str
                | WorkflowExecutionRequestInputsAdditionalPropertyType3
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = (
                        WorkflowExecutionRequestInputsAdditionalPropertyType3.from_dict(
                            data
                        )
                    )

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_4 = []
                    _additional_property_type_4 = data
                    for (
                        additional_property_type_4_item_data
                    ) in _additional_property_type_4:

                        def _parse_additional_property_type_4_item(
                            data: object,
                        ) -> InputFileObjectType0 | InputFileObjectType1:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_input_file_object_type_0 = (
                                    InputFileObjectType0.from_dict(data)
                                )

                                return componentsschemas_input_file_object_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_file_object_type_1 = (
                                InputFileObjectType1.from_dict(data)
                            )

                            return componentsschemas_input_file_object_type_1

                        additional_property_type_4_item = (
                            _parse_additional_property_type_4_item(
                                additional_property_type_4_item_data
                            )
                        )

                        additional_property_type_4.append(
                            additional_property_type_4_item
                        )

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool
                    | float
                    | list[InputFileObjectType0 | InputFileObjectType1]
                    | str
                    | WorkflowExecutionRequestInputsAdditionalPropertyType3,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        workflow_execution_request_inputs.additional_properties = additional_properties
        return workflow_execution_request_inputs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | float
        | list[InputFileObjectType0 | InputFileObjectType1]
        | str
        | WorkflowExecutionRequestInputsAdditionalPropertyType3
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | float
        | list[InputFileObjectType0 | InputFileObjectType1]
        | str
        | WorkflowExecutionRequestInputsAdditionalPropertyType3,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
