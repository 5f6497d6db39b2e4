"""What a Chatflow app keeps besides its runs: conversations (with their variables and
messages), feedback and annotations, as Dify 1.15.0 answers for them (recordings 102-134).
No I/O; `FakeDify` routes the chat API's requests here and the engine plays the turns."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._wire import Reply, _error, _json

__all__ = ["ChatState", "ChatTurn", "Conversation"]

ZERO_ID = "00000000-0000-0000-0000-000000000000"
USAGE = {
    "prompt_tokens": 0,
    "prompt_unit_price": "0.0",
    "prompt_price_unit": "0.0",
    "prompt_price": "0.0",
    "completion_tokens": 0,
    "completion_unit_price": "0.0",
    "completion_price_unit": "0.0",
    "completion_price": "0.0",
    "total_tokens": 0,
    "total_price": "0.0",
    "currency": "USD",
    "latency": 0.0,
    "time_to_first_token": 0.0,
    "time_to_generate": 0.0,
}


@dataclass
class Conversation:
    id: str
    user: str
    name: str
    inputs: dict[str, Any]
    introduction: str
    created_at: int
    updated_at: int
    # name -> {"id", "name", "value_type", "value", "description", "created_at", "updated_at"}
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)

    def item(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "inputs": dict(self.inputs),
            "status": "normal",
            "introduction": self.introduction,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass
class ChatTurn:
    """The chat side of one run: which conversation and message it answers, and the
    answer as it was streamed."""

    conversation: Conversation
    message_id: str
    query: str
    dialogue_count: int
    cursor: dict[str, int] = field(default_factory=dict)  # Answer node -> template pieces sent
    answers: dict[str, str] = field(default_factory=dict)  # Answer node -> its whole text
    streamed: list[dict[str, Any]] = field(default_factory=list)  # the `message` events sent
    message: dict[str, Any] = field(default_factory=dict)  # the stored message


class ChatState:
    """The conversations, feedback and annotations of one Chatflow app."""

    def __init__(self, conversation_variables: tuple[Mapping[str, Any], ...], introduction: str) -> None:
        self._declared = conversation_variables
        self._introduction = introduction
        self.conversations: dict[str, Conversation] = {}
        self.feedbacks: list[dict[str, Any]] = []
        self.annotations: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def turn(self, user: str, query: str, inputs: dict[str, Any], conversation_id: str | None) -> ChatTurn:
        """The turn of a new message: in the user's conversation `conversation_id`, or in a
        new one when there is none such (Dify starts one instead of refusing: 119, 127)."""
        now = int(time.time())
        with self._lock:
            found = self.conversations.get(conversation_id or "")
            if found is None or found.user != user:
                found = Conversation(
                    id=str(uuid.uuid4()),
                    user=user,
                    name=query[:40],
                    inputs=dict(inputs),
                    introduction=self._introduction,
                    created_at=now,
                    updated_at=now,
                    variables={
                        str(v.get("name")): {
                            "id": str(v.get("id") or uuid.uuid4()),
                            "name": str(v.get("name")),
                            "value_type": str(v.get("value_type", "string")),
                            "value": v.get("value", ""),
                            "description": str(v.get("description") or ""),
                            "created_at": now,
                            "updated_at": now,
                        }
                        for v in self._declared
                    },
                )
                self.conversations[found.id] = found
            message_id = str(uuid.uuid4())
            turn = ChatTurn(found, message_id, query, dialogue_count=len(found.messages) + 1)
            turn.message = {
                "id": message_id,
                "conversation_id": found.id,
                "parent_message_id": ZERO_ID,
                "inputs": dict(found.inputs),
                "query": query,
                "answer": "",
                "feedback": None,
                "retriever_resources": [],
                "created_at": now,
                "agent_thoughts": [],
                "message_files": [],
                "status": "normal",
                "error": None,
                "extra_contents": [],
            }
            found.messages.append(turn.message)
            found.updated_at = now
        return turn

    # -- the chat API's reads and writes ----------------------------------------------------

    def _conversation(self, conversation_id: str, user: str | None) -> Conversation | None:
        found = self.conversations.get(conversation_id)
        if found is None or (user is not None and found.user != user):
            return None
        return found

    def list_conversations(self, query: Mapping[str, str]) -> Reply:
        user = query.get("user")
        limit = _int(query.get("limit"), 20)
        order = query.get("sort_by", "-updated_at")
        key = order.lstrip("-") if order.lstrip("-") in ("created_at", "updated_at") else "updated_at"
        mine = [c for c in self.conversations.values() if user is None or c.user == user]
        mine.sort(key=lambda c: getattr(c, key), reverse=order.startswith("-"))
        last = query.get("last_id")
        if last:
            ids = [c.id for c in mine]
            if last not in ids:
                return _error(404, "not_found", "Last Conversation Not Exists.")
            mine = mine[ids.index(last) + 1 :]
        page = mine[:limit]
        return _json(200, {"limit": limit, "has_more": len(mine) > limit, "data": [c.item() for c in page]})

    def list_messages(self, query: Mapping[str, str]) -> Reply:
        found = self._conversation(query.get("conversation_id", ""), query.get("user"))
        if found is None:
            return _error(
                404,
                "not_found",
                "Conversation Not Exists. You have requested this URI [/v1/messages] but did you mean "
                "/v1/messages or /v1/chat-messages or /api/messages ?",
            )
        limit = _int(query.get("limit"), 20)
        messages = list(found.messages)
        first = query.get("first_id")
        if first:
            ids = [m["id"] for m in messages]
            if first not in ids:
                return _error(404, "not_found", "First Message Not Exists.")
            messages = messages[: ids.index(first)]
        # The newest `limit`, oldest first within the page (recording 108).
        page = messages[-limit:]
        return _json(
            200, {"limit": limit, "has_more": len(messages) > limit, "data": [dict(m) for m in page]}
        )

    def variables(self, conversation_id: str, query: Mapping[str, str]) -> Reply:
        found = self._conversation(conversation_id, query.get("user"))
        if found is None:
            return _error(404, "not_found", "Conversation Not Exists.")
        limit = _int(query.get("limit"), 20)
        items = [dict(v) for v in found.variables.values()]
        name = query.get("variable_name")
        if name:
            items = [v for v in items if v["name"] == name]
        return _json(200, {"limit": limit, "has_more": len(items) > limit, "data": items[:limit]})

    def update_variable(self, conversation_id: str, variable_id: str, payload: Any) -> Reply:
        if not isinstance(payload, dict) or "value" not in payload:
            return _error(400, "invalid_param", "value is required")
        found = self._conversation(conversation_id, payload.get("user"))
        if found is None:
            return _error(404, "not_found", "Conversation Not Exists.")
        item = next((v for v in found.variables.values() if v["id"] == variable_id), None)
        if item is None:
            return _error(404, "not_found", "Conversation Variable Not Exists.")
        value = payload["value"]
        if item["value_type"] == "string" and not isinstance(value, str):
            return _error(400, "bad_request", f"Type mismatch: variable '{item['name']}' expects string")
        item.update(value=value, updated_at=int(time.time()))
        return _json(200, dict(item))

    def rename(self, conversation_id: str, payload: Any) -> Reply:
        payload = payload if isinstance(payload, dict) else {}
        found = self._conversation(conversation_id, payload.get("user"))
        if found is None:
            return _error(404, "not_found", "Conversation Not Exists.")
        if payload.get("auto_generate"):
            first = found.messages[0]["query"] if found.messages else ""
            found.name = first[:40]
        else:
            name = payload.get("name")
            if not isinstance(name, str) or not name:
                return _error(400, "invalid_param", "name is required when auto_generate is false")
            found.name = name
        found.updated_at = int(time.time())
        return _json(200, found.item())

    def delete(self, conversation_id: str, payload: Any) -> Reply:
        user = payload.get("user") if isinstance(payload, dict) else None
        found = self._conversation(conversation_id, user)
        if found is None:
            return _error(404, "not_found", "Conversation Not Exists.")
        with self._lock:
            del self.conversations[conversation_id]
        # 204 with a JSON content type and no body (recording 125).
        return Reply(204, [("Content-Type", "application/json")], b"")

    def message(self, message_id: str) -> tuple[Conversation, dict[str, Any]] | None:
        for conversation in list(self.conversations.values()):
            for message in conversation.messages:
                if message["id"] == message_id:
                    return conversation, message
        return None

    def feedback(self, message_id: str, payload: Any, app_id: str) -> Reply:
        payload = payload if isinstance(payload, dict) else {}
        found = self.message(message_id)
        if found is None or found[0].user != payload.get("user"):
            return _error(404, "not_found", "Message Not Exists.")
        conversation, message = found
        rating = payload.get("rating")
        now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        with self._lock:
            self.feedbacks = [f for f in self.feedbacks if f["message_id"] != message_id]
            if rating is not None:
                self.feedbacks.insert(
                    0,
                    {
                        "id": str(uuid.uuid4()),
                        "app_id": app_id,
                        "conversation_id": conversation.id,
                        "message_id": message_id,
                        "rating": rating,
                        "content": payload.get("content"),
                        "from_source": "user",
                        "from_end_user_id": str(uuid.uuid5(uuid.NAMESPACE_URL, conversation.user)),
                        "from_account_id": None,
                        "created_at": now,
                        "updated_at": now,
                    },
                )
        message["feedback"] = None if rating is None else {"rating": rating}
        return _json(200, {"result": "success"})

    def list_feedbacks(self, query: Mapping[str, str]) -> Reply:
        limit, page = _int(query.get("limit"), 20), _int(query.get("page"), 1)
        return _json(200, {"data": [dict(f) for f in self.feedbacks[(page - 1) * limit : page * limit]]})

    def list_annotations(self, query: Mapping[str, str]) -> Reply:
        limit, page = _int(query.get("limit"), 20), _int(query.get("page"), 1)
        keyword = query.get("keyword") or ""
        found = [a for a in self.annotations if keyword in a["question"] or keyword in a["answer"]]
        items = found[(page - 1) * limit : page * limit]
        body = {
            "data": items,
            "has_more": len(found) > page * limit,
            "limit": limit,
            "total": len(found),
            "page": page,
        }
        return _json(200, body)

    def create_annotation(self, payload: Any) -> Reply:
        if not isinstance(payload, dict) or not all(
            isinstance(payload.get(k), str) for k in ("question", "answer")
        ):
            return _error(400, "invalid_param", "question and answer are required")
        item = {
            "id": str(uuid.uuid4()),
            "question": payload["question"],
            "answer": payload["answer"],
            "hit_count": 0,
            "created_at": int(time.time()),
        }
        self.annotations.insert(0, item)
        return _json(201, dict(item))

    def update_annotation(self, annotation_id: str, payload: Any) -> Reply:
        item = next((a for a in self.annotations if a["id"] == annotation_id), None)
        if item is None:
            return _error(404, "not_found", "Annotation not found.")
        if not isinstance(payload, dict) or not all(
            isinstance(payload.get(k), str) for k in ("question", "answer")
        ):
            return _error(400, "invalid_param", "question and answer are required")
        item.update(question=payload["question"], answer=payload["answer"])
        return _json(200, dict(item))

    def delete_annotation(self, annotation_id: str) -> Reply:
        before = len(self.annotations)
        self.annotations = [a for a in self.annotations if a["id"] != annotation_id]
        if len(self.annotations) == before:
            return _error(404, "not_found", "Annotation not found.")
        return Reply(204, [("Content-Type", "application/json")], b"")


def _int(text: str | None, default: int) -> int:
    try:
        return max(int(text or default), 1)
    except ValueError:
        return default
