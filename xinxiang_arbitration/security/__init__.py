"""Who is acting and what they may do: users and sign-in, the role table, the audit log.

- ``permissions``: the role × action table and ``require``, the one place it is enforced.
- ``users``: accounts, Argon2 sign-in, lock-out, the administrator's user tools.
- ``staff``: the staff list (承办人) a single PC signs in from.
- ``audit``: the hash-chained audit log: ``append`` and ``verify``.

The audit log is the lowest piece: permissions write their refusals through it.
"""

__all__ = ["audit", "permissions", "staff", "users"]
