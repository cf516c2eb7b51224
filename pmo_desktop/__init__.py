"""PMO Desktop: an offline portfolio office on a laptop."""

__version__ = "0.1.0"
