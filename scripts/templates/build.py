"""Write the shipped templates into resources/templates/ from their descriptions here.

    .venv/bin/python scripts/templates/build.py [--check]

``--check`` writes nothing and exits 1 when a committed template's text differs from
what its description makes (tests/core/test_templates_shipped.py runs the same check).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import arbitration  # noqa: E402
import inspection  # noqa: E402
import mediation  # noqa: E402
from layout import Template, write  # noqa: E402

OUT = HERE.parents[1] / "resources" / "templates"


def all_templates() -> list[Template]:
    found = [*arbitration.TEMPLATES, *mediation.TEMPLATES, *inspection.TEMPLATES]
    names = [t.name for t in found]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SystemExit(f"duplicate template names: {sorted(duplicates)}")
    return found


def document_text(path: Path) -> str:
    """Every paragraph and table cell of a .docx, for comparing two builds."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for template in all_templates():
            target = OUT / f"{template.name}.docx"
            built = Path(tmp) / target.name
            write(template, built)
            if args.check:
                if not target.exists() or document_text(target) != document_text(built):
                    stale.append(target.name)
            else:
                OUT.mkdir(parents=True, exist_ok=True)
                target.write_bytes(built.read_bytes())
    known = {f"{t.name}.docx" for t in all_templates()}
    extra = sorted(p.name for p in OUT.glob("*.docx") if p.name not in known)
    if args.check and (stale or extra):
        print(f"stale: {stale}; not described: {extra}", file=sys.stderr)
        return 1
    print(f"{len(known)} templates {'checked' if args.check else 'written'} in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
