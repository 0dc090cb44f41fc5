"""Start JupyterLab on 127.0.0.1 in a throw-away home, and Debian's Chromium under Playwright.

Everything runs in temporary folders (config, data, runtime, IPython, HOME) so nothing leaks
into the user's home; the server and the browser are stopped in ``finally`` blocks, by the
process we started, also when a test fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_kernelspec(data_dir: Path, name: str = "newslab") -> None:
    """The course kernel, pointing at this Python, in a private JUPYTER_DATA_DIR."""
    spec = data_dir / "kernels" / name
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python (newslab)",
                "language": "python",
            }
        )
    )


@contextlib.contextmanager
def jupyter_server(root: Path, tmp: Path) -> Iterator[tuple[str, str]]:
    """Yield (base_url, token) of a JupyterLab server on 127.0.0.1 serving ``root``."""
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ)
    dirs = {
        k: tmp / k.lower()
        for k in (
            "JUPYTER_CONFIG_DIR",
            "JUPYTER_DATA_DIR",
            "JUPYTER_RUNTIME_DIR",
            "IPYTHONDIR",
            "HOME",
        )
    }
    for key, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True)
        env[key] = str(path)
    env["MPLCONFIGDIR"] = str(tmp / "mpl")
    env["JUPYTER_PATH"] = str(dirs["JUPYTER_DATA_DIR"])
    write_kernelspec(dirs["JUPYTER_DATA_DIR"])
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.disable_check_xsrf=False",
        "--LabApp.news_url=None",
        "--LabServerApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    log = open(tmp / "jupyter.log", "w")
    proc = subprocess.Popen(
        cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: see {tmp / 'jupyter.log'}")
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("JupyterLab did not start within 90 s")
        yield base, token
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def kernels_idle(base: str, token: str) -> bool:
    with urllib.request.urlopen(f"{base}/api/sessions?token={token}", timeout=5) as r:
        sessions = json.load(r)
    return bool(sessions) and all(s["kernel"]["execution_state"] == "idle" for s in sessions)


@contextlib.contextmanager
def chromium(tmp: Path):  # type: ignore[no-untyped-def]
    """A Playwright browser on Debian's Chromium (Playwright's own download does not work here)."""
    from playwright.sync_api import sync_playwright

    profile = tmp / "chromium-profile"
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)
