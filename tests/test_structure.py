"""Structure: lazy imports, the extractor registry, no broad excepts in the library, README coverage."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import subprocess
import sys

import pytest
import typer
from conftest import ROOT  # type: ignore[import-not-found]

import dsnews.extractors
from dsnews.cli import app
from dsnews.extractors import EXTRACTORS

HEAVY = ("jieba", "opencc")
PACKAGE = ROOT / "dsnews"


def loaded_after(code: str) -> list[str]:
    """Which heavy modules are in sys.modules after running `code` in a fresh interpreter."""
    heavy = f"sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})"
    probe = f"{code}\nimport json, sys\nprint(json.dumps({heavy}))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_import_dsnews_loads_no_heavy_module() -> None:
    assert loaded_after("import dsnews") == []


def test_import_cli_loads_no_heavy_module() -> None:
    # `dsnews --help` must stay fast: jieba and opencc load on first use
    assert loaded_after("import dsnews.cli, dsnews.render, dsnews.source, dsnews.errors") == []


def test_help_loads_no_heavy_module() -> None:
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom dsnews.cli import app\n"
            "assert CliRunner().invoke(app, ['extract', '--help']).exit_code == 0")
    assert loaded_after(code) == []


def test_decoding_utf8_loads_no_converter() -> None:
    # only legacy encodings need the character tables; UTF-8 stays cheap
    code = "from dsnews.source import decode\nassert decode('騰訊漲停'.encode()).text == '騰訊漲停'"
    assert loaded_after(code) == []


def test_the_probe_sees_heavy_modules() -> None:
    # the probe itself can fail: importing jieba shows up
    assert "jieba" in loaded_after("import jieba")


# ---------------------------------------------------------------- extractors


def extractor_modules() -> list[str]:
    found = pkgutil.iter_modules(dsnews.extractors.__path__)
    return sorted(m.name for m in found if not m.name.startswith("_"))


def test_every_extractor_module_is_registered() -> None:
    assert sorted(EXTRACTORS) == extractor_modules()
    assert len(set(EXTRACTORS)) == len(EXTRACTORS)


@pytest.mark.parametrize("name", extractor_modules())
def test_extractor_module_shape(name: str) -> None:
    module = importlib.import_module(f"dsnews.extractors.{name}")
    assert module.NAME == name
    assert isinstance(module.NEEDS, tuple)
    assert all(isinstance(n, str) for n in module.NEEDS)
    assert callable(module.extract)


@pytest.mark.parametrize("name", extractor_modules())
def test_needs_come_earlier(name: str) -> None:
    module = importlib.import_module(f"dsnews.extractors.{name}")
    position = EXTRACTORS.index(module.NAME)
    for need in module.NEEDS:
        assert need in EXTRACTORS, f"{name} needs unknown extractor {need}"
        assert EXTRACTORS.index(need) < position, f"{name} needs {need}, which runs later"


def test_registered_order_matches_extractors() -> None:
    assert tuple(m.NAME for m in dsnews.extractors.registered()) == EXTRACTORS


# ---------------------------------------------------------------- library hygiene


def library_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", [p for p in library_sources() if p != "dsnews/cli.py"])
def test_no_broad_except_in_the_library(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            caught = ast.unparse(node.type) if node.type else "bare except"
            broad = {"bare except", "Exception", "BaseException"}
            assert caught not in broad, f"{path}:{node.lineno}: {caught}"


@pytest.mark.parametrize("path", library_sources())
def test_click_is_never_imported(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert not any(a.name.split(".")[0] == "click" for a in node.names), f"{path}:{node.lineno}"
        elif isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] != "click", f"{path}:{node.lineno}"


# ---------------------------------------------------------------- README


def command_names() -> list[str]:
    """Every CLI command, with groups spelled out: extract, …, lexicons check."""
    root = typer.main.get_command(app)
    names = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            names += [f"{name} {sub}" for sub in subcommands]
        else:
            names.append(name)
    return sorted(names)


def test_command_names_are_known() -> None:
    expected = {"extract", "batch", "lookup", "schema", "tokens", "normalise", "lexicons check"}
    assert expected <= set(command_names())


@pytest.mark.parametrize("command", command_names())
def test_readme_mentions_every_command(command: str) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    if len(text.splitlines()) < 20:
        pytest.skip("README.md is still a stub (< 20 lines); someone else is writing it")
    assert f"dsnews {command}" in text
