"""The README documents every command and option the command line has."""

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
