"""zoneview: an offline browser for a Chinese government progress report."""

__version__ = "0.1.0"
