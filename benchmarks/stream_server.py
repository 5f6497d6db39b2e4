"""The loopback server of the stream and upload benchmarks (its own process; prints its port).

POST /v1/workflows/run      inputs.events = N: a stream of N recorded-shape events
                            (node_started / node_finished / text_chunk, a ping every
                            10th), then workflow_finished; inputs.hold = 1: the first
                            events, then nothing until a stop for its task arrives, then
                            (250 ms later) the aborting workflow_finished
POST /v1/workflows/tasks/{task}/stop   success, and ends a held run
POST /v1/files/upload       reads and counts the body, answers 201
POST /v1/text-to-audio      inputs: {"text": "<bytes>"}: that many bytes of audio/mpeg
POST /v1/workflows/run      inputs.sleep = S: a first event, S seconds of silence, then
                            workflow_finished (a run that holds its connection)
POST /v1/chat-messages      inputs.events = N: a Chatflow's stream of N recorded-shape
                            events (node events and `message` pieces, with the chat's ids,
                            a ping every 10th), then message_end and workflow_finished
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import sys
import threading
import time
import uuid

RUN = "97a3617c-16ff-48c7-b90e-adc5e40cca23"
HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
)
PING = b"event: ping\n\n"
_held: dict[str, threading.Event] = {}
_cache: dict[int, list[bytes]] = {}


def _event(kind: str, task: str, index: int) -> bytes:
    node = {
        "id": str(uuid.UUID(int=index)),
        "node_id": f"node_{index % 7}",
        "node_type": "llm",
        "title": f"Step {index % 7}",
        "index": index,
        "predecessor_node_id": None,
        "created_at": 1795289543,
        "extras": {},
        "iteration_id": None,
        "loop_id": None,
    }
    if kind == "node_started":
        data: dict[str, object] = {**node, "inputs": None, "inputs_truncated": False, "agent_strategy": None}
    elif kind == "node_finished":
        data = {
            **node,
            "inputs": {"query": "summarize the release notes"},
            "inputs_truncated": False,
            "process_data": {},
            "process_data_truncated": False,
            "outputs": {"text": "The release adds streaming, stop confirmation and resume."},
            "outputs_truncated": False,
            "status": "succeeded",
            "error": None,
            "elapsed_time": 0.4123,
            "execution_metadata": {"total_tokens": 120},
            "finished_at": 1795289544,
            "files": [],
        }
    else:
        data = {"text": "streamed words ", "from_variable_selector": ["llm", "text"]}
    event = {"event": kind, "workflow_run_id": RUN, "task_id": task, "data": data}
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


def events(count: int) -> list[bytes]:
    if count not in _cache:
        task = "00ead05b-3cab-46b7-bc78-fc4a7c5a08fc"
        kinds = ("node_started", "text_chunk", "text_chunk", "node_finished")
        frames = [PING]
        for i in range(count):
            frames.append(_event(kinds[i % 4], task, i))
            if i % 10 == 9:
                frames.append(PING)
        _cache[count] = frames
    return _cache[count]


CONVERSATION = "2f30709f-d9f7-401e-a66a-f918149b3d37"
MESSAGE = "dba84ae7-df55-427f-b718-65d5c37b1b3a"
_chat_cache: dict[int, list[bytes]] = {}


def chat_events(count: int) -> list[bytes]:
    """A Chatflow's stream (recording 102's shapes): node events carry the chat's ids too,
    `message` pieces carry no run id and no `data`."""
    if count not in _chat_cache:
        task = "5a884f28-3a16-42ee-a999-21adaf48cfb4"
        ids = {"conversation_id": CONVERSATION, "message_id": MESSAGE, "created_at": 1796521664}
        frames = [PING]
        kinds = ("node_started", "message", "message", "node_finished")
        for i in range(count):
            kind = kinds[i % 4]
            if kind == "message":
                event: dict[str, object] = {
                    "event": "message",
                    **ids,
                    "task_id": task,
                    "id": MESSAGE,
                    "answer": "streamed words ",
                    "from_variable_selector": ["answer_node", "answer"],
                }
                frames.append(b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n")
            else:
                plain = json.loads(_event(kind, task, i)[6:])
                frames.append(
                    b"data: " + json.dumps({**plain, **ids}, separators=(",", ":")).encode() + b"\n\n"
                )
            if i % 10 == 9:
                frames.append(PING)
        end = {
            "event": "message_end",
            **ids,
            "task_id": task,
            "id": MESSAGE,
            "metadata": {"annotation_reply": None, "retriever_resources": [], "usage": {"total_tokens": 0}},
            "files": [],
        }
        frames.append(b"data: " + json.dumps(end, separators=(",", ":")).encode() + b"\n\n")
        last = json.loads(finished(task, "succeeded", None)[6:])
        frames.append(b"data: " + json.dumps({**last, **ids}, separators=(",", ":")).encode() + b"\n\n")
        _chat_cache[count] = frames
    return _chat_cache[count]


def finished(task: str, status: str, error: str | None) -> bytes:
    event = {
        "event": "workflow_finished",
        "workflow_run_id": RUN,
        "task_id": task,
        "data": {
            "id": RUN,
            "workflow_id": RUN,
            "status": status,
            "outputs": {},
            "error": error,
            "elapsed_time": 1.0,
            "total_tokens": 0,
            "total_steps": 3,
            "created_at": 1795289543,
            "finished_at": 1795289544,
            "exceptions_count": 0,
            "files": [],
        },
    }
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class Handler(socketserver.StreamRequestHandler):
    def setup(self) -> None:
        super().setup()
        # Frames go out as they are written, as from a production server: with Nagle on,
        # a small frame after another waits for the client's delayed ACK (~40 ms).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        # The client may close its stream early (the raw side of "time to task id").
        with contextlib.suppress(OSError):
            self._serve()

    def _serve(self) -> None:
        while True:
            line = self.rfile.readline()
            if not line.strip():
                return
            _, target, _ = line.decode().split(" ", 2)
            headers = {}
            while (header := self.rfile.readline()) not in (b"\r\n", b""):
                name, _, value = header.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = self._body(headers)
            path = target.split("?", 1)[0]
            if path.endswith("/files/upload"):
                answer = json.dumps(
                    {
                        "id": str(uuid.uuid4()),
                        "name": "big.bin",
                        "size": len(body) if isinstance(body, bytes) else body,
                        "extension": "bin",
                        "mime_type": "application/octet-stream",
                        "created_by": str(uuid.uuid4()),
                        "created_at": int(time.time()),
                        "source_url": "http://127.0.0.1/files/big.bin",
                    }
                ).encode()
                self.wfile.write(
                    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(answer)).encode()
                    + b"\r\n\r\n"
                    + answer
                )
            elif path.endswith("/stop"):
                task = path.split("/")[-2]
                if task in _held:
                    _held[task].set()
                answer = b'{"result":"success"}'
                self.wfile.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n"
                    + answer
                )
            elif path.endswith("/text-to-audio"):
                size = int(json.loads(body)["text"])
                self.wfile.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: "
                    + str(size).encode()
                    + b"\r\n\r\n"
                )
                block = b"\xff\xfb" * (1 << 19)
                for offset in range(0, size, len(block)):
                    self.wfile.write(block[: size - offset])
            elif path.endswith("/chat-messages"):
                self._chat(json.loads(body)["inputs"])
            else:
                self._run(json.loads(body)["inputs"])
            self.wfile.flush()

    def _body(self, headers: dict[str, str]) -> bytes | int:
        if headers.get("transfer-encoding") == "chunked":
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return total
                total += len(self.rfile.read(size))
                self.rfile.readline()
        length = int(headers.get("content-length", "0"))
        if length > 1 << 20:  # an upload: count it, keep nothing
            left = length
            while left:
                left -= len(self.rfile.read(min(left, 1 << 20)))
            return length
        return self.rfile.read(length)

    def _chat(self, inputs: dict[str, str]) -> None:
        out = self.wfile
        out.write(HEAD)
        batch: list[bytes] = []
        for frame in chat_events(int(inputs["events"])):  # Dify's framing: a chunk per event
            batch.append(chunk(frame))
            if len(batch) == 64:
                out.write(b"".join(batch))
                batch = []
        out.write(b"".join(batch))
        out.write(b"0\r\n\r\n")

    def _run(self, inputs: dict[str, str]) -> None:
        out = self.wfile
        out.write(HEAD)
        if inputs.get("sleep"):
            task = str(uuid.uuid4())
            out.write(chunk(_event("node_started", task, 0)))
            out.flush()
            time.sleep(float(inputs["sleep"]))
            out.write(chunk(finished(task, "succeeded", None)))
        elif inputs.get("hold"):
            task = str(uuid.uuid4())
            _held[task] = threading.Event()
            out.write(chunk(PING))
            out.write(chunk(_event("node_started", task, 0)))
            out.flush()
            _held[task].wait(60)
            time.sleep(0.25)  # Dify ends a stopped stream 0.17-0.25 s after the stop
            out.write(chunk(finished(task, "failed", "Aborted: User requested stop")))
        elif inputs.get("framing") == "body":
            # Every event in one piece of the body, as a proxy that buffers would pass it.
            frames = b"".join(events(int(inputs["events"])))
            out.write(chunk(frames + finished("00ead05b-3cab-46b7-bc78-fc4a7c5a08fc", "succeeded", None)))
        else:
            # Dify's framing: one HTTP chunk per event (written 64 chunks at a time).
            batch: list[bytes] = []
            for frame in events(int(inputs["events"])):
                batch.append(chunk(frame))
                if len(batch) == 64:
                    out.write(b"".join(batch))
                    batch = []
            out.write(b"".join(batch))
            out.write(chunk(finished("00ead05b-3cab-46b7-bc78-fc4a7c5a08fc", "succeeded", None)))
        out.write(b"0\r\n\r\n")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 4096  # a thousand streams connect at once


if __name__ == "__main__":
    with Server(("127.0.0.1", 0), Handler) as server:
        print(server.server_address[1], flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            sys.exit(0)
