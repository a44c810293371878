"""One strawberry type per module, but for the types that lead to one another (`linked`)."""
