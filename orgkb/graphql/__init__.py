"""The GraphQL API of orgkb: strawberry types over the `orgkb.kb` answers.

`schema.get_schema()` builds the schema once; `execution.Executor` runs operations with the
limits of `limits` and masks errors with `errors`; `orgkb.app` serves it over HTTP.
"""
