# Shared by scripts/run and scripts/test: a virtual environment of a supported Python,
# with the project installed; the package index is asked only when pyproject.toml changed.
PYTHON=${PYTHON:-python3}
VENV=.venv

python_ok() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}

ensure_venv() {
  local extras=$1  # "" or "[test]"
  if [ -x "$VENV/bin/python" ] && ! python_ok "$VENV/bin/python"; then
    echo "$VENV was made by $("$VENV/bin/python" --version 2>&1), but Python 3.11+ is needed." >&2
    echo "Remove it (rm -rf $VENV) and run this again, with PYTHON=python3.11 (or newer) if needed." >&2
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    if ! python_ok "$PYTHON"; then
      echo "Python 3.11+ is needed; $PYTHON is $("$PYTHON" --version 2>&1). Set PYTHON=python3.11." >&2
      exit 1
    fi
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed$extras"
  local want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".$extras"
    echo "$want" > "$stamp"
  fi
  "$VENV/bin/pybabel" -q compile -d marketplace/translations
}
