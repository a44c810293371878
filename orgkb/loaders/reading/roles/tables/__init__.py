"""The roles stage's weight tables (JSON): `hand.json`, and `learned.json` from `benchmarks.train_roles`."""
