"""Case documents (文书) from Word templates the office edits.

- ``fields``: every name a template may use (the source of the check and of the docs).
- ``engine``: filling a template (docxtpl) and checking one; missing data is refused.
- ``context``: the values of every field for one case, read from the database.
- ``chinese``: dates and amounts as official documents write them.
- ``templates``: the templates, shipped and the office's, versioned (import, restore, list).
- ``making``: documents made from a case (one, or a batch) and the ones a case keeps.
- ``pdf``: a made .docx turned into PDF with LibreOffice, Word or WPS.
- ``field_docs``: ``docs/template-fields.md``, written from ``fields``.
"""

__all__ = [
    "chinese",
    "context",
    "engine",
    "field_docs",
    "fields",
    "making",
    "pdf",
    "templates",
]
