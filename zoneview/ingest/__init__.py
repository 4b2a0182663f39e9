"""Text to facts: decoding, outline, normalisation, figures and entities. Pure Python, no Qt, no SQLite.

Names are imported on first use, so reading a database (which needs only `normalize`) does not pay
for compiling the parser's patterns at start-up.
"""

from importlib import import_module
from typing import Any

# The parser's generation: raised whenever what it reads from the same text changes (issuers, targets,
# names, periods), so that a library can say which documents `zoneview refresh` should read again.
PARSER_VERSION = 4

_EXPORTS = {
    "DecodeError": "zoneview.ingest.decode",
    "Correction": "zoneview.ingest.normalize",
    "Indicator": "zoneview.ingest.model",
    "Mention": "zoneview.ingest.model",
    "Node": "zoneview.ingest.model",
    "NodeFacts": "zoneview.ingest.model",
    "Report": "zoneview.ingest.model",
    "ReportStream": "zoneview.ingest.model",
    "parse_report": "zoneview.ingest.report",
    "parse_text": "zoneview.ingest.report",
    "read_report": "zoneview.ingest.report",
    "read_text": "zoneview.ingest.report",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
