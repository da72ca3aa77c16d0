"""The letter studio in conversation: "help me with a letter for Roberta…" (letters/ does the work)."""
