"""Take the README's screenshots of the real app on a demo vault (made-up people and requests).

Run under a real X server (Xvfb works): ``DISPLAY=:5 .venv/bin/python packaging/screenshots.py``.
Writes docs/screenshots/{dashboard,request-detail,wizard-letter,identities-identifiers}.png. The demo
vault lives in a temporary folder and is deleted afterwards; nothing personal is involved.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("PRIVACY_VAULT_KDF_PROFILE", "0")  # a throwaway demo vault: no need for the real KDF
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(os.environ.get("SCREENSHOTS_DIR", ROOT / "docs" / "screenshots"))


def demo_vault(folder: Path):  # noqa: ANN201 - a Vault
    from vault.cases.drafts import create_request
    from vault.cases.lifecycle import add_event, mark_sent
    from vault.organisations.controllers import add_controller
    from vault.people.identifiers import add_identifier
    from vault.people.identities import add_identity
    from vault.storage.store import create_vault

    vault = create_vault(folder / "demo.db", "demo passphrase for screenshots only")
    jane = add_identity(vault, label="Me", name="Jane Martin", address="3 rue des Lilas\n75011 Paris",
                        emails=["jane@example.org"])
    shop = add_controller(vault, name="Example Shop SAS", country="FR", dpo_email="dpo@shop.example",
                          address="1 avenue de l'Opéra\n75001 Paris")
    bank = add_controller(vault, name="Beispiel Bank AG", country="DE", region="BY", dpo_email="datenschutz@bank.example",
                          address="Marienplatz 1\n80331 München")
    news = add_controller(vault, name="Daily News Ltd", country="IE", dpo_email="privacy@news.example",
                          address="1 Grafton Street\nDublin 2")
    add_identifier(vault, jane, "email", "jane+shop@example.org", controller_id=shop)
    add_identifier(vault, jane, "customer-number", "C-448812", controller_id=bank)
    today = date.today()
    late = create_request(vault, identity_id=jane, controller_id=shop, right="access")
    mark_sent(vault, late, on=today - timedelta(days=45), channel="email")
    waiting = create_request(vault, identity_id=jane, controller_id=bank, right="erasure")
    mark_sent(vault, waiting, on=today - timedelta(days=10), channel="registered-post")
    answered = create_request(vault, identity_id=jane, controller_id=news, right="objection_marketing")
    mark_sent(vault, answered, on=today - timedelta(days=20), channel="email")
    add_event(vault, answered, "answered", on=today - timedelta(days=3), note="Unsubscribed from all lists.")
    create_request(vault, identity_id=jane, controller_id=news, right="portability")
    return vault, late


def main() -> int:
    QStandardPaths.setTestModeEnabled(True)
    from ui.app import app_icon, create_application

    app = create_application(sys.argv[:1])
    from ui.translations import Translations

    translations = Translations(app)
    translations.apply(os.environ.get("SCREENSHOTS_LANGUAGE", "en"))  # en, fr or de
    from ui.clipboard import SecureClipboard
    from ui.context import Context, VaultEvents
    from ui.main_window import MainWindow
    from ui.preferences import Preferences
    from ui.worker import JobTracker
    from ui.wizard.request_wizard import RequestWizard

    with tempfile.TemporaryDirectory() as folder:
        vault, late = demo_vault(Path(folder))
        preferences = Preferences(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        context = Context(vault, preferences, SecureClipboard(), VaultEvents(), JobTracker(), None)
        window = MainWindow(context, app_icon())
        window.resize(1200, 760)
        window.show()

        def settle(ms: int = 600) -> None:
            for _ in range(ms // 20):
                app.processEvents()
                app.thread().msleep(20)

        settle(1500)
        window.grab().save(str(OUT / "dashboard.png"))
        window.show_page("requests")
        settle()
        page = window.page("requests")
        page.table.selectRow(0)
        settle()
        window.grab().save(str(OUT / "request-detail.png"))
        window.show_page("identities")
        settle()
        identities = window.page("identities")
        identities.table.selectRow(0)
        settle()
        window.grab().save(str(OUT / "identities-identifiers.png"))
        bank = vault.query_one("SELECT id FROM controller WHERE name = 'Beispiel Bank AG'")[0]
        wizard = RequestWizard(context, controller_id=bank, right="access", parent=window)
        wizard.show()
        for _ in range(4):
            wizard.next()
        settle()
        wizard.grab().save(str(OUT / "wizard-letter.png"))
        wizard.close()
        window.close()
        vault.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
