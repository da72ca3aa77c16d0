"""Bond: the relationship, persona growth, the journal, learning what helps. It starts with the first meeting."""
