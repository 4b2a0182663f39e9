"""Ctrl+C (SIGINT), kill (SIGTERM) and a closed terminal (SIGHUP) end zoneview the same way, cleanly:
a command through its cleanup with one line (`zoneview: error: interrupted`), the window as if it had
been closed, never with a traceback.

Python raises KeyboardInterrupt for SIGINT wherever the main thread is; while Qt's own code runs (the
event loop, PySide's import machinery), that exception lands in a callback or in PySide's bootstrap,
which print it and carry on or abort. So the window holds these signals blocked from the start until
it has its handlers (`hold`, `release`), then turns each into a request to quit the event loop,
woken through a socket (`signal.set_wakeup_fd`), since Python handlers only run when Python does.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from typing import Any

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_CAN_BLOCK = hasattr(signal, "pthread_sigmask")


def hold() -> None:
    """Keep the stop signals pending (not lost) until `release`."""
    if _CAN_BLOCK:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def release() -> None:
    """Deliver the stop signals again, any that came while they were held first."""
    if _CAN_BLOCK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


_received: list[int] = []


def raise_interrupt(signum: int, frame: object) -> None:
    """A command stops on any stop signal as on Ctrl+C: through its `finally` blocks."""
    _received.append(signum)
    raise KeyboardInterrupt


def stopped() -> bool:
    """Whether a stop signal has come."""
    return bool(_received)


def interrupted_status() -> int:
    """The exit status of a process a stop signal ended: 128 and the signal's number (130 for Ctrl+C)."""
    return 128 + (_received[0] if _received else signal.SIGINT)


def stop_commands_like_ctrl_c() -> None:
    for number in STOP_SIGNALS:
        signal.signal(number, raise_interrupt)


class EventLoopStopper:
    """Turns the stop signals into `stop(signum)`, called from the event loop; `received` is the
    first signal's number, or None."""

    def __init__(self, stop: Callable[[int], None], notifier_factory: Callable[[int], Any]) -> None:
        self.received: int | None = None
        self._stop = stop
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        # a Qt socket notifier on the read end: when it fires, Python runs, and with it the handler
        self.notifier = notifier_factory(self._read.fileno())
        for number in STOP_SIGNALS:
            signal.signal(number, self._handle)

    def drain(self) -> None:
        try:
            while self._read.recv(64):
                pass
        except OSError:
            pass

    def _handle(self, signum: int, frame: object) -> None:
        if self.received is None:
            self.received = signum
            self._stop(signum)
