"""Care: crisis, honesty and healthy-attachment policies (to come)."""
