"""The batch of the async client (`AsyncWorkflowClient.run_batch`); the engine is in
`_batch_core`."""

from ._batch_core import AsyncBatch, BatchResult, BatchSummary

__all__ = ["AsyncBatch", "BatchResult", "BatchSummary"]
