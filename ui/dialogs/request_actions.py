"""What the dashboard, the request list and the detail pane do to a request, in one place.

Next steps (reminder, complaint, delivery), follow-ups, the letter dialog, and the case
dossier (a background job with progress). Each function returns whether something changed
and announces it through ``context.events``; after a dialog it checks that the vault was not
locked meanwhile (locking closes dialogs and the vault).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QWidget

from ui.context import Context
from ui.dialogs.event import EventDialog
from ui.dialogs.file_choice import ask_save_path, request_file_name
from ui.dialogs.letter import LetterDialog
from ui.errors import show_error
from ui.models.request_words import obstacle_situation
from vault.cases.follow_ups import complaint_authority, create_follow_up
from vault.cases.letter_store import current_letter, letters_of, reference_for
from vault.cases.lifecycle import case_chronology
from vault.cases.queries import case_requests
from vault.cases.requests import get_request, remove_request
from vault.errors import VaultError
from vault.law.authorities import all_authorities
from vault.letters.html import label
from vault.letters.rendering import format_date
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity
from vault.storage.store import Vault


def vault_is_open(vault: Vault) -> bool:
    """False once the session locked (and closed) the vault, e.g. while a dialog was open."""
    return getattr(vault, "_connection", None) is not None


def keep_draft(parent: QWidget) -> bool:
    """Ask whether a draft left unsent is kept for later (the default) or discarded."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("RequestActions", "Keep the draft?"),
                      QCoreApplication.translate("RequestActions", "This letter was not sent. Keep it as a draft "
                                                 "to finish later, or discard it?"), parent=parent)
    keep = box.addButton(QCoreApplication.translate("RequestActions", "Keep draft"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("RequestActions", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def _announce(context: Context) -> None:
    if vault_is_open(context.vault):
        context.events.changed.emit("request")


def open_letter(context: Context, parent: QWidget, request_id: int) -> bool:
    """The letter dialog (preview, edit, export, mark sent); True when it was marked sent."""
    dialog = LetterDialog(context, request_id, parent)
    dialog.exec()
    _announce(context)
    return dialog.marked_sent


def add_event(context: Context, parent: QWidget, request_id: int, kind: str | None = None,
              files: list[str] | None = None) -> bool:
    """The event dialog; True when an event was recorded."""
    try:
        dialog = EventDialog(context.vault, request_id, kind, files, parent)
    except Exception as error:  # noqa: BLE001 - shown to the user
        show_error(parent, error)
        return False
    if dialog.exec() and vault_is_open(context.vault):
        _announce(context)
        return True
    return False


def _follow_up_details(parent: QWidget, kind: str) -> str | None:
    """What the person adds to a complaint or an obstacle reply (None: cancelled)."""
    if kind == "reminder":
        return ""
    if kind == "complaint":
        prompt = QCoreApplication.translate("RequestActions", "Anything to add for the authority? (optional; it goes into the complaint)")
    else:
        prompt = (obstacle_situation(kind) + "\n\n"
                  + QCoreApplication.translate("RequestActions", "What did they answer, and when? (optional; it goes into the reply)"))
    text, accepted = QInputDialog.getMultiLineText(parent, QCoreApplication.translate("RequestActions", "Follow-up"), prompt)
    return text if accepted else None


def _complaint_authority(parent: QWidget, vault: Vault, request_id: int) -> str | None:
    """Which authority gets the complaint (GDPR art. 77(1)): the person's own first; None if cancelled."""
    choices: list[tuple[str, str]] = []
    for role, caption in (("own", QCoreApplication.translate("RequestActions", "Your own authority: %1")),
                          ("controller", QCoreApplication.translate("RequestActions", "The controller’s authority: %1"))):
        try:
            authority = complaint_authority(vault, request_id, role).authority
        except VaultError:
            continue  # no residence recorded, or a controller outside the EEA
        if role == "own" or all(slug != authority.slug for slug, _ in choices):
            choices.append((authority.slug, caption.replace("%1", authority.name)))
    known = {slug for slug, _ in choices}
    choices += [(a.slug, a.name) for a in all_authorities() if a.slug not in known]
    text, accepted = QInputDialog.getItem(
        parent, QCoreApplication.translate("RequestActions", "Complaint"),
        QCoreApplication.translate("RequestActions", "Which supervisory authority should receive the complaint?"),
        [caption for _, caption in choices], 0, False)
    if not accepted:
        return None
    return next(slug for slug, caption in choices if caption == text)


def start_follow_up(context: Context, parent: QWidget, request_id: int, kind: str) -> int | None:
    """Open the case's draft of this follow-up, or write a new one; then its letter dialog.

    Returns the follow-up's id, or None if nothing was made.
    """
    vault = context.vault
    try:
        drafts = [r for r in case_requests(vault, request_id) if r.right == kind and r.status == "draft"]
        if drafts:
            follow_up_id = drafts[-1].id
        else:
            authority = _complaint_authority(parent, vault, request_id) if kind == "complaint" else None
            if kind == "complaint" and authority is None:
                return None
            details = _follow_up_details(parent, kind)
            if details is None or not vault_is_open(vault):
                return None
            follow_up_id = create_follow_up(vault, request_id, kind, details=details, authority=authority)
            _announce(context)
    except Exception as error:  # noqa: BLE001 - e.g. a complaint without the controller's country
        show_error(parent, error)
        return None
    fresh = not drafts
    if (not open_letter(context, parent, follow_up_id) and fresh and vault_is_open(vault)
            and get_request(vault, follow_up_id).status == "draft" and not keep_draft(parent)):
        remove_request(vault, follow_up_id)
        _announce(context)
        return None
    return follow_up_id


def make_id_copy(context: Context, parent: QWidget, request_id: int) -> bool:
    """The ID copy dialog for this request (or the request an obstacle reply follows); True if a copy was made."""
    from ui.dialogs.id_copy import IdCopyDialog

    try:
        dialog = IdCopyDialog(context, request_id, parent)
    except Exception as error:  # noqa: BLE001 - shown to the user
        show_error(parent, error)
        return False
    dialog.exec()
    _announce(context)
    return dialog.made is not None


def perform_next_step(context: Context, parent: QWidget, request_id: int, step: str | None) -> None:
    """The dashboard's one-click button: reminder, complaint, delivery, or open the request."""
    if step == "send-reminder":
        start_follow_up(context, parent, request_id, "reminder")
    elif step == "file-complaint":
        start_follow_up(context, parent, request_id, "complaint")
    elif step == "record-delivery":
        add_event(context, parent, request_id, "delivered")
    elif get_request(context.vault, request_id).status == "draft":
        open_letter(context, parent, request_id)
    else:
        show_in_requests_page(parent, request_id)


def show_in_requests_page(widget: QWidget, request_id: int) -> bool:
    """Switch the main window to the request list with this request selected."""
    window = widget.window()
    if not hasattr(window, "show_page") or not hasattr(window, "page"):
        return False
    try:
        page = window.page("requests")
    except ValueError:
        return False
    window.show_page("requests")
    page.show_request(request_id)
    return True


def _dossier_parts(vault: Vault, request_id: int) -> tuple[list[str], list[tuple[str, str]], list, str]:
    """Title lines, chronology, letters (as sent) and language of a request's whole case."""
    case = case_requests(vault, request_id)
    root = case[0]
    documents = [letter.document for request in case for letter in letters_of(vault, request.id) if letter.frozen]
    if not documents:
        documents = [current_letter(vault, root.id).document]
    lang = documents[0].lang
    chronology, _ = case_chronology(vault, root.id, lang)
    identity = get_identity(vault, root.identity_id)
    controller = get_controller(vault, root.controller_id)
    title = [documents[-1].subject, f"{identity.name or identity.label} / {controller.name}",
             f"{label(lang, 'reference')} {reference_for(root)}"]
    return title, [(format_date(day, lang), text) for day, text in chronology], documents, lang


def write_dossier(context: Context, parent: QWidget, request_id: int) -> None:
    """Ask where, then write the case dossier PDF in the background with a progress dialog."""
    from ui.rendering.dossier import write_dossier_pdf

    request = get_request(context.vault, request_id)
    name = request_file_name(context.vault, reference_for(request),
                             QCoreApplication.translate("RequestActions", "dossier"))
    path = ask_save_path(parent, context.preferences, QCoreApplication.translate("RequestActions", "Save the case dossier"),
                         f"{name}.pdf", QCoreApplication.translate("RequestActions", "PDF (*.pdf)"))
    if not path:
        return
    progress = QProgressDialog(QCoreApplication.translate("RequestActions", "Writing the dossier…"), "", 0, 1, parent)
    progress.setWindowTitle(QCoreApplication.translate("RequestActions", "Dossier"))
    progress.setCancelButton(None)  # the file appears whole or not at all
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAccessibleName(QCoreApplication.translate("RequestActions", "Writing the dossier"))
    progress.setValue(0)
    vault = context.vault

    def work(report) -> str:  # noqa: ANN001 - the worker's progress callback
        title, chronology, documents, lang = _dossier_parts(vault, request_id)
        write_dossier_pdf(title, chronology, documents, path, report, lang=lang)
        return path

    def advanced(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def finished(written: str) -> None:
        progress.close()
        progress.deleteLater()
        window = parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(QCoreApplication.translate("RequestActions", "Dossier written to %1.").replace("%1", written), 10_000)

    def failed(error: BaseException) -> None:
        progress.close()
        progress.deleteLater()
        show_error(parent, error)

    context.run(work, finished, failed, advanced)
