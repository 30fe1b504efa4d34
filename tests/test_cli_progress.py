"""Progress of long work on stderr, on a terminal and off one."""

import kg.cli.base as base
from kg.cli.base import Progress


def _clock(monkeypatch, times):
    ticks = iter(times)
    monkeypatch.setattr(base.time, "monotonic", lambda: next(ticks))


def test_cli_progress_off_a_terminal_prints_a_line_every_n_items(monkeypatch, capsys):
    _clock(monkeypatch, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    progress = Progress(tty=False, every_items=2, every_seconds=60)
    for done in range(1, 6):
        progress(done, 5)
    progress.close()
    assert capsys.readouterr().err == "kg: 2/5 articles, 1/s, ETA 3s\nkg: 4/5 articles, 1/s, ETA 1s\n"


def test_cli_progress_off_a_terminal_prints_a_line_every_n_seconds(monkeypatch, capsys):
    _clock(monkeypatch, [0.0, 5.0, 10.0, 15.0, 20.0])
    progress = Progress(tty=False, every_items=1000, every_seconds=10)
    for done in range(1, 5):
        progress(done, 100)
    assert capsys.readouterr().err == "kg: 2/100 articles, 0/s, ETA 490s\nkg: 4/100 articles, 0/s, ETA 480s\n"


def test_cli_progress_disabled_prints_nothing(capsys):
    progress = Progress(enabled=False, tty=False, every_items=1)
    progress(1, 2)
    assert capsys.readouterr().err == ""
