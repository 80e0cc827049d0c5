"""Pure domain types and logic: no I/O, no Django."""
