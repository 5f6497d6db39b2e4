# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_event_node_retry_data_execution_metadata_type_0 import (
        StreamEventNodeRetryDataExecutionMetadataType0,
    )
    from ..models.stream_event_node_retry_data_files_type_0_item import (
        StreamEventNodeRetryDataFilesType0Item,
    )
    from ..models.stream_event_node_retry_data_inputs_type_0 import (
        StreamEventNodeRetryDataInputsType0,
    )
    from ..models.stream_event_node_retry_data_outputs_type_0 import (
        StreamEventNodeRetryDataOutputsType0,
    )
    from ..models.stream_event_node_retry_data_process_data_type_0 import (
        StreamEventNodeRetryDataProcessDataType0,
    )


T = TypeVar("T", bound="StreamEventNodeRetryData")


@_attrs_define
class StreamEventNodeRetryData:
    """
    Attributes:
        id (str | Unset): Node execution ID.
        node_id (str | Unset): Node ID in the workflow graph.
        node_type (str | Unset): Node type.
        title (str | Unset): Node title.
        index (int | Unset): Execution index.
        predecessor_node_id (None | str | Unset): ID of the predecessor node.
        inputs (None | StreamEventNodeRetryDataInputsType0 | Unset): Node input data.
        process_data (None | StreamEventNodeRetryDataProcessDataType0 | Unset): Node processing data.
        outputs (None | StreamEventNodeRetryDataOutputsType0 | Unset): Node output data.
        status (str | Unset): Node execution status. `running` while in progress, `succeeded` on success, `failed` on
            failure, `exception` if an exception occurred.
        error (None | str | Unset): Error message for this retry attempt.
        elapsed_time (float | Unset): Execution time for this attempt in seconds.
        execution_metadata (None | StreamEventNodeRetryDataExecutionMetadataType0 | Unset): Execution metadata.
        created_at (int | Unset): Start timestamp (Unix epoch seconds).
        finished_at (int | Unset): Finish timestamp (Unix epoch seconds).
        files (list[StreamEventNodeRetryDataFilesType0Item] | None | Unset): Files generated during this retry.
        iteration_id (None | str | Unset): Iteration ID if applicable.
        loop_id (None | str | Unset): Loop ID if applicable.
        retry_index (int | Unset): Retry attempt index, starts at `0`.
    """

    id: str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_type: str | Unset = UNSET
    title: str | Unset = UNSET
    index: int | Unset = UNSET
    predecessor_node_id: None | str | Unset = UNSET
    inputs: None | StreamEventNodeRetryDataInputsType0 | Unset = UNSET
    process_data: None | StreamEventNodeRetryDataProcessDataType0 | Unset = UNSET
    outputs: None | StreamEventNodeRetryDataOutputsType0 | Unset = UNSET
    status: str | Unset = UNSET
    error: None | str | Unset = UNSET
    elapsed_time: float | Unset = UNSET
    execution_metadata: (
        None | StreamEventNodeRetryDataExecutionMetadataType0 | Unset
    ) = UNSET
    created_at: int | Unset = UNSET
    finished_at: int | Unset = UNSET
    files: list[StreamEventNodeRetryDataFilesType0Item] | None | Unset = UNSET
    iteration_id: None | str | Unset = UNSET
    loop_id: None | str | Unset = UNSET
    retry_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_event_node_retry_data_execution_metadata_type_0 import (
            StreamEventNodeRetryDataExecutionMetadataType0,
        )
        from ..models.stream_event_node_retry_data_inputs_type_0 import (
            StreamEventNodeRetryDataInputsType0,
        )
        from ..models.stream_event_node_retry_data_outputs_type_0 import (
            StreamEventNodeRetryDataOutputsType0,
        )
        from ..models.stream_event_node_retry_data_process_data_type_0 import (
            StreamEventNodeRetryDataProcessDataType0,
        )

        id = self.id

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
        elif isinstance(self.inputs, StreamEventNodeRetryDataInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        process_data: dict[str, Any] | None | Unset
        if isinstance(self.process_data, Unset):
            process_data = UNSET
        elif isinstance(self.process_data, StreamEventNodeRetryDataProcessDataType0):
            process_data = self.process_data.to_dict()
        else:
            process_data = self.process_data

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, StreamEventNodeRetryDataOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        elapsed_time = self.elapsed_time

        execution_metadata: dict[str, Any] | None | Unset
        if isinstance(self.execution_metadata, Unset):
            execution_metadata = UNSET
        elif isinstance(
            self.execution_metadata, StreamEventNodeRetryDataExecutionMetadataType0
        ):
            execution_metadata = self.execution_metadata.to_dict()
        else:
            execution_metadata = self.execution_metadata

        created_at = self.created_at

        finished_at = self.finished_at

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

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

        retry_index = self.retry_index

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
        if process_data is not UNSET:
            field_dict["process_data"] = process_data
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if execution_metadata is not UNSET:
            field_dict["execution_metadata"] = execution_metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if files is not UNSET:
            field_dict["files"] = files
        if iteration_id is not UNSET:
            field_dict["iteration_id"] = iteration_id
        if loop_id is not UNSET:
            field_dict["loop_id"] = loop_id
        if retry_index is not UNSET:
            field_dict["retry_index"] = retry_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_node_retry_data_execution_metadata_type_0 import (
            StreamEventNodeRetryDataExecutionMetadataType0,
        )
        from ..models.stream_event_node_retry_data_files_type_0_item import (
            StreamEventNodeRetryDataFilesType0Item,
        )
        from ..models.stream_event_node_retry_data_inputs_type_0 import (
            StreamEventNodeRetryDataInputsType0,
        )
        from ..models.stream_event_node_retry_data_outputs_type_0 import (
            StreamEventNodeRetryDataOutputsType0,
        )
        from ..models.stream_event_node_retry_data_process_data_type_0 import (
            StreamEventNodeRetryDataProcessDataType0,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

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
        ) -> None | StreamEventNodeRetryDataInputsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = StreamEventNodeRetryDataInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamEventNodeRetryDataInputsType0 | Unset, data)

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        def _parse_process_data(
            data: object,
        ) -> None | StreamEventNodeRetryDataProcessDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                process_data_type_0 = (
                    StreamEventNodeRetryDataProcessDataType0.from_dict(data)
                )

                return process_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamEventNodeRetryDataProcessDataType0 | Unset, data)

        process_data = _parse_process_data(d.pop("process_data", UNSET))

        def _parse_outputs(
            data: object,
        ) -> None | StreamEventNodeRetryDataOutputsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = StreamEventNodeRetryDataOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamEventNodeRetryDataOutputsType0 | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        status = d.pop("status", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        elapsed_time = d.pop("elapsed_time", UNSET)

        def _parse_execution_metadata(
            data: object,
        ) -> None | StreamEventNodeRetryDataExecutionMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_metadata_type_0 = (
                    StreamEventNodeRetryDataExecutionMetadataType0.from_dict(data)
                )

                return execution_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | StreamEventNodeRetryDataExecutionMetadataType0 | Unset, data
            )

        execution_metadata = _parse_execution_metadata(
            d.pop("execution_metadata", UNSET)
        )

        created_at = d.pop("created_at", UNSET)

        finished_at = d.pop("finished_at", UNSET)

        def _parse_files(
            data: object,
        ) -> list[StreamEventNodeRetryDataFilesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = (
                        StreamEventNodeRetryDataFilesType0Item.from_dict(
                            files_type_0_item_data
                        )
                    )

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[StreamEventNodeRetryDataFilesType0Item] | None | Unset, data
            )

        files = _parse_files(d.pop("files", UNSET))

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

        retry_index = d.pop("retry_index", UNSET)

        stream_event_node_retry_data = cls(
            id=id,
            node_id=node_id,
            node_type=node_type,
            title=title,
            index=index,
            predecessor_node_id=predecessor_node_id,
            inputs=inputs,
            process_data=process_data,
            outputs=outputs,
            status=status,
            error=error,
            elapsed_time=elapsed_time,
            execution_metadata=execution_metadata,
            created_at=created_at,
            finished_at=finished_at,
            files=files,
            iteration_id=iteration_id,
            loop_id=loop_id,
            retry_index=retry_index,
        )

        stream_event_node_retry_data.additional_properties = d
        return stream_event_node_retry_data

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
