"""Where the app's data files are: from the source tree and from a PyInstaller bundle.

``resources/`` (templates, translations, icons, sample ledgers) lives at the
repository's root. The PyInstaller spec (``installer/xinxiang-arbitration.spec``)
copies it to ``resources/`` inside the bundle, whose root is ``sys._MEIPASS``
(the ``_internal`` folder next to the executable in a one-folder build).

The Alembic scripts are not resources: they are part of the package
(``xinxiang_arbitration/storage/migrations``) and the spec ships them as plain ``.py``
files at the same place inside the bundle, so ``migrate.MIGRATIONS`` (a path
next to ``migrate.py``) finds them both ways.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding ``resources/``: the bundle's root, or the repository's root."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller only
    return _PACKAGE.parent


def resources_root() -> Path:
    return bundle_root() / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder under ``resources/``, e.g. ``resource_path("samples", "x.csv")``.

    The path is returned whether or not it exists; callers say what is missing.
    """
    return resources_root().joinpath(*parts)


__all__ = ["bundle_root", "is_frozen", "resource_path", "resources_root"]
