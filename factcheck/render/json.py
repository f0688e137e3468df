"""JSON: one Report, or an envelope of several, as described by ``factcheck schema``."""

from __future__ import annotations

from pydantic import BaseModel, Field

from factcheck.report import SCHEMA_VERSION, Report


class FileError(BaseModel):
    path: str
    error: str


class ReportSet(BaseModel):
    """Several articles reviewed in one call."""

    schema_version: str = SCHEMA_VERSION
    reports: list[Report]
    errors: list[FileError] = Field(default_factory=list)


def render(reports: list[Report], errors: list[FileError]) -> str:
    if len(reports) == 1 and not errors:
        return reports[0].model_dump_json(indent=2) + "\n"
    return ReportSet(reports=reports, errors=errors).model_dump_json(indent=2) + "\n"
