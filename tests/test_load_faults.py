"""Issue 18's load and fault checks, small: tools/load_faults.py --quick (four writers at once with a
search during the import, a full disk during an import and an export, kill -9 during a package import)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_load_and_faults_quick():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "load_faults.py"), "--quick"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and "ALL OK" in run.stdout, run.stdout[-3000:] + run.stderr[-2000:]
    assert "FAIL " not in run.stdout
