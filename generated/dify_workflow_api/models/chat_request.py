# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_response_mode import ChatRequestResponseMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_request_files_item import ChatRequestFilesItem
    from ..models.chat_request_inputs import ChatRequestInputs


T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest:
    """
    Attributes:
        query (str): The user's message.
        inputs (ChatRequestInputs): Values for the app's input variables, keyed by variable name. The expected names and
            types come from the `user_input_form` field of [Get App Parameters](/en/api-reference/applications/get-app-
            parameters).
        user (str): End-user identifier, defined by your app and unique within it. Conversations, messages, and files
            are visible only to requests carrying the same `user`. See [End User Identity](/en/api-reference/guides/end-
            user-identity).
        response_mode (ChatRequestResponseMode | Unset): Mode of response return. Defaults to blocking when omitted.

            - `streaming` (recommended): the reply arrives as Server-Sent Events.
            - `blocking`: returns once generation completes. Long generations risk interruption: on Dify Cloud, the edge
            proxy may end the connection if the response doesn't arrive within its timeout.
            - Agent and New Agent apps support `streaming` only; a `blocking` request fails with 400.
        conversation_id (str | Unset): ID of the conversation to continue. Omit it or pass an empty string to start a
            new conversation; the response returns a `conversation_id` to send with the next message. To resume an earlier
            conversation, get its ID from [List Conversations](/en/api-reference/conversations/list-conversations).
        files (list[ChatRequestFilesItem] | Unset): Files to attach to the message. For a local file, first upload it
            via [Upload File](/en/api-reference/files/upload-file), then reference the returned `id` as `upload_file_id`
            with `transfer_method: local_file`. New Agent apps accept file references but do not process their contents.
        auto_generate_name (bool | Unset): Auto-generate conversation title. If `false`, use the [Rename
            Conversation](/en/api-reference/conversations/rename-conversation) API with `auto_generate: true` for async
            title generation. Default: True.
        workflow_id (str | Unset): Chatflow apps only. Specify a published workflow version ID to execute. If not
            provided, the latest published version is used. On Dify Cloud, pinning a version requires a paid plan.
    """

    query: str
    inputs: ChatRequestInputs
    user: str
    response_mode: ChatRequestResponseMode | Unset = UNSET
    conversation_id: str | Unset = UNSET
    files: list[ChatRequestFilesItem] | Unset = UNSET
    auto_generate_name: bool | Unset = True
    workflow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        inputs = self.inputs.to_dict()

        user = self.user

        response_mode: str | Unset = UNSET
        if not isinstance(self.response_mode, Unset):
            response_mode = self.response_mode.value

        conversation_id = self.conversation_id

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        auto_generate_name = self.auto_generate_name

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "inputs": inputs,
                "user": user,
            }
        )
        if response_mode is not UNSET:
            field_dict["response_mode"] = response_mode
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if files is not UNSET:
            field_dict["files"] = files
        if auto_generate_name is not UNSET:
            field_dict["auto_generate_name"] = auto_generate_name
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_request_files_item import ChatRequestFilesItem
        from ..models.chat_request_inputs import ChatRequestInputs

        d = dict(src_dict)
        query = d.pop("query")

        inputs = ChatRequestInputs.from_dict(d.pop("inputs"))

        user = d.pop("user")

        _response_mode = d.pop("response_mode", UNSET)
        response_mode: ChatRequestResponseMode | Unset
        if isinstance(_response_mode, Unset):
            response_mode = UNSET
        else:
            response_mode = ChatRequestResponseMode(_response_mode)

        conversation_id = d.pop("conversation_id", UNSET)

        _files = d.pop("files", UNSET)
        files: list[ChatRequestFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ChatRequestFilesItem.from_dict(files_item_data)

                files.append(files_item)

        auto_generate_name = d.pop("auto_generate_name", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        chat_request = cls(
            query=query,
            inputs=inputs,
            user=user,
            response_mode=response_mode,
            conversation_id=conversation_id,
            files=files,
            auto_generate_name=auto_generate_name,
            workflow_id=workflow_id,
        )

        chat_request.additional_properties = d
        return chat_request

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
