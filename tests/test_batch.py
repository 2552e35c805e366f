"""``build --jobs``: many brief folders built in worker processes give what a sequential build gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen import api, batch
from briefgen.errors import BriefgenError

ASEAN = Path(__file__).parent / "fixtures" / "briefs" / "asean"


def _copies(root: Path, count: int) -> list[Path]:
    folders = []
    for number in range(count):
        folder = root / f"brief{number}"
        shutil.copytree(ASEAN, folder)
        folders.append(folder)
    return folders


def test_a_parent_folder_stands_for_the_brief_folders_in_it(tmp_path: Path) -> None:
    folders = _copies(tmp_path / "many", 2)
    assert batch.expand([tmp_path / "many"]) == folders
    assert batch.expand([folders[0]]) == [folders[0]]


def test_parallel_and_sequential_builds_write_the_same_files(tmp_path: Path) -> None:
    folders = _copies(tmp_path / "many", 3)
    outputs = {}
    for jobs in (1, 2):
        options = api.BuildOptions(formats=("json", "html"), out_root=tmp_path / f"out{jobs}")
        built = dict(batch.build_all(folders, options, jobs, lambda _n, _m: None))
        assert sorted(built) == folders
        found = options.out_root.rglob("*.*")
        outputs[jobs] = {p.relative_to(options.out_root): p.read_bytes() for p in found if not p.name.startswith(".")}
    assert len(outputs[1]) == 6
    assert outputs[1] == outputs[2]


def test_an_error_in_a_worker_stops_the_batch_with_its_message(tmp_path: Path) -> None:
    folders = _copies(tmp_path / "many", 3)
    spec = folders[1] / "brief.toml"
    spec.write_text('colour = "red"\n' + spec.read_text())
    options = api.BuildOptions(formats=("json",), out_root=tmp_path / "out")
    with pytest.raises(BriefgenError, match="unknown key 'colour'"):
        list(batch.build_all(folders, options, 2, lambda _n, _m: None))


def test_no_brief_waiting_for_a_worker_starts_once_a_build_has_failed(tmp_path: Path) -> None:
    folders = _copies(tmp_path / "many", 6)
    spec = folders[0] / "brief.toml"
    spec.write_text('colour = "red"\n' + spec.read_text())
    options = api.BuildOptions(formats=("json",), out_root=tmp_path / "out")
    with pytest.raises(BriefgenError, match="unknown key 'colour'"):
        list(batch.build_all(folders, options, 2, lambda _n, _m: None))
    # brief1 was running beside the failing brief0; brief2 and brief3 were waiting for the workers
    assert not [f.name for f in folders[2:] if (options.out_root / f.name).exists()]


def test_parallel_build_records_every_brief_in_the_library_index(tmp_path: Path) -> None:
    from briefgen.web.index_db import LibraryIndex

    folders = _copies(tmp_path / "many", 3)
    rows = {}
    for jobs in (1, 2):
        options = api.BuildOptions(formats=("json",), out_root=tmp_path / f"out{jobs}")
        list(batch.build_all(folders, options, jobs, lambda _n, _m: None))
        found = LibraryIndex(options.out_root).rows()
        assert found is not None
        rows[jobs] = {name: summary for name, (_signature, summary) in found.items()}
    assert sorted(rows[1]) == [f.name for f in folders]
    assert rows[1] == rows[2]
