"""scripts/cjk_font.sh, which scripts/run.sh calls: on a fresh machine the PDF bulletin needs
a Chinese font. Run with stand-ins for `id`, `apt-get` and the Python check."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "cjk_font.sh"


def _run(tmp_path: Path, *, uid: int, font_present: bool = False, apt: bool = True):
    stubs = tmp_path / "bin"
    stubs.mkdir()
    calls = tmp_path / "apt-calls"
    installed = tmp_path / "installed"
    if font_present:
        installed.touch()
    (stubs / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    if apt:  # records its arguments; "install" puts the font in place
        (stubs / "apt-get").write_text(
            f'#!/bin/sh\necho "$@" >> {calls}\ncase "$*" in *install*) touch {installed};; esac\n'
        )
    # The font check of the app: true once the font is "installed".
    (stubs / "python").write_text(f"#!/bin/sh\ntest -e {installed}\n")
    for stub in stubs.iterdir():
        stub.chmod(0o755)
    # Only the stand-ins and the shell's basics: no real apt-get is found.
    path = f"{stubs}:/usr/bin:/bin" if apt else str(stubs) + ":" + _path_without_apt(tmp_path)
    result = subprocess.run(
        ["bash", str(SCRIPT)],
        env={**os.environ, "PATH": path, "PYTHON": str(stubs / "python")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result, calls.read_text() if calls.exists() else ""


def _path_without_apt(tmp_path: Path) -> str:
    """A folder with links to what the script needs from the system, without apt-get."""
    folder = tmp_path / "system"
    folder.mkdir()
    for tool in ("cat", "dirname", "bash", "sh", "test"):
        for prefix in ("/usr/bin", "/bin"):
            if Path(prefix, tool).exists():
                (folder / tool).symlink_to(Path(prefix, tool))
                break
    return str(folder)


def test_root_with_apt_installs_the_font_quietly(tmp_path):
    result, calls = _run(tmp_path, uid=0)
    assert result.returncode == 0
    assert "install -y --no-install-recommends fonts-noto-cjk" in calls
    assert "已安装 fonts-noto-cjk" in result.stdout
    assert result.stderr == ""


def test_without_root_it_says_what_to_do_and_does_not_fail(tmp_path):
    result, calls = _run(tmp_path, uid=1000)
    assert result.returncode == 0  # the dashboard still starts: Word and Excel work
    assert calls == ""
    assert "sudo apt-get install fonts-noto-cjk" in result.stderr
    assert "DASHBOARD_CJK_FONT" in result.stderr


def test_without_apt_it_says_what_to_do(tmp_path):
    result, _calls = _run(tmp_path, uid=0, apt=False)
    assert result.returncode == 0
    assert "PDF 通报暂不可用" in result.stderr


def test_nothing_happens_when_a_font_is_there(tmp_path):
    result, calls = _run(tmp_path, uid=0, font_present=True)
    assert result.returncode == 0 and calls == "" and result.stdout == "" and result.stderr == ""


def test_run_script_calls_it_before_the_app_starts():
    run = (SCRIPT.parent / "run.sh").read_text()
    assert run.index("bash scripts/cjk_font.sh") < run.index("streamlit run")
