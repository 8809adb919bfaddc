"""The command line (``xinxiang-arbitration``): a thin layer over the core's packages.

``commands`` holds the parser and the case, ledger, statistics and calendar commands
(the contract of shared/domain/ledger-format.md); ``admin`` the administrator's commands
and ``--by``/``--as``; ``documents`` the ``document …`` commands.
"""

from xinxiang_arbitration.cli.commands import main

__all__ = ["main"]
