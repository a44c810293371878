"""The GraphQL API of orgkb: strawberry types over the `orgkb.kb` answers, on strawberry's own engine.

`schema.get_schema()` builds the schema with its limits (`limits`); `http.GraphQLView` serves it at
/graphql; `execution.run` runs one operation in process; `errors` masks and codes errors.
"""
