# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_execution_request_response_mode import (
    WorkflowExecutionRequestResponseMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_object_type_0 import InputFileObjectType0
    from ..models.input_file_object_type_1 import InputFileObjectType1
    from ..models.workflow_execution_request_inputs import (
        WorkflowExecutionRequestInputs,
    )


T = TypeVar("T", bound="WorkflowExecutionRequest")


@_attrs_define
class WorkflowExecutionRequest:
    """
    Attributes:
        inputs (WorkflowExecutionRequestInputs): Key-value pairs for workflow input variables. Discover the variable
            names and types your app expects from the `user_input_form` field of [Get App Parameters](/en/api-
            reference/applications/get-app-parameters).

            File-type variables take an array of file objects with `type`, `transfer_method`, and either `url` or
            `upload_file_id`.
        user (str): End-user identifier, defined by your app and unique within it. Scopes data access: a workflow run
            and its files are only visible to later requests that carry the same `user`. See [End User Identity](/en/api-
            reference/guides/end-user-identity).
        response_mode (WorkflowExecutionRequestResponseMode | Unset): Response mode. Use `blocking` for synchronous
            responses (Cloudflare timeout is `100 s`), or `streaming` for Server-Sent Events. When omitted, defaults to
            blocking behavior.
        files (list[InputFileObjectType0 | InputFileObjectType1] | None | Unset): File list. Suitable when files need to
            be combined with text for input, available only when the model supports Vision capability. To attach a local
            file, first upload it via [Upload File](/en/api-reference/files/upload-file) and use the returned `id` as
            `upload_file_id` with `transfer_method: local_file`.
    """

    inputs: WorkflowExecutionRequestInputs
    user: str
    response_mode: WorkflowExecutionRequestResponseMode | Unset = UNSET
    files: list[InputFileObjectType0 | InputFileObjectType1] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_file_object_type_0 import InputFileObjectType0

        inputs = self.inputs.to_dict()

        user = self.user

        response_mode: str | Unset = UNSET
        if not isinstance(self.response_mode, Unset):
            response_mode = self.response_mode.value

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item: dict[str, Any]
                if isinstance(files_type_0_item_data, InputFileObjectType0):
                    files_type_0_item = files_type_0_item_data.to_dict()
                else:
                    files_type_0_item = files_type_0_item_data.to_dict()

                files.append(files_type_0_item)

        else:
            files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
                "user": user,
            }
        )
        if response_mode is not UNSET:
            field_dict["response_mode"] = response_mode
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_file_object_type_0 import InputFileObjectType0
        from ..models.input_file_object_type_1 import InputFileObjectType1
        from ..models.workflow_execution_request_inputs import (
            WorkflowExecutionRequestInputs,
        )

        d = dict(src_dict)
        inputs = WorkflowExecutionRequestInputs.from_dict(d.pop("inputs"))

        user = d.pop("user")

        _response_mode = d.pop("response_mode", UNSET)
        response_mode: WorkflowExecutionRequestResponseMode | Unset
        if isinstance(_response_mode, Unset):
            response_mode = UNSET
        else:
            response_mode = WorkflowExecutionRequestResponseMode(_response_mode)

        def _parse_files(
            data: object,
        ) -> list[InputFileObjectType0 | InputFileObjectType1] | None | Unset:
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

                    def _parse_files_type_0_item(
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

                    files_type_0_item = _parse_files_type_0_item(files_type_0_item_data)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[InputFileObjectType0 | InputFileObjectType1] | None | Unset, data
            )

        files = _parse_files(d.pop("files", UNSET))

        workflow_execution_request = cls(
            inputs=inputs,
            user=user,
            response_mode=response_mode,
            files=files,
        )

        workflow_execution_request.additional_properties = d
        return workflow_execution_request

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
