"""The English verb forms the eligibility rules read are the ones ``scripts/english_verb_forms.py``
builds from LemmInflect, and they are installed with the package."""

import subprocess
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "newsbrief" / "data" / "english_verb_forms.txt"


def test_the_shipped_verb_forms_are_what_the_script_builds_from_lemminflect():
    result = subprocess.run(
        [sys.executable, "scripts/english_verb_forms.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "english_verb_forms.txt: up to date\n", "")


def test_the_verb_forms_are_installed_with_the_package():
    installed = resources.files("newsbrief").joinpath("data", "english_verb_forms.txt").read_text(encoding="utf-8")
    assert installed == SHIPPED.read_text(encoding="utf-8")


def test_the_forms_are_finite_or_base_forms_not_participles():
    forms = set(SHIPPED.read_text(encoding="utf-8").splitlines())
    assert {"is", "are", "was", "were", "would", "might", "began", "begins", "begin", "visit"} <= forms
    assert not {"beginning", "been", "being", "known", "begun"} & forms
