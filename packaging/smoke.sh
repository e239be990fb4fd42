#!/usr/bin/env bash
# Smoke test of a built bundle (make dist first; this script builds nothing).
#
#     packaging/smoke.sh [BUNDLE_DIR]        # default: dist/privacy-vault
#
# On its own Xvfb display, with a throwaway HOME and vault, the bundle's executable must:
#   CLI  create a vault, add an identity and a controller, create a request, write its PDF letter
#        (checked with pdftotext), count a deadline over a public holiday, refuse a wrong passphrase
#        with exit code 3;
#   install  ./install.sh into the throwaway HOME (menu entry, icons, ~/.local/bin/privacy-vault);
#   GUI  started through the installed menu entry's Exec: open its window ("Privacy Vault"),
#        screenshot -> packaging/smoke-screenshot.png; then unlock the vault by typing the
#        passphrase -> packaging/smoke-screenshot-main.png.
# Exits non-zero on any failure. Needs: Xvfb xdotool imagemagick(import) poppler-utils(pdftotext).
set -u -o pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE="$(realpath -m "${1:-$ROOT/dist/privacy-vault}")"
EXE="$BUNDLE/privacy-vault"
SHOT="$HERE/smoke-screenshot.png"
SHOT_MAIN="$HERE/smoke-screenshot-main.png"
PASSPHRASE="smoke test passphrase $$"
CONTROLLER="Smoketest Versand GmbH"

say() { printf '%s\n' "$*"; }
fail() { say "FAIL: $*"; exit 1; }

[ -x "$EXE" ] || fail "no executable at $EXE (run 'make dist' first)"
for tool in Xvfb xdotool import pdftotext; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install xvfb xdotool imagemagick poppler-utils)"
done

WORK="$(mktemp -d /tmp/pv-smoke.XXXXXX)"
XVFB_PID=""
GUI_PID=""
cleanup() {
    [ -n "$GUI_PID" ] && kill "$GUI_PID" 2>/dev/null && sleep 0.5 && kill -9 "$GUI_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- our own X server, on the first free display (Xvfb picks it and tells us through -displayfd)
exec 5>"$WORK/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
exec 5>&-
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
DISPLAY_NUM=":$(head -n1 "$WORK/display")"
say "Xvfb on display $DISPLAY_NUM (pid $XVFB_PID)"

# --- a clean environment: nothing from a venv or the developer's home leaks into the bundle
mkdir -p "$WORK/home"
run_env=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 DISPLAY="$DISPLAY_NUM"
         XDG_RUNTIME_DIR="$WORK" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
         PRIVACY_VAULT_PATH="$WORK/vault.db" PRIVACY_VAULT_PASSPHRASE="$PASSPHRASE")
pv() { "${run_env[@]}" "$EXE" "$@"; }

# --- CLI
say "== CLI =="
pv init || fail "init"
IDENTITY="$(pv identity add --label Me --name 'Erika Mustermann' --email erika@example.org)" || fail "identity add"
CONTROLLER_ID="$(pv controller add --name "$CONTROLLER" --country DE --region BY \
    --address $'Hauptstraße 1\n80331 München' --dpo-email datenschutz@smoketest.example)" || fail "controller add"
REQUEST="$(pv request new --identity "$IDENTITY" --controller "$CONTROLLER_ID" --right access --lang de)" \
    || fail "request new"
say "identity $IDENTITY, controller $CONTROLLER_ID, request $REQUEST"
pv letter "$REQUEST" --format pdf -o "$WORK/letter.pdf" || fail "letter --format pdf"
pdftotext "$WORK/letter.pdf" "$WORK/letter.txt" || fail "pdftotext could not read the letter"
grep -q "$CONTROLLER" "$WORK/letter.txt" || fail "the PDF letter does not name $CONTROLLER"
grep -q "Art. 15" "$WORK/letter.txt" || grep -q "Artikel 15" "$WORK/letter.txt" \
    || fail "the PDF letter does not cite article 15"
say "PDF letter: $(pdftotext "$WORK/letter.pdf" - | grep -c .) lines, names '$CONTROLLER'"
# Deadline with public holidays (holidays loads its country modules lazily: they must be bundled):
# e-mailed Fri 2026-03-06 -> one month = Mon 2026-04-06, Easter Monday in Germany -> Tue 2026-04-07.
SENT="$(pv request sent "$REQUEST" --on 2026-03-06 --channel email)" || fail "request sent"
case "$SENT" in *2026-04-07*) say "deadline: $SENT" ;; *) fail "expected the answer due 2026-04-07, got: $SENT" ;; esac
pv request list --json >/dev/null || fail "request list --json"
code=0
"${run_env[@]}" PRIVACY_VAULT_PASSPHRASE="wrong $PASSPHRASE" "$EXE" identity list >/dev/null 2>&1 || code=$?
[ "$code" -eq 3 ] || fail "a wrong passphrase gave exit code $code, not 3"
say "CLI: OK"

