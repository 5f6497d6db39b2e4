"""`dify-workflow doctor` and `--version`: what this package was made from and checked
against, and whether it fits the server and the key."""

from __future__ import annotations

import json

from dify_workflow import SPEC_PROVENANCE, SPEC_SHA256
from dify_workflow.testing import FakeDify, server
from tests._fault_server import FaultServer, reply
from tests._support import KEY
from tests.cli.test_cli import run
from tests.contract.test_stand_in_chat import APPS
from tests.reliability.test_batch_busy import env_for


def test_the_provenance_is_the_vendored_specs_and_the_recordings_server() -> None:
    assert SPEC_PROVENANCE.sha256 == SPEC_SHA256
    assert (SPEC_PROVENANCE.upstream_repository, SPEC_PROVENANCE.upstream_revision) == (
        "langgenius/dify-docs",
        "9d8344e7",
    )
    assert SPEC_PROVENANCE.checked_against_dify == "1.15.0"
    assert SPEC_PROVENANCE.describe().startswith(f"spec sha256 {SPEC_SHA256}; ")


def test_doctor_says_ok_when_server_key_and_app_kind_fit() -> None:
    with server(FakeDify(time_scale=0.01)) as srv:
        done = run("doctor", env=env_for(srv.url))
        as_json = json.loads(run("doctor", "--json", env=env_for(srv.url)).stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "ok" and "Dify 1.15.0 (checked against 1.15.0)" in done.stdout
    assert (as_json["ok"], as_json["server_version"], as_json["app_mode"]) == (True, "1.15.0", "workflow")
    assert KEY not in done.stdout + done.stderr


def test_doctor_names_the_client_a_chat_key_needs() -> None:
    fake = FakeDify.from_dsl(APPS / "slow_chatflow.yml", time_scale=0.01)
    with server(fake) as srv:
        wrong = run("doctor", env=env_for(srv.url))
        right = run("doctor", "--app", "chat", env=env_for(srv.url))
    assert wrong.returncode == 1
    assert (
        "problem: the key's app is a 'advanced-chat' app, not a workflow app: use --app chat (the ChatClient)"
        in (wrong.stdout)
    )
    assert right.returncode == 0, right.stdout


def test_doctor_reports_another_release_a_missing_version_and_a_refused_key() -> None:
    info = {"name": "x", "description": "", "tags": [], "mode": "workflow", "author_name": "a"}
    with FaultServer() as srv:
        srv.script(reply(200, info, {"X-Version": "1.9.2"}))
        other = run("doctor", "--json", env=env_for(srv.url))
        srv.script(reply(200, info))
        bare = run("doctor", "--json", env=env_for(srv.url))
        srv.script(reply(401, {"code": "unauthorized", "message": "Access token is invalid", "status": 401}))
        refused = run("doctor", "--json", env=env_for(srv.url))
    assert other.returncode == 1 and json.loads(other.stdout)["problems"] == [
        "the server runs Dify 1.9.2; this package was checked against 1.15.0 (other releases may answer "
        "differently: see the README's 'Against a real Dify')"
    ]
    assert json.loads(bare.stdout)["problems"] == [
        "the server sent no X-Version header: not Dify, or a proxy strips it"
    ]
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["problems"][0].startswith("the key was refused (401)")
    assert KEY not in refused.stdout + refused.stderr
