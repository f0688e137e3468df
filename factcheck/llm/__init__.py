"""The LLM extraction stage. Nothing here imports openai or instructor at import time:
``factcheck.llm.openai_client`` does, and it is imported only when an endpoint is configured.
"""
