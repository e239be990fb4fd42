"""``privacy-vault [--vault PATH] COMMAND ...``: parsing, passphrase, errors and exit codes.

Exit codes (DESIGN.md): 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 not a vault /
damaged / tampered, 5 vault in use. Errors are one sentence on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault.errors import Cancelled, InvalidInput, UsageError, VaultError
from vault.storage.store import Vault, default_vault_path, open_vault

PASSPHRASE_ENV = "PRIVACY_VAULT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "PRIVACY_VAULT_NEW_PASSPHRASE"

# Output formats the Qt side provides (pdf, odt, pdf text...), injected by ui.launcher so
# that vault/ itself never imports Qt.
Renderers = Mapping[str, Callable[..., Any]]


@dataclass
class Context:
    """What a command needs beyond its arguments."""

    args: argparse.Namespace
    load_renderers: Callable[[], Renderers] = field(default=lambda: {})
    _vault: Vault | None = None

    @property
    def vault_path(self) -> Path:
        return Path(self.args.vault).expanduser() if self.args.vault else default_vault_path()

    def passphrase(self, *, env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ", twice: bool = False) -> str:
        """The passphrase from the environment, ``--passphrase-file``, or a prompt."""
        value = os.environ.get(env)
        if value is None and env == PASSPHRASE_ENV and self.args.passphrase_file:
            try:
                value = Path(self.args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as err:
                raise InvalidInput(f"The passphrase file cannot be read: {err.strerror}.") from None
        if value is None:
            if not sys.stdin.isatty():
                raise UsageError(f"No passphrase given: set {env}, use --passphrase-file, or run in a terminal.")
            value = getpass.getpass(prompt)
            if twice and getpass.getpass("Repeat it: ") != value:
                raise InvalidInput("The two passphrases differ.")
        if not value:
            raise InvalidInput("The passphrase cannot be empty.")
        return value

    def vault(self) -> Vault:
        """The unlocked vault (opened once per command)."""
        if self._vault is None:
            self._vault = open_vault(self.vault_path, self.passphrase())
        return self._vault

    def confirm(self, question: str) -> None:
        """Go on only if ``--yes`` was given or the person says yes at the terminal."""
        if getattr(self.args, "yes", False):
            return
        if not sys.stdin.isatty():
            raise UsageError(f"{question} Not run in a terminal: add --yes to confirm.")
        answer = input(f"{question} [y/N] ").strip().lower()
        if answer not in ("y", "yes", "o", "oui", "j", "ja"):
            raise Cancelled("Cancelled; nothing was changed.")

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None


def print_json(value: Any) -> None:
    """JSON on stdout, UTF-8, stable key order."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, exit 2, no usage dump
        raise UsageError(f"{message[0].upper()}{message[1:]}; see '{self.prog} --help'.")


class _Version(argparse.Action):
    """``--version``: the package's version (``vault.__version__``, which pyproject.toml reads)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from vault import __version__

        print(f"privacy-vault {__version__}")
        parser.exit()


_GLOBAL_WITH_VALUE = ("--vault", "--passphrase-file")


def command_word(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not a global option), or None."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line, assembled from the command modules.

    With ``argv``, only the module of the command it names is imported; the other commands
    are listed from ``command_index`` (name and help) and never run. Without, every module.
    """
    from importlib import import_module

    from . import COMMAND_MODULES
    from .command_index import INDEX, modules_to_import

    parser = _Parser(prog="privacy-vault", description="Your personal data rights, kept in one encrypted vault.")
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument("--vault", metavar="PATH", help="the vault file (default: PRIVACY_VAULT_PATH or the user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from this file")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    names = modules_to_import(command_word(argv), COMMAND_MODULES) if argv is not None else list(COMMAND_MODULES)
    imported = set(names)
    for name in COMMAND_MODULES:
        if name in imported:
            import_module(f"{__package__}.{name}").register(commands)
        else:  # listed with its help; its module is imported when the command is the one run
            for command, (module, help_text) in INDEX.items():
                if module == name:
                    commands.add_parser(command, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None, *, load_renderers: Callable[[], Renderers] | None = None) -> int:
    """Run one command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    context: Context | None = None
    try:
        args = build_parser(argv).parse_args(argv)
        context = Context(args, load_renderers or (lambda: {}))
        result = args.handler(context)
        return int(result or 0)
    except VaultError as err:
        print(f"privacy-vault: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("privacy-vault: Cancelled.", file=sys.stderr)
        return 1
    except SystemExit as done:  # --help and --version
        return int(done.code or 0)
    except BrokenPipeError:
        return 1
    except Exception as err:  # a bug: say so without echoing data that may be personal
        print(f"privacy-vault: An unexpected error occurred ({type(err).__name__}); "
              "nothing more was changed. Please report this.", file=sys.stderr)
        return 1
    finally:
        if context is not None:
            context.close()
