"""Small builders shared by the service tests."""
from __future__ import annotations

from app.criteria import parse_query
from db import writes
from db.records import OrganizationRef, RecordData


def add(catalogue, title: str, **fields) -> RecordData:
    orgs = fields.pop("organizations", [])
    rec = RecordData(title=title, organizations=[o if isinstance(o, OrganizationRef) else OrganizationRef(o)
                                                 for o in orgs], **fields)
    stored = writes.save_record(catalogue.database, rec)
    catalogue.invalidate_vocabularies()
    return stored


def titles(catalogue, query: str, sort: str = "latest") -> list[str]:
    ids = catalogue.search(parse_query(query), sort).ids
    return [row.title for row in catalogue.rows(ids)]


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """Run the command line in-process: (exit code, stdout, stderr)."""
    from main import main
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
