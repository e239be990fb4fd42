"""The French and German translations are complete: every message translated with the source's
placeholders and accelerator, and no UI string missing from the .ts files (lupdate finds nothing new;
the strings lupdate cannot see — through a wrapper or a variable context — are there too)."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "de")
PLACEHOLDER = re.compile(r"%(?:n|\d+)")
LUPDATE_TIMEOUT_S = 10  # slower than this, the lupdate comparison is skipped (completeness is still checked)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"privacy_vault_{language}.ts"


def messages(path: Path) -> Iterator[tuple[str, str, bool, ET.Element]]:
    """(context, source, numerus, translation element) of every message in a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.get("numerus") == "yes", message.find("translation")


def pairs(path: Path, numerus_only: bool = False) -> set[tuple[str, str]]:
    return {(context, source) for context, source, numerus, _ in messages(path) if numerus or not numerus_only}


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language: str):
    problems = []
    for context, source, numerus, translation in messages(ts_file(language)):
        where = f"{context}: {source!r}"
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] if numerus \
            else [translation.text or ""]
        if numerus and len(forms) != 2:  # French and German: singular and plural
            problems.append(f"{where} has {len(forms)} plural forms, not 2")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where} -> {form!r}: placeholders differ")
            elif accelerators(form) != accelerators(source):
                problems.append(f"{where} -> {form!r}: accelerator (&) differs")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def found_by_lupdate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in ui/*.py now, in a fresh .ts file."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    found = tmp_path_factory.mktemp("lupdate") / "found.ts"
    sources = sorted(str(path.relative_to(ROOT)) for path in UI.rglob("*.py"))
    try:
        subprocess.run([str(lupdate), *sources, "-ts", str(found)], cwd=ROOT, check=True, capture_output=True,
                       timeout=LUPDATE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.skip(f"pyside6-lupdate took more than {LUPDATE_TIMEOUT_S} s")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_lupdate_finds_no_new_strings(language: str, found_by_lupdate: Path):
    new = sorted(pairs(found_by_lupdate) - pairs(ts_file(language)))
    assert not new, ("strings in ui/ missing from the .ts file; run pyside6-lupdate (see the .ts headers) and "
                     "translate them:\n" + "\n".join(f"{context}: {source!r}" for context, source in new))


def test_english_file_has_every_plural_form(found_by_lupdate: Path):
    new = sorted(pairs(found_by_lupdate, numerus_only=True) - pairs(ts_file("en")))
    assert not new, "plural strings missing from privacy_vault_en.ts:\n" + "\n".join(map(str, new))


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def hidden_strings() -> Iterator[tuple[str, str, bool]]:
    """(context, source, numerus) of translated UI strings lupdate cannot see.

    ``_tr("…")`` where the module's ``_tr`` calls ``translate("Context", text)``;
    ``translate(_CONTEXT, "…")`` with a module-level string constant; ``page.tr("…")`` on a
    parameter annotated with a class (Qt looks that class up through the object's MRO).
    """
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: _string(node.value) for node in tree.body if isinstance(node, ast.Assign)
                     for target in node.targets if isinstance(target, ast.Name) and _string(node.value)}
        wrappers, annotated = {}, {}
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            for argument in node.args.args:
                if isinstance(argument.annotation, ast.Name):
                    annotated[argument.arg] = argument.annotation.id
            parameters = [argument.arg for argument in node.args.args]
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and len(call.args) >= 2 and _string(call.args[0])
                        and isinstance(call.args[1], ast.Name) and call.args[1].id in parameters):
                    wrappers[node.name] = _string(call.args[0])
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func, first = call.func, call.args[0]
            if isinstance(func, ast.Name) and func.id in wrappers and _string(first):
                yield wrappers[func.id], _string(first), False
            elif (isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(first, ast.Name)
                  and first.id in constants and len(call.args) >= 2 and _string(call.args[1])):
                yield constants[first.id], _string(call.args[1]), len(call.args) >= 4
            elif (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
                  and func.value.id != "self" and func.value.id in annotated and _string(first)):
                yield annotated[func.value.id], _string(first), len(call.args) >= 3


def test_strings_lupdate_cannot_see_are_in_the_translations():
    hidden = sorted(set(hidden_strings()))
    assert hidden, "the scan of ui/ found no wrapped strings: check hidden_strings()"
    missing = [f"{language}: {context}: {source!r}" for language in LANGUAGES for context, source, _ in hidden
               if (context, source) not in pairs(ts_file(language))]
    missing += [f"en: {context}: {source!r}" for context, source, numerus in hidden
                if numerus and (context, source) not in pairs(ts_file("en"))]
    assert not missing, ("lupdate cannot see these strings, so they are kept in the .ts by hand and "
                         "`lupdate -no-obsolete` removes them; add them back:\n" + "\n".join(missing))
