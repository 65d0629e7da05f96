"""Pydantic response (and request) models of the API, with OpenAPI examples."""
