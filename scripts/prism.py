"""Run Prism (`@stoplight/prism-cli` from node_modules) as a local mock of the API.

    python scripts/prism.py openapi/en/workflow.yaml     # serve until Ctrl-C

Used by the contract tests and `make demo`: `running_prism(spec)` starts
`prism mock --errors` on a free loopback port, waits until it answers, and always stops it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"


class PrismUnavailable(RuntimeError):
    """Prism or node is missing, or Prism did not come up."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def check_installed() -> None:
    if shutil.which("node") is None:
        raise PrismUnavailable(
            "node is not on PATH: install Node.js 18 or newer (with npm), then run `make test`, "
            "which runs `npm ci` to install Prism"
        )
    if not PRISM.exists():
        raise PrismUnavailable(f"{PRISM} is missing: run `npm ci` (make node) to install Prism")


@contextlib.contextmanager
def running_prism(spec: Path, *, startup_timeout: float = 60.0) -> Iterator[str]:
    """Yield the base URL of a Prism mock serving `spec`; stop it on exit."""
    check_installed()
    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed below, and gone once closed
    proc = subprocess.Popen(
        [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise PrismUnavailable(f"Prism exited with {proc.returncode}: {log.read().decode()[-2000:]}")
            try:
                urllib.request.urlopen(url + "/", timeout=1)  # noqa: S310 - loopback only
                break
            except urllib.error.HTTPError:
                break  # any HTTP answer means it is up
            except OSError:
                if time.monotonic() > deadline:
                    raise PrismUnavailable(
                        f"Prism did not answer on {url} within {startup_timeout} s"
                    ) from None
                time.sleep(0.2)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a vendored spec with Prism on loopback.")
    parser.add_argument("spec", type=Path, nargs="?", default=ROOT / "openapi/en/workflow.yaml")
    args = parser.parse_args(argv)
    try:
        with running_prism(args.spec) as url:
            print(f"Prism mock of {args.spec} at {url} (Ctrl-C stops it)", flush=True)
            while True:
                time.sleep(3600)
    except PrismUnavailable as exc:
        print(f"prism: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
