"""Every top-level command, its module and its one-line help, without importing the modules.

``privacy-vault --help`` lists these; a command's own module is imported only when it runs.
``tests/vault/cli/test_command_index.py`` checks this table against what the modules register,
so it cannot drift. A module in ``COMMAND_MODULES`` missing here still works: it is imported
for every command (slower start-up, same behaviour) until it is added.
"""
from __future__ import annotations

INDEX: dict[str, tuple[str, str]] = {
    "init": ("vault_commands", "create a new, empty vault"),
    "backup": ("vault_commands", "write an encrypted copy of the vault"),
    "restore": ("vault_commands", "replace the vault by a backup (the old one is kept as .bak-<time>)"),
    "passwd": ("vault_commands", "change the passphrase"),
    "export": ("vault_commands", "write everything in the vault, readable and unencrypted, as JSON"),
    "settings": ("vault_commands", "show or change the settings kept in the vault"),
    "identity": ("identity_commands", "your identities and pseudonyms"),
    "controller": ("controller_commands", "organisations that hold data on you"),
    "request": ("request_commands", "your rights requests and their follow-ups"),
    "letter": ("request_commands", "write a request's letter to a file"),
    "deadlines": ("request_commands", "open deadlines, soonest first"),
    "calendar": ("request_commands", "all open deadlines as an iCalendar file"),
    "identifier": ("identifier_commands", "addresses, numbers and names you gave out, and to whom"),
    "alias": ("identifier_commands", "one e-mail alias per controller"),
    "consent": ("identifier_commands", "what you consented to, and withdrawing it"),
    "import-directory": ("directory_commands", "import company records (datarequests.org format)"),
    "relationship": ("directory_commands", "when you became, or stopped being, a customer"),
    "retention": ("directory_commands", "retention periods that have run out, with the step to take"),
    "directory": ("directory_commands", "browse controllers by category"),
    "import-policy": ("policy_commands", "read a privacy policy (text, HTML or PDF) into a controller draft"),
    "template": ("template_commands", "your own letter templates (Jinja2, sandboxed)"),
    "attachment": ("attachment_commands", "files kept in the vault: replies, data exports"),
    "id-document": ("id_document_commands", "scans of your identity documents (kept in the vault)"),
    "id-copy": ("id_document_commands", "a redacted, watermarked copy of a document for one request"),
    "authorities": ("authority_commands", "the data-protection supervisory authorities"),
    "mail": ("mail_commands", "send requests and read the answers: one mail account per identity"),
}


def modules_to_import(command: str | None, module_names: tuple[str, ...]) -> list[str]:
    """The command modules to import to run ``command`` (None: only list the commands).

    The command's own module, and any module the index does not know yet.
    """
    indexed = {module for module, _help in INDEX.values()}
    wanted = [name for name in module_names if name not in indexed]
    if command in INDEX and INDEX[command][0] in module_names:
        wanted.insert(0, INDEX[command][0])
    return wanted
