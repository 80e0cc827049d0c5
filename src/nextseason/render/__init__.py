"""Pure renderers: domain objects -> text, markdown, JSON, feeds."""
