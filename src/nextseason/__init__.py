"""nextseason: when is the next season coming, and what do we really know?"""

__version__ = "0.1.0"
