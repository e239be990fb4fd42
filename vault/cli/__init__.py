"""The command line. Each module registers one group of commands.

``COMMAND_MODULES`` names them; a module is imported only when one of its commands runs
(``command_index`` lists every command for ``--help`` without importing any), so start-up
costs what the command needs, not the whole application.
"""
from __future__ import annotations

COMMAND_MODULES = ("vault_commands", "identity_commands", "controller_commands", "request_commands",
                   "identifier_commands", "directory_commands", "policy_commands",
                   "template_commands", "attachment_commands", "id_document_commands", "authority_commands",
                   "mail_commands")