# --- per-user install from the bundle (as a person would: ./install.sh), into the throwaway HOME
say "== install =="
GUI_EXE="$EXE"
if [ -x "$BUNDLE/install.sh" ]; then
    "${run_env[@]}" "$BUNDLE/install.sh" || fail "install.sh"
    DESKTOP="$WORK/home/.local/share/applications/io.github.privacyvault.PrivacyVault.desktop"
    [ -f "$DESKTOP" ] || fail "install.sh wrote no menu entry"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$DESKTOP" || fail "the installed menu entry does not validate"
    fi
    [ -f "$WORK/home/.local/share/icons/hicolor/48x48/apps/io.github.privacyvault.PrivacyVault.png" ] \
        || fail "install.sh installed no icon"
    "${run_env[@]}" "$WORK/home/.local/bin/privacy-vault" --help >/dev/null || fail "installed privacy-vault --help"
    # the GUI below starts the way the menu starts it: the entry's Exec line
    GUI_EXE="$(sed -n 's/^Exec="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$DESKTOP")"
    [ -x "$GUI_EXE" ] || fail "the menu entry's Exec ($GUI_EXE) is not an executable"
    say "install: OK (menu entry runs $GUI_EXE)"
else
    say "install: skipped (no install.sh in this bundle)"
fi

# --- GUI
say "== GUI =="
"${run_env[@]}" "$GUI_EXE" >"$WORK/gui.log" 2>&1 &
GUI_PID=$!
WINDOW=""
for _ in $(seq 60); do
    WINDOW="$(DISPLAY="$DISPLAY_NUM" xdotool search --onlyvisible --name "Privacy Vault" 2>/dev/null | head -n1)"
    [ -n "$WINDOW" ] && break
    kill -0 "$GUI_PID" 2>/dev/null || break
    sleep 0.5
done
if [ -z "$WINDOW" ]; then
    if kill -0 "$GUI_PID" 2>/dev/null; then
        say "GUI: FAILED - no 'Privacy Vault' window after 30 s. Its output:"
    else
        wait "$GUI_PID"; gui_code=$?; GUI_PID=""
        say "GUI: FAILED - the app exited with code $gui_code before showing a window" \
            "(is ui/app.py there and working?). Its output:"
    fi
    sed 's/^/    /' "$WORK/gui.log" | tail -n 30
    exit 1
fi
sleep 2  # let it paint
DISPLAY="$DISPLAY_NUM" import -window root "$SHOT" || fail "screenshot"
say "window $WINDOW is up; screenshot: $SHOT"

# Unlock: type the passphrase into the focused field and press Enter; the main window must follow.
DISPLAY="$DISPLAY_NUM" xdotool windowfocus --sync "$WINDOW" 2>/dev/null
DISPLAY="$DISPLAY_NUM" xdotool type --delay 20 "$PASSPHRASE"
DISPLAY="$DISPLAY_NUM" xdotool key Return
unlocked=""
for _ in $(seq 40); do
    kill -0 "$GUI_PID" 2>/dev/null || break
    # the main window is the biggest "Privacy Vault" window: wider than the 560 px unlock window
    for w in $(DISPLAY="$DISPLAY_NUM" xdotool search --onlyvisible --name "Privacy Vault" 2>/dev/null); do
        width="$(DISPLAY="$DISPLAY_NUM" xdotool getwindowgeometry "$w" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')"
        [ "${width:-0}" -gt 700 ] && unlocked="$w"
    done
    [ -n "$unlocked" ] && break
    sleep 0.5
done
kill -0 "$GUI_PID" 2>/dev/null || { say "GUI: FAILED - the app died after unlocking. Its output:";
                                     sed 's/^/    /' "$WORK/gui.log" | tail -n 30; GUI_PID=""; exit 1; }
if [ -n "$unlocked" ]; then
    sleep 2
    DISPLAY="$DISPLAY_NUM" import -window root "$SHOT_MAIN" || fail "screenshot of the main window"
    say "unlocked: main window $unlocked; screenshot: $SHOT_MAIN"
else
    say "GUI: FAILED - typing the passphrase did not open the main window. Its output:"
    sed 's/^/    /' "$WORK/gui.log" | tail -n 30
    exit 1
fi
if grep -qiE "traceback|could not load the qt platform plugin" "$WORK/gui.log"; then
    say "GUI: FAILED - errors in its output:"; sed 's/^/    /' "$WORK/gui.log" | tail -n 30; exit 1
fi
say "GUI: OK"
say "SMOKE TEST PASSED ($(du -sh "$BUNDLE" | cut -f1) bundle)"
