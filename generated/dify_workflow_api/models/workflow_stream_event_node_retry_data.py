# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stream_event_node_retry_data_execution_metadata_type_0 import (
        WorkflowStreamEventNodeRetryDataExecutionMetadataType0,
    )
    from ..models.workflow_stream_event_node_retry_data_files_item import (
        WorkflowStreamEventNodeRetryDataFilesItem,
    )
    from ..models.workflow_stream_event_node_retry_data_inputs_type_0 import (
        WorkflowStreamEventNodeRetryDataInputsType0,
    )
    from ..models.workflow_stream_event_node_retry_data_outputs_type_0 import (
        WorkflowStreamEventNodeRetryDataOutputsType0,
    )
    from ..models.workflow_stream_event_node_retry_data_process_data_type_0 import (
        WorkflowStreamEventNodeRetryDataProcessDataType0,
    )


T = TypeVar("T", bound="WorkflowStreamEventNodeRetryData")


@_attrs_define
class WorkflowStreamEventNodeRetryData:
    """
    Attributes:
        id (UUID | Unset): Node execution ID.
        node_id (str | Unset): Node ID in the workflow graph.
        node_type (str | Unset): Node type.
        title (str | Unset): Display name of the node.
        index (int | Unset): Execution sequence index.
        predecessor_node_id (None | str | Unset): ID of the predecessor node, if any.
        inputs (None | Unset | WorkflowStreamEventNodeRetryDataInputsType0):
        inputs_truncated (bool | Unset): Whether the `inputs` data was truncated.
        process_data (None | Unset | WorkflowStreamEventNodeRetryDataProcessDataType0): Processing data generated during
            node execution.
        process_data_truncated (bool | Unset): Whether the `process_data` was truncated.
        outputs (None | Unset | WorkflowStreamEventNodeRetryDataOutputsType0):
        outputs_truncated (bool | Unset): Whether the `outputs` data was truncated.
        status (str | Unset): Node execution status at the retry point.
        error (None | str | Unset): Error message that triggered the retry.
        elapsed_time (float | Unset): Time elapsed in seconds.
        created_at (int | Unset):
        finished_at (int | Unset):
        retry_index (int | Unset): Zero-based retry attempt index.
        iteration_id (None | str | Unset):
        loop_id (None | str | Unset):
        execution_metadata (None | Unset | WorkflowStreamEventNodeRetryDataExecutionMetadataType0): Metadata from the
            node execution.
        files (list[WorkflowStreamEventNodeRetryDataFilesItem] | Unset): Files produced by the node during execution.
    """

    id: UUID | Unset = UNSET
    node_id: str | Unset = UNSET
    node_type: str | Unset = UNSET
    title: str | Unset = UNSET
    index: int | Unset = UNSET
    predecessor_node_id: None | str | Unset = UNSET
    inputs: None | Unset | WorkflowStreamEventNodeRetryDataInputsType0 = UNSET
    inputs_truncated: bool | Unset = UNSET
    process_data: None | Unset | WorkflowStreamEventNodeRetryDataProcessDataType0 = (
        UNSET
    )
    process_data_truncated: bool | Unset = UNSET
    outputs: None | Unset | WorkflowStreamEventNodeRetryDataOutputsType0 = UNSET
    outputs_truncated: bool | Unset = UNSET
    status: str | Unset = UNSET
    error: None | str | Unset = UNSET
    elapsed_time: float | Unset = UNSET
    created_at: int | Unset = UNSET
    finished_at: int | Unset = UNSET
    retry_index: int | Unset = UNSET
    iteration_id: None | str | Unset = UNSET
    loop_id: None | str | Unset = UNSET
    execution_metadata: (
        None | Unset | WorkflowStreamEventNodeRetryDataExecutionMetadataType0
    ) = UNSET
    files: list[WorkflowStreamEventNodeRetryDataFilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_stream_event_node_retry_data_execution_metadata_type_0 import (
            WorkflowStreamEventNodeRetryDataExecutionMetadataType0,
        )
        from ..models.workflow_stream_event_node_retry_data_inputs_type_0 import (
            WorkflowStreamEventNodeRetryDataInputsType0,
        )
        from ..models.workflow_stream_event_node_retry_data_outputs_type_0 import (
            WorkflowStreamEventNodeRetryDataOutputsType0,
        )
        from ..models.workflow_stream_event_node_retry_data_process_data_type_0 import (
            WorkflowStreamEventNodeRetryDataProcessDataType0,
        )

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        node_id = self.node_id

        node_type = self.node_type

        title = self.title

        index = self.index

        predecessor_node_id: None | str | Unset
        if isinstance(self.predecessor_node_id, Unset):
            predecessor_node_id = UNSET
        else:
            predecessor_node_id = self.predecessor_node_id

        inputs: dict[str, Any] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, WorkflowStreamEventNodeRetryDataInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        inputs_truncated = self.inputs_truncated

        process_data: dict[str, Any] | None | Unset
        if isinstance(self.process_data, Unset):
            process_data = UNSET
        elif isinstance(
            self.process_data, WorkflowStreamEventNodeRetryDataProcessDataType0
        ):
            process_data = self.process_data.to_dict()
        else:
            process_data = self.process_data

        process_data_truncated = self.process_data_truncated

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, WorkflowStreamEventNodeRetryDataOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        outputs_truncated = self.outputs_truncated

        status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        elapsed_time = self.elapsed_time

        created_at = self.created_at

        finished_at = self.finished_at

        retry_index = self.retry_index

        iteration_id: None | str | Unset
        if isinstance(self.iteration_id, Unset):
            iteration_id = UNSET
        else:
            iteration_id = self.iteration_id

        loop_id: None | str | Unset
        if isinstance(self.loop_id, Unset):
            loop_id = UNSET
        else:
            loop_id = self.loop_id

        execution_metadata: dict[str, Any] | None | Unset
        if isinstance(self.execution_metadata, Unset):
            execution_metadata = UNSET
        elif isinstance(
            self.execution_metadata,
            WorkflowStreamEventNodeRetryDataExecutionMetadataType0,
        ):
            execution_metadata = self.execution_metadata.to_dict()
        else:
            execution_metadata = self.execution_metadata

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if title is not UNSET:
            field_dict["title"] = title
        if index is not UNSET:
            field_dict["index"] = index
        if predecessor_node_id is not UNSET:
            field_dict["predecessor_node_id"] = predecessor_node_id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if inputs_truncated is not UNSET:
            field_dict["inputs_truncated"] = inputs_truncated
        if process_data is not UNSET:
            field_dict["process_data"] = process_data
        if process_data_truncated is not UNSET:
            field_dict["process_data_truncated"] = process_data_truncated
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if outputs_truncated is not UNSET:
            field_dict["outputs_truncated"] = outputs_truncated
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if retry_index is not UNSET:
            field_dict["retry_index"] = retry_index
        if iteration_id is not UNSET:
            field_dict["iteration_id"] = iteration_id
        if loop_id is not UNSET:
            field_dict["loop_id"] = loop_id
        if execution_metadata is not UNSET:
            field_dict["execution_metadata"] = execution_metadata
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_event_node_retry_data_execution_metadata_type_0 import (
            WorkflowStreamEventNodeRetryDataExecutionMetadataType0,
        )
        from ..models.workflow_stream_event_node_retry_data_files_item import (
            WorkflowStreamEventNodeRetryDataFilesItem,
        )
        from ..models.workflow_stream_event_node_retry_data_inputs_type_0 import (
            WorkflowStreamEventNodeRetryDataInputsType0,
        )
        from ..models.workflow_stream_event_node_retry_data_outputs_type_0 import (
            WorkflowStreamEventNodeRetryDataOutputsType0,
        )
        from ..models.workflow_stream_event_node_retry_data_process_data_type_0 import (
            WorkflowStreamEventNodeRetryDataProcessDataType0,
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        node_id = d.pop("node_id", UNSET)

        node_type = d.pop("node_type", UNSET)

        title = d.pop("title", UNSET)

        index = d.pop("index", UNSET)

        def _parse_predecessor_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        predecessor_node_id = _parse_predecessor_node_id(
            d.pop("predecessor_node_id", UNSET)
        )

        def _parse_inputs(
            data: object,
        ) -> None | Unset | WorkflowStreamEventNodeRetryDataInputsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = WorkflowStreamEventNodeRetryDataInputsType0.from_dict(
                    data
                )

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventNodeRetryDataInputsType0, data
            )

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        inputs_truncated = d.pop("inputs_truncated", UNSET)

        def _parse_process_data(
            data: object,
        ) -> None | Unset | WorkflowStreamEventNodeRetryDataProcessDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                process_data_type_0 = (
                    WorkflowStreamEventNodeRetryDataProcessDataType0.from_dict(data)
                )

                return process_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventNodeRetryDataProcessDataType0, data
            )

        process_data = _parse_process_data(d.pop("process_data", UNSET))

        process_data_truncated = d.pop("process_data_truncated", UNSET)

        def _parse_outputs(
            data: object,
        ) -> None | Unset | WorkflowStreamEventNodeRetryDataOutputsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = WorkflowStreamEventNodeRetryDataOutputsType0.from_dict(
                    data
                )

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventNodeRetryDataOutputsType0, data
            )

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        outputs_truncated = d.pop("outputs_truncated", UNSET)

        status = d.pop("status", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        elapsed_time = d.pop("elapsed_time", UNSET)

        created_at = d.pop("created_at", UNSET)

        finished_at = d.pop("finished_at", UNSET)

        retry_index = d.pop("retry_index", UNSET)

        def _parse_iteration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iteration_id = _parse_iteration_id(d.pop("iteration_id", UNSET))

        def _parse_loop_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loop_id = _parse_loop_id(d.pop("loop_id", UNSET))

        def _parse_execution_metadata(
            data: object,
        ) -> None | Unset | WorkflowStreamEventNodeRetryDataExecutionMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_metadata_type_0 = (
                    WorkflowStreamEventNodeRetryDataExecutionMetadataType0.from_dict(
                        data
                    )
                )

                return execution_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowStreamEventNodeRetryDataExecutionMetadataType0,
                data,
            )

        execution_metadata = _parse_execution_metadata(
            d.pop("execution_metadata", UNSET)
        )

        _files = d.pop("files", UNSET)
        files: list[WorkflowStreamEventNodeRetryDataFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = WorkflowStreamEventNodeRetryDataFilesItem.from_dict(
                    files_item_data
                )

                files.append(files_item)

        workflow_stream_event_node_retry_data = cls(
            id=id,
            node_id=node_id,
            node_type=node_type,
            title=title,
            index=index,
            predecessor_node_id=predecessor_node_id,
            inputs=inputs,
            inputs_truncated=inputs_truncated,
            process_data=process_data,
            process_data_truncated=process_data_truncated,
            outputs=outputs,
            outputs_truncated=outputs_truncated,
            status=status,
            error=error,
            elapsed_time=elapsed_time,
            created_at=created_at,
            finished_at=finished_at,
            retry_index=retry_index,
            iteration_id=iteration_id,
            loop_id=loop_id,
            execution_metadata=execution_metadata,
            files=files,
        )

        workflow_stream_event_node_retry_data.additional_properties = d
        return workflow_stream_event_node_retry_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
