"""`dify-workflow`, the operator's command line: one module per command group (`run`:
run and events, `stop`, `batch`, `reads`: runs and logs, `forms`: forms and app, `chat`: chats, conversations and messages, `doctor`), one
parser (`_parser`) on one set of common options (`_common`), and the entry point
(`_main`). The group modules import only `_common`; nothing imports back."""

from ._main import main

__all__ = ["main"]
