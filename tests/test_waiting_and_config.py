"""A page that waits says so, and the shipped Streamlit settings are the production ones.

Every cached loader shows a spinner with Chinese words while it computes (Streamlit shows it
only after half a second, so a cached answer never flickers); the shipped
.streamlit/config.toml has the file watcher off, no rerun on save and no full garbage
collection after each run (docs/performance.md, "Concurrent sessions")."""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from pathlib import Path

from streamlit.runtime.caching.cache_utils import CachedFunc

import ui.loaders

PROJECT = Path(__file__).resolve().parent.parent
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def cached_loaders() -> dict[str, CachedFunc]:
    found = {}
    for module_info in pkgutil.iter_modules(ui.loaders.__path__):
        module = importlib.import_module(f"ui.loaders.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, CachedFunc):
                found[f"{module_info.name}.{name}"] = value
    return found


def test_every_cached_loader_says_in_chinese_what_it_waits_for():
    loaders = cached_loaders()
    assert len(loaders) > 40  # the overview's, overdue's, … loaders were found
    silent = {
        name: f._info.show_spinner for name, f in loaders.items() if not isinstance(f._info.show_spinner, str)
    }
    assert silent == {}
    wordless = [name for name, f in loaders.items() if not CHINESE.search(f._info.show_spinner)]
    assert wordless == []


def test_shipped_configuration_is_the_production_one():
    config = tomllib.loads((PROJECT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert config["server"]["runOnSave"] is False
    assert config["runner"]["postScriptGC"] is False
    assert config["server"]["headless"] is True
    assert config["browser"]["gatherUsageStats"] is False
