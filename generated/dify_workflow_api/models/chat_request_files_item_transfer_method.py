# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from enum import StrEnum


class ChatRequestFilesItemTransferMethod(StrEnum):
    LOCAL_FILE = "local_file"
    REMOTE_URL = "remote_url"

    def __str__(self) -> str:
        return str(self.value)
