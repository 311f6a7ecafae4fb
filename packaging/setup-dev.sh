#!/usr/bin/env bash
# Sets up everything agent-desktop needs on Debian 12 and is quick when nothing changed:
#   1. missing Debian packages from packaging/debian-packages.txt (installed when run as root),
#   2. a virtual environment .venv with the package installed editable with its test extras.
# Used by `make demo`, `make test` and `make bench`; safe to run again at any time.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

# --- 1. Debian packages --------------------------------------------------------------
if command -v dpkg-query >/dev/null 2>&1; then
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/debian-packages.txt)
    missing=()
    for pkg in $wanted; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = "installed" ] || missing+=("$pkg")
    done
    # Debian's own python3 needs python3-venv for `python3 -m venv`; other Pythons bring it.
    if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
        missing+=("python3-venv")
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = "0" ]; then
            say "installing Debian packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        else
            say "missing Debian packages (run as root, or: sudo apt-get install ${missing[*]})"
        fi
    fi
else
    say "not a Debian system: install Qt's runtime libraries and Xvfb yourself (see packaging/debian-packages.txt)"
fi

# --- 2. Python virtual environment -----------------------------------------------------
PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            PYTHON=$candidate
            break
        fi
    done
fi
[ -n "$PYTHON" ] || { say "Python 3.11 or newer is needed"; exit 1; }

if [ ! -x .venv/bin/python ]; then
    say "creating .venv with $($PYTHON --version)"
    "$PYTHON" -m venv .venv
fi

# Reinstall only when the project's metadata changed since the last install.
stamp=".venv/.agent-desktop-installed"
digest=$(cat pyproject.toml packaging/debian-packages.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    say "installing agent-desktop (editable) with its test extras into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    echo "$digest" > "$stamp"
fi

# --- 3. translations: compile the Qt Linguist sources that changed -----------------------------
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
done
