"""Where documents come from: files and URLs (feeds and TVmaze to follow)."""

from nextseason.sources.reader import SourceText, read_source

__all__ = ["SourceText", "read_source"]
