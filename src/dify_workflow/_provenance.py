"""Where this package's API description came from: `SPEC_PROVENANCE`."""

from __future__ import annotations

import attrs
from dify_workflow_api import _spec_index as index

__all__ = ["SPEC_PROVENANCE", "SpecProvenance"]


@attrs.frozen(kw_only=True)
class SpecProvenance:
    """The vendored specs this package was generated from and checked against.

    `sha256` is of openapi/en/workflow.yaml followed by openapi/ja/workflow.yaml (each
    alone: `sha256_en`, `sha256_ja`); `upstream_*` name the revision of upstream's
    documents they were cut from, when known; `checked_against_dify` is the Dify server
    version whose recorded answers the contract suite holds the package to.
    """

    sha256: str
    sha256_en: str
    sha256_ja: str
    upstream_repository: str | None
    upstream_revision: str | None
    upstream_date: str | None
    checked_against_dify: str | None

    def describe(self) -> str:
        """One line for people: the spec's digest, its upstream revision, the Dify version."""
        parts = [f"spec sha256 {self.sha256}"]
        if self.upstream_repository and self.upstream_revision:
            when = f" of {self.upstream_date}" if self.upstream_date else ""
            parts.append(f"from {self.upstream_repository} {self.upstream_revision}{when}")
        if self.checked_against_dify:
            parts.append(f"checked against Dify {self.checked_against_dify}")
        return "; ".join(parts)


SPEC_PROVENANCE = SpecProvenance(
    sha256=index.SPEC_SHA256,
    sha256_en=index.SPEC_SHA256_EN,
    sha256_ja=index.SPEC_SHA256_JA,
    upstream_repository=index.UPSTREAM.get("repository"),
    upstream_revision=index.UPSTREAM.get("revision"),
    upstream_date=index.UPSTREAM.get("date"),
    checked_against_dify=index.CHECKED_AGAINST_DIFY,
)
