from pathlib import Path

import pytest

from newsbrief.ingest import read_inputs

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
IDLIB = EXAMPLES / "idlib"

# Three outlets on one bombing, one with another death toll (written for newsbrief after the 1998
# embassy bombing in Nairobi, whose toll is 247 in some wire reports and 248 in others).
EMBASSY_DIRECTORY = EXAMPLES / "embassy"
EMBASSY = read_inputs([str(EMBASSY_DIRECTORY)]).clusters[0]


@pytest.fixture(scope="session")
def idlib_cluster():
    return read_inputs([str(IDLIB)]).clusters[0]


def pytest_configure(config):
    """`pytest -m fuzz` runs the property tests with 10,000 examples each; the default run
    runs them too, with 200, so that every run exercises them."""
    from hypothesis import HealthCheck, settings

    settings.register_profile("default-run", max_examples=200, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    settings.register_profile("fuzz", max_examples=10_000, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    selected = config.getoption("markexpr", default="") or ""
    settings.load_profile("fuzz" if "fuzz" in selected and "not fuzz" not in selected else "default-run")
