"""Fuzzing brief.toml: a spec or one SpecError line, never a traceback; a spec's globs never leave the folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.spec import load_spec

KEYS = st.sampled_from(
    ["title", "subtitle", "date", "classification", "template", "author", "sources", "portion_marks",
     "portion_mark", "summary_items", "sidebar_figures", "bluf_items", "memo", "colour", '"quoted key"']
)
SCALAR = st.one_of(
    st.text(max_size=12).map(lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.integers(-10, 100).map(str),
    st.sampled_from(["nan", "inf", "-inf", "+nan", "1.5", "1e400", "true", "false", "2026-02-30", "2026-02-03",
                     "2026-02-03T10:00:00Z", "10:20:00", '"2026-02-30"', '"2026-11-28"', '"*.txt"', '"/etc/*"',
                     '"../*.txt"', '"**/*.md"', '"[a-"', '"*"', '"a/**b"', '"\\u0000"', "[]", '["*.txt", 3]', "{}",
                     '{ to = "x" }', "{ to = 1 }"]),
)
LINE = st.one_of(st.tuples(KEYS, SCALAR).map(lambda kv: f"{kv[0]} = {kv[1]}"), st.text(max_size=30))
THEME = st.tuples(
    st.sampled_from(['"a"', '"A b"', '"a"', "1", '""']),
    st.lists(st.tuples(st.text(max_size=8), SCALAR), max_size=4),
    st.sampled_from(["", 'query = "a AND"', 'exclude = ["x"]', "extra = 1"]),
).map(
    lambda t: f'[[themes]]\nid = {t[0]}\ntitle = "T"\n{t[2]}\n[themes.keywords]\n'
    + "\n".join('"' + k.replace("\\", "").replace('"', "") + f'" = {v}' for k, v in t[1])
)
TOML = st.tuples(st.lists(LINE, max_size=8), st.lists(THEME, max_size=2), st.booleans()).map(
    lambda t: ('title = "T"\n' if t[2] else "") + "\n".join(t[0]) + "\n" + "\n".join(t[1]) + "\n"
)


@given(st.one_of(TOML, st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_brief_toml(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "brief"
        root.mkdir()
        (root / "a.txt").write_text("x", encoding="utf-8")
        (root / "brief.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            spec = load_spec(root)
        except BriefgenError as exc:
            assert "\n" not in str(exc), str(exc)
            return
        for path in spec.source_files():
            assert path.resolve().is_relative_to(root.resolve())
