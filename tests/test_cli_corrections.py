"""`orgkb load --name/--place/--kind/--parent`, and corrections shown by `load`, `validate` and `show`."""

from __future__ import annotations

import io
from contextlib import redirect_stderr
from pathlib import Path

from orgkb.cli import main

PAGE = "General Office\nMain Responsibilities\n1. Handle the daily affairs of the city.\n2. Complete other tasks.\n"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = main(list(argv), out=out)
    return status, out.getvalue(), err.getvalue()


def test_load_options_correct_one_page_and_show_says_so(tmp_path: Path) -> None:
    page = tmp_path / "office.txt"
    page.write_text(PAGE, "utf-8")
    store = str(tmp_path / "store")
    name = "General Office of Jiaxing Municipal People's Government"
    status, out, _ = _run("load", str(page), "--store", store, "--name", name, "--place", "Jiaxing")
    assert status == 0
    assert f"'name: General Office' -> \"name: {name}\" (load option)" in out
    status, out, _ = _run("show", "jiaxing/general-office", "--store", store)
    assert status == 0
    assert f"corrected (load option, line 1): name: General Office -> name: {name}" in out


def test_load_options_name_one_page_only_and_an_unknown_place_is_refused(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PAGE, "utf-8")
    status, _, err = _run("load", str(tmp_path), "--kind", "general-office")
    assert status == 2 and "correct one page; 2 pages were given" in err
    status, _, err = _run("load", str(tmp_path / "a.txt"), "--place", "Jiaxingg")
    assert status == 2 and "no place called 'Jiaxingg' in the gazetteer; closest: Jiaxing" in err


def test_validate_shows_the_sidecars_corrections_and_its_errors(tmp_path: Path) -> None:
    page = tmp_path / "office.txt"
    page.write_text(PAGE, "utf-8")
    sidecar = tmp_path / "office.txt.orgkb.toml"
    sidecar.write_text('kind = "general-office"\nplace = "Shaoxing"\n', "utf-8")
    status, out, _ = _run("validate", str(page))
    assert status == 0 and "'place: (none)' -> 'place: Shaoxing (Zhejiang)' (sidecar)" in out
    sidecar.write_text('place = "Shaoxing"\nplace2 = "x"\n', "utf-8")
    status, out, _ = _run("validate", str(page))
    assert status == 2 and f"FAIL {sidecar}:2: unknown key 'place2'" in out


def test_a_page_that_prints_no_name_loads_and_show_says_where_its_name_came_from(tmp_path: Path) -> None:
    page = tmp_path / "archives-duties.txt"
    page.write_text("Main Responsibilities\n1. Keep the archives of the county.\n2. Open them to readers.\n", "utf-8")
    store = str(tmp_path / "store")
    status, out, _ = _run("load", str(page), "--store", store)
    assert status == 0
    assert "printed no name: named 'Archives Duties' after its file name" in out
    status, out, _ = _run("show", "Archives Duties", "--store", store)
    assert status == 0
    assert "  provisional name: its page prints no name; named after its file name" in out
    name = "Qinghe County Archives Bureau"
    status, out, _ = _run("load", str(page), "--store", store, "--name", name)
    assert status == 0
    assert f"printed no name: named '{name}' after the name given to orgkb load (--name or the sidecar)" in out
    status, out, _ = _run("show", name, "--store", store)
    assert status == 0
    assert "named after the name given to orgkb load" in out
    assert "corrected (load option, line 2): name: Archives Duties -> name: Qinghe County Archives Bureau" in out
