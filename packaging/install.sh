#!/bin/sh
# Install Privacy Vault for the current user, from the unpacked bundle this script sits in.
# No root, no Python needed:
#
#     ./install.sh               # copy to ~/.local/opt/privacy-vault, add the menu entry and the
#                                # `privacy-vault` command (~/.local/bin)
#     ./install.sh --uninstall   # remove the app; your vault (data) is left where it is
set -eu

APP_ID=io.github.privacyvault.PrivacyVault
SRC=$(cd "$(dirname "$0")" && pwd -P)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/privacy-vault
BIN=$HOME/.local/bin

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    [ -L "$BIN/privacy-vault" ] && rm -f "$BIN/privacy-vault"
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/"$APP_ID".png "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh_caches
    echo "Privacy Vault is uninstalled. Your vault was not touched (see 'Where your data lives' in the README)."
    exit 0
fi

[ -x "$SRC/privacy-vault" ] || { echo "install.sh: run me from the unpacked privacy-vault folder" >&2; exit 1; }

if [ "$SRC" != "$OPT" ]; then
    mkdir -p "$(dirname "$OPT")"
    rm -rf "$OPT.new"
    cp -a "$SRC" "$OPT.new"
    rm -rf "$OPT"
    mv "$OPT.new" "$OPT"
fi

mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/icons"
ln -sfn "$OPT/privacy-vault" "$BIN/privacy-vault"
# The menu entry starts this copy by its full path: it works even when ~/.local/bin is not in PATH.
sed -e "s|^Exec=privacy-vault|Exec=\"$OPT/privacy-vault\"|" -e "s|^TryExec=privacy-vault|TryExec=$OPT/privacy-vault|" \
    "$OPT/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$OPT/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp -R "$OPT/share/icons/hicolor" "$DATA/icons/"
refresh_caches

echo "Privacy Vault is installed in $OPT."
echo "Start it from your applications menu, or run: privacy-vault"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "(Add $BIN to your PATH to use the privacy-vault command in a terminal.)" ;; esac
