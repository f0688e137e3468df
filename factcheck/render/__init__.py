"""Renderers turn reports into text; each format is one module with a ``render`` function."""

FORMATS = ("human", "json", "markdown", "sarif", "github")
