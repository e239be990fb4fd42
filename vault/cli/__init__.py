"""The command line. Each module registers one group of commands."""
from __future__ import annotations

from . import (
               authority_commands,
               controller_commands,
               directory_commands,
               id_document_commands,
               identifier_commands,
               identity_commands,
               mail_commands,
               policy_commands,
               request_commands,
               template_commands,
               vault_commands,
)

COMMAND_MODULES = (vault_commands, identity_commands, controller_commands, request_commands,
                   identifier_commands, directory_commands, policy_commands,
                   template_commands, id_document_commands, authority_commands, mail_commands)
