"""Text to facts: decoding, outline, normalisation, figures and entities. Pure Python, no Qt, no SQLite."""

from zoneview.ingest.decode import DecodeError
from zoneview.ingest.model import Correction, Indicator, Mention, Node, Report
from zoneview.ingest.report import parse_report, parse_text

__all__ = [
    "Correction",
    "DecodeError",
    "Indicator",
    "Mention",
    "Node",
    "Report",
    "parse_report",
    "parse_text",
]
