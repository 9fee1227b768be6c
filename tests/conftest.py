from pathlib import Path

import pytest

from newsbrief.ingest import read_inputs

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
IDLIB = EXAMPLES / "idlib"


@pytest.fixture(scope="session")
def idlib_cluster():
    return read_inputs([str(IDLIB)]).clusters[0]
