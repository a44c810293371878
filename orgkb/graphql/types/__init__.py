"""One strawberry type per module; `refs` holds the lazy references that break import cycles."""
