# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 cca6cedcea3af601...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Operations of the vendored specs, keyed by (METHOD, path): the stable identity."""

from typing import Final, TypedDict


class DocumentedError(TypedDict):
    status: int
    en: str | None
    ja: str | None


class Operation(TypedDict):
    module: str
    operation_id: dict[str, str | None]
    errors: dict[str, DocumentedError]


# sha256 of openapi/en/workflow.yaml followed by openapi/ja/workflow.yaml
SPEC_SHA256: Final = "cca6cedcea3af60172c6b2c56a03ed7dab017c61adde69dcde578307e5431a51"
SPEC_SHA256_EN: Final = (
    "7f8036783e684d141db66dd3b1719a596e7549b68fecc7ee162613ec1d631246"
)
SPEC_SHA256_JA: Final = (
    "d27249387046ed7f7636c04d623c3533a45bdc77cc581588f50d75ce41248c89"
)
DEFAULT_BASE_URL: Final = "https://api.dify.ai/v1"
OPERATIONS: Final[dict[tuple[str, str], Operation]] = {
    ("POST", "/workflows/tasks/{task_id}/stop"): {
        "errors": {
            "invalid_param": {
                "en": "Required parameter missing or invalid.",
                "ja": "必須パラメータが不足しているか無効です。",
                "status": 400,
            },
            "not_workflow_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.workflows.post_workflows_tasks_task_id_stop",
        "operation_id": {
            "en": "stopWorkflowTaskGeneration",
            "ja": "stopWorkflowTaskGenerationJp",
        },
    }
}
