"""The `samantha` command line, one module per command group."""
