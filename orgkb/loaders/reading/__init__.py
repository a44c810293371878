"""The staged reader: a `Page` of blocks -> outline -> roles -> `Document`.

`reader` runs the stages on the `Page` that `page` defines: `outline` (blocks to a tree, whatever the
markers), `roles` (each block's role from scored evidence), `assembly` (roles to a `Document`); `lines`
holds what the stages read within a line or a block: headers, list markers, contacts, duties, prose,
mentions, unit listings and the cleaning of a printed line.
"""
