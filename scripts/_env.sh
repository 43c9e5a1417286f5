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

# The matching engine's general glossary (marketplace/matching/glossary.py) reads Debian's
# dict-freedict-eng-ind: installed here when it is missing and this shell may install it, so
# every machine the README's commands set up matches alike.
GLOSSARY_INDEX=/usr/share/dictd/freedict-eng-ind.index
ensure_glossary() {
  [ -e "$GLOSSARY_INDEX" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq dict-freedict-eng-ind >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 \
        && apt-get install -y -qq dict-freedict-eng-ind >/dev/null 2>&1; } || true
  fi
  if [ ! -e "$GLOSSARY_INDEX" ]; then
    echo "Note: matching runs on its lexicon alone: the glossary's dictionary is not installed" \
      "(sudo apt-get install dict-freedict-eng-ind)." >&2
  fi
}
