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
    from ..models.agent_thought_item import AgentThoughtItem
    from ..models.conversation_message_item_feedback_type_0 import (
        ConversationMessageItemFeedbackType0,
    )
    from ..models.conversation_message_item_inputs import ConversationMessageItemInputs
    from ..models.human_input_content import HumanInputContent
    from ..models.message_file_item import MessageFileItem
    from ..models.retriever_resource import RetrieverResource


T = TypeVar("T", bound="ConversationMessageItem")


@_attrs_define
class ConversationMessageItem:
    """
    Attributes:
        id (UUID): Message ID.
        conversation_id (UUID): Conversation ID.
        inputs (ConversationMessageItemInputs): Input variables for this message.
        query (str): User query text.
        answer (str): Assistant answer text.
        status (str): Message status. `normal` for successful messages, `error` when generation failed.
        message_files (list[MessageFileItem]): Files attached to this message.
        retriever_resources (list[RetrieverResource]): Retriever resources used for this message.
        agent_thoughts (list[AgentThoughtItem]): Agent thoughts for this message.
        created_at (int): Creation timestamp (Unix epoch seconds).
        parent_message_id (None | Unset | UUID): Parent message ID for threaded conversations.
        error (None | str | Unset): Error message if `status` is `error`.
        feedback (ConversationMessageItemFeedbackType0 | None | Unset): User feedback for this message.
        extra_contents (list[HumanInputContent] | Unset): Additional execution content associated with this message,
            such as human input form data from Human Input nodes in Chatflow workflows.
        message_tokens (int | Unset): Number of tokens in the input message.
        answer_tokens (int | Unset): Number of tokens in the generated answer.
        total_tokens (int | Unset): Total tokens used, the sum of `message_tokens` and `answer_tokens`.
        provider_response_latency (float | Unset): Model provider response latency in seconds.
        total_price (None | str | Unset): Total price for the tokens used, or `null` when pricing is unavailable.
        currency (None | str | Unset): Currency for `total_price` (for example, `USD`), or `null` when pricing is
            unavailable.
    """

    id: UUID
    conversation_id: UUID
    inputs: ConversationMessageItemInputs
    query: str
    answer: str
    status: str
    message_files: list[MessageFileItem]
    retriever_resources: list[RetrieverResource]
    agent_thoughts: list[AgentThoughtItem]
    created_at: int
    parent_message_id: None | Unset | UUID = UNSET
    error: None | str | Unset = UNSET
    feedback: ConversationMessageItemFeedbackType0 | None | Unset = UNSET
    extra_contents: list[HumanInputContent] | Unset = UNSET
    message_tokens: int | Unset = UNSET
    answer_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    provider_response_latency: float | Unset = UNSET
    total_price: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_message_item_feedback_type_0 import (
            ConversationMessageItemFeedbackType0,
        )

        id = str(self.id)

        conversation_id = str(self.conversation_id)

        inputs = self.inputs.to_dict()

        query = self.query

        answer = self.answer

        status = self.status

        message_files = []
        for message_files_item_data in self.message_files:
            message_files_item = message_files_item_data.to_dict()
            message_files.append(message_files_item)

        retriever_resources = []
        for retriever_resources_item_data in self.retriever_resources:
            retriever_resources_item = retriever_resources_item_data.to_dict()
            retriever_resources.append(retriever_resources_item)

        agent_thoughts = []
        for agent_thoughts_item_data in self.agent_thoughts:
            agent_thoughts_item = agent_thoughts_item_data.to_dict()
            agent_thoughts.append(agent_thoughts_item)

        created_at = self.created_at

        parent_message_id: None | str | Unset
        if isinstance(self.parent_message_id, Unset):
            parent_message_id = UNSET
        elif isinstance(self.parent_message_id, UUID):
            parent_message_id = str(self.parent_message_id)
        else:
            parent_message_id = self.parent_message_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        feedback: dict[str, Any] | None | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        elif isinstance(self.feedback, ConversationMessageItemFeedbackType0):
            feedback = self.feedback.to_dict()
        else:
            feedback = self.feedback

        extra_contents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_contents, Unset):
            extra_contents = []
            for extra_contents_item_data in self.extra_contents:
                extra_contents_item = extra_contents_item_data.to_dict()
                extra_contents.append(extra_contents_item)

        message_tokens = self.message_tokens

        answer_tokens = self.answer_tokens

        total_tokens = self.total_tokens

        provider_response_latency = self.provider_response_latency

        total_price: None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversation_id": conversation_id,
                "inputs": inputs,
                "query": query,
                "answer": answer,
                "status": status,
                "message_files": message_files,
                "retriever_resources": retriever_resources,
                "agent_thoughts": agent_thoughts,
                "created_at": created_at,
            }
        )
        if parent_message_id is not UNSET:
            field_dict["parent_message_id"] = parent_message_id
        if error is not UNSET:
            field_dict["error"] = error
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if extra_contents is not UNSET:
            field_dict["extra_contents"] = extra_contents
        if message_tokens is not UNSET:
            field_dict["message_tokens"] = message_tokens
        if answer_tokens is not UNSET:
            field_dict["answer_tokens"] = answer_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if provider_response_latency is not UNSET:
            field_dict["provider_response_latency"] = provider_response_latency
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_thought_item import AgentThoughtItem
        from ..models.conversation_message_item_feedback_type_0 import (
            ConversationMessageItemFeedbackType0,
        )
        from ..models.conversation_message_item_inputs import (
            ConversationMessageItemInputs,
        )
        from ..models.human_input_content import HumanInputContent
        from ..models.message_file_item import MessageFileItem
        from ..models.retriever_resource import RetrieverResource

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        conversation_id = UUID(d.pop("conversation_id"))

        inputs = ConversationMessageItemInputs.from_dict(d.pop("inputs"))

        query = d.pop("query")

        answer = d.pop("answer")

        status = d.pop("status")

        message_files = []
        _message_files = d.pop("message_files")
        for message_files_item_data in _message_files:
            message_files_item = MessageFileItem.from_dict(message_files_item_data)

            message_files.append(message_files_item)

        retriever_resources = []
        _retriever_resources = d.pop("retriever_resources")
        for retriever_resources_item_data in _retriever_resources:
            retriever_resources_item = RetrieverResource.from_dict(
                retriever_resources_item_data
            )

            retriever_resources.append(retriever_resources_item)

        agent_thoughts = []
        _agent_thoughts = d.pop("agent_thoughts")
        for agent_thoughts_item_data in _agent_thoughts:
            agent_thoughts_item = AgentThoughtItem.from_dict(agent_thoughts_item_data)

            agent_thoughts.append(agent_thoughts_item)

        created_at = d.pop("created_at")

        def _parse_parent_message_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_message_id_type_0 = UUID(data)

                return parent_message_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_message_id = _parse_parent_message_id(d.pop("parent_message_id", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_feedback(
            data: object,
        ) -> ConversationMessageItemFeedbackType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_0 = ConversationMessageItemFeedbackType0.from_dict(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationMessageItemFeedbackType0 | None | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        _extra_contents = d.pop("extra_contents", UNSET)
        extra_contents: list[HumanInputContent] | Unset = UNSET
        if _extra_contents is not UNSET:
            extra_contents = []
            for extra_contents_item_data in _extra_contents:
                extra_contents_item = HumanInputContent.from_dict(
                    extra_contents_item_data
                )

                extra_contents.append(extra_contents_item)

        message_tokens = d.pop("message_tokens", UNSET)

        answer_tokens = d.pop("answer_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        provider_response_latency = d.pop("provider_response_latency", UNSET)

        def _parse_total_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_price = _parse_total_price(d.pop("total_price", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        conversation_message_item = cls(
            id=id,
            conversation_id=conversation_id,
            inputs=inputs,
            query=query,
            answer=answer,
            status=status,
            message_files=message_files,
            retriever_resources=retriever_resources,
            agent_thoughts=agent_thoughts,
            created_at=created_at,
            parent_message_id=parent_message_id,
            error=error,
            feedback=feedback,
            extra_contents=extra_contents,
            message_tokens=message_tokens,
            answer_tokens=answer_tokens,
            total_tokens=total_tokens,
            provider_response_latency=provider_response_latency,
            total_price=total_price,
            currency=currency,
        )

        conversation_message_item.additional_properties = d
        return conversation_message_item

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
