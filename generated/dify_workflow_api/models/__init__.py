# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 cca6cedcea3af601...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Contains all the data models used in inputs/outputs"""

from .post_workflows_tasks_task_id_stop_body import PostWorkflowsTasksTaskIdStopBody
from .post_workflows_tasks_task_id_stop_response_200 import (
    PostWorkflowsTasksTaskIdStopResponse200,
)
from .post_workflows_tasks_task_id_stop_response_200_result import (
    PostWorkflowsTasksTaskIdStopResponse200Result,
)

__all__ = (
    "PostWorkflowsTasksTaskIdStopBody",
    "PostWorkflowsTasksTaskIdStopResponse200",
    "PostWorkflowsTasksTaskIdStopResponse200Result",
)
