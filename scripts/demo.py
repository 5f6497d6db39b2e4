"""`make demo`: stop tasks with the dify-workflow CLI against a local Prism mock of the API.

    python scripts/demo.py

No Dify account and no network: Prism serves the vendored English spec on a free
loopback port, the CLI stops a few task ids against it, then shows one documented error
(selected with Prism's `Prefer` header). Prism is stopped at the end, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prism import PrismUnavailable, running_prism

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "dify-workflow")
IDS = ["c3800678-a077-43df-a102-53f23ed20b88", "5ad4cb98-f0c7-4085-b384-88c403be6290"]


def step(title: str, args: list[str], env: dict[str, str]) -> int:
    shown = " ".join(a if " " not in a else repr(a) for a in args)
    print(f"\n# {title}\n$ dify-workflow {shown}", flush=True)
    return subprocess.run([CLI, *args], env=env).returncode


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    try:
        with running_prism(ROOT / "openapi/en/workflow.yaml") as url:
            print(f"Prism is serving openapi/en/workflow.yaml at {url}")
            # The mock checks that a bearer key is present, not which; this one is made up.
            env = {**os.environ, "DIFY_API_KEY": "app-demo-not-a-real-key", "DIFY_BASE_URL": url}
            ok = step("stop two tasks", ["stop", *IDS, "--user", "user_workflow_123"], env)
            failed = step(
                "a documented error: the mock answers the spec's invalid_param example",
                [
                    "stop",
                    IDS[0],
                    "--user",
                    "user_workflow_123",
                    "--header",
                    "Prefer: code=400, example=invalid_param",
                ],
                env,
            )
            as_json = step(
                "the same error, as JSON lines (`code` is Dify's code, `error` the kind of failure)",
                [
                    "stop",
                    IDS[0],
                    "--user",
                    "user_workflow_123",
                    "--json",
                    "--header",
                    "Prefer: code=400, example=invalid_param",
                ],
                env,
            )
    except PrismUnavailable as exc:
        print(f"demo: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ndemo: interrupted; Prism stopped", file=sys.stderr)
        return 130
    print(f"\nexit statuses: {ok} (all stopped), {failed} (one failed), {as_json} (one failed)")
    return 0 if (ok, failed, as_json) == (0, 1, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
