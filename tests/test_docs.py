"""The README documents every command and option the command line has."""

import glob
import re
import shlex

import pytest
from cli_helpers import run_zoneview
from conftest import ROOT

from zoneview.cli import cli


def test_every_command_and_option_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert f"zoneview {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"
    for param in cli.params:
        for opt in param.opts:
            if opt.startswith("--"):
                assert opt in readme, opt


README = ROOT / "README.md"
LIBRARY_COMMANDS = {"add", "list", "compare", "scorecard", "targets", "refresh", "build", "search"}


def shell_examples() -> list[list[str]]:
    """Every `zoneview …` line of the README's ```sh blocks, split as a shell splits it (comment off)."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    lines = [line for block in blocks for line in block.splitlines()]
    return [shlex.split(line, comments=True) for line in lines if line.startswith("zoneview ")]


def test_every_report_a_readme_example_reads_is_in_the_repository() -> None:
    """A fresh clone has no ../shared/corpus: what an example adds or builds must ship with it."""
    text = README.read_text(encoding="utf-8")
    named = re.findall(r"zoneview (?:add|build) ([^`#\n]+)", text)
    files = [word for args in named for word in args.split() if "/" in word and not word.startswith("-")]
    files = [word for word in files if not word.endswith(".db")]  # an output, after -o
    assert files, "the README names no report to add or build"
    for pattern in files:
        assert not pattern.startswith(("..", "/", "~")), pattern
        assert glob.glob(pattern, root_dir=ROOT), f"{pattern} names no file in the repository"
    assert len(glob.glob("data/samples/*.txt", root_dir=ROOT)) >= 3


@pytest.mark.slow
def test_the_readme_library_examples_run_as_written() -> None:
    """From the repository root, in an empty data folder, each library example works in turn, and the
    samples show what the README says they do: a target met, one missed, targets of two issuers."""
    outputs = {}
    ran = 0
    for words in shell_examples():
        # `build … -o data/zoneview.db` would change the checkout; a bare `zoneview` opens the window
        if len(words) < 2 or words[1] not in LIBRARY_COMMANDS or "-o" in words:
            continue
        args = []
        for word in words[1:]:
            matches = sorted(glob.glob(word, root_dir=ROOT)) if "*" in word else [word]
            assert matches, f"{word} matches nothing"
            args += matches
        result = run_zoneview(*args, cwd=ROOT)
        assert result.returncode == 0, f"{' '.join(words)}: {result.stderr}"
        assert "error" not in result.stderr and result.stdout.strip(), " ".join(words)
        outputs[" ".join(words)] = result.stdout
        ran += 1
    assert ran >= 7
    added = outputs["zoneview add data/samples/*.txt"]
    assert added.count("added") == len(glob.glob("data/samples/*.txt", root_dir=ROOT))
    compared = outputs["zoneview compare 国内生产总值 --issuer 国务院"]
    assert re.search(r"2021\s+6%以上\s+8\.1%\s+met", compared), compared
    scorecard = outputs["zoneview scorecard --issuer 大鹏"]
    assert " met" in scorecard and "missed" in scorecard
    targets = outputs["zoneview targets --indicator GDP"]
    assert "国务院" in targets and "大鹏新区" in targets
