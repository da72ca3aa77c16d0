"""Bond: the relationship, persona growth, the journal, learning what helps. It starts with the first meeting."""

from samantha.bond.bond import Bond

__all__ = ["Bond"]
