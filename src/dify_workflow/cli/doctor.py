"""`dify-workflow doctor`: does this package fit the server and the key? The server's
version beside the one the package was checked against, the key's app kind beside the
client it needs, the round trip, and where the package's spec came from."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any, TextIO

import httpx

from .._exceptions import APIError
from .._provenance import SPEC_PROVENANCE
from ._common import EXIT_FAILED, EXIT_OK, _examples

DOCTOR_EXAMPLES = _examples("dify-workflow doctor", "dify-workflow doctor --app chat --json")
# The app modes each client serves.
KINDS = {"workflow": ("workflow",), "chat": ("advanced-chat", "chat", "agent-chat")}


def add_parser(command: Any) -> None:
    doctor = command(
        "doctor",
        "check that this package fits the server and the key (exit 1 with the reason when not)",
        DOCTOR_EXAMPLES,
    )
    doctor.add_argument(
        "--app",
        choices=sorted(KINDS),
        default="workflow",
        help="the kind of app you use the key for (default workflow; chat: Chatflow, Chatbot, Agent)",
    )


def _release(version: str | None) -> tuple[str, ...]:
    """major.minor: a patch release of the same minor answers as the one checked."""
    return tuple((version or "").split(".")[:2])


async def doctor_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    from dify_workflow_api.api.info import get_info

    problems: list[str] = []
    report: dict[str, Any] = {"base_url": str(client.base_url), "spec": SPEC_PROVENANCE.describe()}
    started = time.perf_counter()
    try:
        # The generated call gives the answer with its headers (X-Version) as the server sent it.
        answer = await get_info.asyncio_detailed(client=client.generated)
    except (APIError, httpx.HTTPError) as exc:
        problems.append(f"the server could not be reached: {type(exc).__name__}: {exc}")
        answer = None
    report["round_trip_ms"] = round((time.perf_counter() - started) * 1000, 1)
    checked = SPEC_PROVENANCE.checked_against_dify
    report["checked_against"] = checked
    if answer is not None:
        status = int(answer.status_code)
        version = answer.headers.get("x-version")
        report["server_version"] = version
        if status == 401:
            problems.append("the key was refused (401): use the app's API key from Dify's API Access page")
        elif status != 200:
            problems.append(
                f"GET /info answered {status}: is the base URL Dify's API root (it usually ends in /v1)?"
            )
        if version is None:
            problems.append("the server sent no X-Version header: not Dify, or a proxy strips it")
        elif checked is not None and _release(version) != _release(checked):
            problems.append(
                f"the server runs Dify {version}; this package was checked against {checked} (other releases "
                "may answer differently: see the README's 'Against a real Dify')"
            )
        try:
            mode = json.loads(answer.content).get("mode") if status == 200 else None
        except (ValueError, AttributeError):
            mode = None
        report["app_mode"] = mode
        if status == 200 and mode not in KINDS[args.app]:
            fits = next((kind for kind, modes in KINDS.items() if mode in modes), None)
            hint = (
                f": use --app {fits} (the {'ChatClient' if fits == 'chat' else 'WorkflowClient'})"
                if fits
                else ""
            )
            problems.append(f"the key's app is a {mode!r} app, not a {args.app} app{hint}")
    report["ok"] = not problems
    report["problems"] = problems
    if args.json:
        print(json.dumps(report, ensure_ascii=False), file=out)
    else:
        print(
            f"server    {report['base_url']}  Dify {report.get('server_version') or '?'} "
            f"(checked against {checked or '?'})",
            file=out,
        )
        print(f"app       {report.get('app_mode') or '?'} (for the {args.app} client)", file=out)
        print(f"round trip {report['round_trip_ms']:.0f} ms (GET /info)", file=out)
        print(f"spec      {report['spec']}", file=out)
        for problem in problems:
            print(f"problem: {problem}", file=out)
        print("ok" if not problems else f"{len(problems)} problem(s)", file=out)
    return EXIT_OK if not problems else EXIT_FAILED
