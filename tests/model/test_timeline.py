"""The timeline: events in time order, the publication row, the plot, the TimelineJS file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newslab import Article, annotate
from newslab.frames import TIMELINE_COLUMNS, timeline_frame
from newslab.safe_io import ProtectedPathError
from newslab.timeline import events, export_timelinejs
from tests.conftest import MAIN_ARTICLE

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def ann(nlp):
    return annotate(MAIN_ARTICLE)


def test_events_are_in_time_order_with_the_publication_row(ann):
    df = timeline_frame(ann)
    assert list(df.columns) == TIMELINE_COLUMNS
    assert df["start_date"].is_monotonic_increasing
    assert (df["kind"] == "published").sum() == 1
    first = df.iloc[0]
    assert (first["when"], first["value"]) == ("2014", "2014")  # "since a 2014 war"
    late = df[df["when"] == "late last week"].iloc[0]
    assert (late["start_date"].date(), late["end_date"].date()) == (
        dt.date(2022, 2, 10),
        dt.date(2022, 2, 12),
    )
    assert "Sergei Lavrov" in df[df["when"] == "Monday"]["people"].iloc[0]


def test_reported_events_carry_their_speaker(ann):
    feb20 = next(e for e in events(ann) if e.when == "Feb. 20")
    assert feb20.speaker == "Oksana Antonenko" and feb20.start_date == dt.date(2022, 2, 20)


def test_plot_has_a_mark_per_event_and_the_publication_line(ann):
    import matplotlib

    matplotlib.use("Agg")
    from newslab.plots import plot_timeline

    fig = plot_timeline(ann, since="2022-02-01")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert any(t.startswith("Feb. 20:") for t in labels)
    assert "published 2022-02-14" in labels
    assert not any(t.startswith("2014:") for t in labels)  # outside the zoom


def test_timelinejs_file_has_the_required_fields(ann, tmp_path):
    path = export_timelinejs(ann, tmp_path / "timeline.json")
    data = json.loads(path.read_text())
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"] == "Putin signals talks with U.S. will go on"
    assert len(data["events"]) == len(events(ann)) + 1
    for event in data["events"]:
        assert isinstance(event["start_date"]["year"], int)  # required by TimelineJS3
        assert 1 <= event["start_date"]["month"] <= 12 and 1 <= event["start_date"]["day"] <= 31
        if "end_date" in event:
            assert (
                event["end_date"]["year"],
                event["end_date"]["month"],
                event["end_date"]["day"],
            ) >= (
                event["start_date"]["year"],
                event["start_date"]["month"],
                event["start_date"]["day"],
            )
        assert isinstance(event["text"]["headline"], str) and isinstance(event["text"]["text"], str)


def test_timelinejs_escapes_the_article_and_never_writes_into_seeds(nlp, tmp_path):
    hostile = Article.from_text(
        'On Monday <script>alert(1)</script> met "x" & <b>y</b>.',
        title="<i>t</i>",
        published="2022-02-14",
    )
    data = json.loads(export_timelinejs(annotate(hostile), tmp_path / "t.json").read_text())
    blob = json.dumps(data)
    assert "<script>" not in blob and "&lt;script&gt;" in blob and "<i>" not in blob
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    with pytest.raises(ProtectedPathError, match="never writes into a seeds/ folder"):
        export_timelinejs(annotate(hostile), seeds / "t.json")
