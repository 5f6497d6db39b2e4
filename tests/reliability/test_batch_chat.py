"""Batches of a chat app (a Chatflow) through the CLI as a user runs them: each row a
message, answers in the results, and a batch killed mid-way resumes without a second
message for any row (a message bills and adds a turn: it is found, never re-sent)."""

from __future__ import annotations

import json
import signal
import time
from collections import Counter
from pathlib import Path

from dify_workflow import ChatClient
from dify_workflow.testing import FakeDify, server
from tests._support import KEY
from tests.contract.test_stand_in_chat import chatflow
from tests.reliability.test_batch_busy import settled, start_batch


def messages_sent(fake: FakeDify) -> Counter[str]:
    return Counter(
        r[3]["query"] for r in fake.requests if r[1] == "/chat-messages" and isinstance(r[3], dict)
    )


def test_a_chat_batch_answers_each_row_and_continues_named_conversations(tmp_path: Path) -> None:
    fake = chatflow(0.01)
    with server(fake) as srv, ChatClient(api_key=KEY, base_url=srv.url) as client:
        first = client.send_message("opening", user="b")
        rows = [
            {"query": "fresh", "seconds": "1"},
            {"query": "continued", "conversation_id": first.conversation_id},
        ]
        rows.append({"seconds": "1"})  # no message: the row fails, nothing is sent for it
        with client.run_batch(rows, user="b", concurrency=2, journal=tmp_path / "chat.db") as batch:
            results = sorted(batch, key=lambda r: r.index)
    assert [r.status for r in results] == ["succeeded", "succeeded", "failed"]
    assert (
        results[0].answer == "echo: fresh (before: )" and results[0].conversation_id != first.conversation_id
    )
    assert results[1].answer == "echo: continued (before: opening)"
    assert results[1].conversation_id == first.conversation_id
    assert results[2].error == "a chat batch's row needs a `query` column: the message to send"
    assert messages_sent(fake) == {"opening": 1, "fresh": 1, "continued": 1}


def test_a_killed_chat_batch_of_200_rows_resumes_without_a_second_message(tmp_path: Path) -> None:
    fake = chatflow(0.02)
    (tmp_path / "rows.jsonl").write_text(
        "".join(json.dumps({"query": f"question {i}", "seconds": "5"}) + "\n" for i in range(200))
    )  # 5 s answers last 0.1 s
    with server(fake) as dify:
        proc = start_batch(dify.url, "rows.jsonl", "--user", "b", "--concurrency", "16", cwd=tmp_path)
        deadline = time.monotonic() + 30
        while len(fake.runs) < 60 and time.monotonic() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
        settled(fake)
        killed_with = sum(messages_sent(fake).values())
        assert 0 < killed_with < 200
        resumed = start_batch(
            dify.url, "rows.jsonl", "--user", "b", "--concurrency", "16", "--resume",
            "--reconcile-timeout", "5", cwd=tmp_path,
        )  # fmt: skip
        _, err = resumed.communicate(timeout=180)
    sent = messages_sent(fake)
    assert max(sent.values()) == 1, f"a row was sent twice: {[q for q, c in sent.items() if c > 1]}"
    results = [json.loads(line) for line in (tmp_path / "rows.jsonl.results.jsonl").read_text().splitlines()]
    assert [r["row"] for r in results] == list(range(1, 201)), "one line per row, in input order"
    never_arrived = {f"question {i}" for i in range(200)} - set(sent)
    for result in results:
        query = result["inputs"]["query"]
        if query in never_arrived:
            # The kill came between journaling the row and its request reaching the server.
            assert result["status"] == "unknown", result
        else:
            assert result["status"] == "succeeded", result
            assert result["outputs"]["answer"] == f"echo: {query} (before: )"
            assert result["outputs"]["conversation_id"] and result["outputs"]["message_id"]
    assert resumed.returncode == (1 if never_arrived else 0), err
    assert len(never_arrived) <= 16, "only rows in flight at the kill can be in doubt"
