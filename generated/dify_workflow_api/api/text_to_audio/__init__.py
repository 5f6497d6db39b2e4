# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 30f7ca9f9b71ed98...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Contains endpoint functions for accessing the API"""
