"""`make demo`: the whole run cycle with the dify-workflow CLI, against a local stand-in.

    python scripts/demo.py [--speed 1.0]

No Dify account and no network beyond loopback: `dify_workflow.testing` serves a Dify
workflow app (the one the package's recordings were made with: Start -> an HTTP node
that takes `seconds` -> End) on a free loopback port. The demo shows the app's
parameters, a streaming run with live events, a second run stopped mid-way by Ctrl-C
(sent here as SIGINT) with the confirmation, that run's detail, the logs, and a run that
uploads a file first. Everything it started is stopped at the end, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dify_workflow.testing import FakeDify, server

CLI = str(Path(sys.executable).parent / "dify-workflow")
USER = "demo-user"


def shown(args: list[str]) -> str:
    return "dify-workflow " + " ".join(a if " " not in a else repr(a) for a in args)


def step(title: str, args: list[str], env: dict[str, str]) -> int:
    print(f"\n# {title}\n$ {shown(args)}", flush=True)
    return subprocess.run([CLI, *args], env=env).returncode


def stopped_run(fake: FakeDify, env: dict[str, str], after: float) -> tuple[int, str]:
    """A long run, interrupted like a Ctrl-C at the terminal once it is under way."""
    args = ["run", "--input", "seconds=600", "--user", USER]
    print(f"\n# a long run, stopped with Ctrl-C after {after:g} s\n$ {shown(args)}", flush=True)
    before = set(fake.runs)
    proc = subprocess.Popen([CLI, *args], env=env)
    deadline = time.monotonic() + 30
    while not set(fake.runs) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(after)
    print("^C", flush=True)
    proc.send_signal(signal.SIGINT)
    code = proc.wait(timeout=60)
    (run_id,) = set(fake.runs) - before
    return code, run_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--speed", type=float, default=1.0, help="time scale of the runs (default 1.0)")
    args = parser.parse_args(argv)
    doc = {"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}}
    fake = FakeDify(time_scale=args.speed, extra_inputs=[doc])
    codes: dict[str, int] = {}
    try:
        with server(fake) as stand_in, tempfile.TemporaryDirectory() as folder:
            print(
                f"This demo talks to a local stand-in for Dify at {stand_in.url} "
                "(dify_workflow.testing), not to a real server.\n"
                "Against your Dify: export DIFY_API_KEY=app-... DIFY_BASE_URL=https://your-dify/v1 "
                "and run the same commands."
            )
            # The stand-in accepts any key; this one is made up.
            env = {**os.environ, "DIFY_API_KEY": "app-demo-not-a-real-key", "DIFY_BASE_URL": stand_in.url}
            codes["parameters"] = step("the app's input form", ["app", "parameters"], env)
            codes["run"] = step(
                "a streaming run: live events, then the output",
                ["run", "--input", "seconds=2", "--user", USER],
                env,
            )
            codes["stopped"], run_id = stopped_run(fake, env, after=1.5)
            codes["detail"] = step("run detail of the stopped run", ["runs", "get", run_id], env)
            codes["logs"] = step("the logs, newest first", ["logs"], env)
            notes = Path(folder) / "notes.txt"
            notes.write_text("Release notes, to be reviewed.\n", "utf-8")
            codes["upload"] = step(
                "a run that uploads a file first and passes it to the input `doc`",
                ["run", "--input", "seconds=1", "--file", f"doc={notes}", "--user", USER],
                env,
            )
            print(f"\nthe stand-in received {len(fake.uploads)} upload(s) and {len(fake.stops)} stop(s)")
    except KeyboardInterrupt:
        print("\ndemo: interrupted; the stand-in is stopped", file=sys.stderr)
        return 130
    expected = {"parameters": 0, "run": 0, "stopped": 130, "detail": 0, "logs": 0, "upload": 0}
    print("exit statuses: " + ", ".join(f"{k} {v}" for k, v in codes.items()))
    return 0 if codes == expected else 1


if __name__ == "__main__":
    sys.exit(main())
