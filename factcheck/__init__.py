"""factcheck: a fact-check and consistency checker for news articles."""

__version__ = "0.1.0"
