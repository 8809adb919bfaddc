"""xinxiang-arbitration core: cases, clocks, statistics and ledgers. No Qt here."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "xinxiang-arbitration"

try:
    __version__ = version(APP_NAME)
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
