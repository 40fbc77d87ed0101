"""tools/sync_load.py in a small configuration: several offline copies syncing at once with one
PostgreSQL catalogue lose nothing, double nothing, and every record changed on two copies is a
conflict. The full size (20 copies x 1,200 records) is run by hand: see bench/RESULTS.md."""
from __future__ import annotations

from tools import sync_load


def test_four_copies_syncing_at_once_lose_and_double_nothing(pg_server, tmp_path):
    figures = sync_load.run(copies=4, new=40, changed=12, shared=4, work=tmp_path, server=pg_server)
    assert figures["failures"] == []
    assert figures["server_records"] == 4 * 8 + 2 * 4 + 4 * 40
    assert figures["conflicts"] == figures["expected_conflicts"] == 2 * 4
