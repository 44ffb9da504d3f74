"""The ``eventwatch`` command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date

import click
from rich.console import Console
from rich.table import Table

from eventwatch.export import EXPORTERS
from eventwatch.model import Event, InputError
from eventwatch.run.local import RunSummary, analyse_inputs, progress_bar

_err = Console(stderr=True)


def _report(error: InputError) -> None:
    click.echo(f"error: {error}", err=True)


def _show_progress(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


def _out_console() -> Console:
    # a pipe or a file gets the whole table, not one squeezed to 80 columns
    return Console() if sys.stdout.isatty() else Console(width=220)


def _event_table(events: list[Event]) -> Table:
    table = Table(show_lines=False)
    for column in ("date", "type", "place", "country", "killed", "wounded", "perpetrator", "doc"):
        table.add_column(column)
    for event in events:
        loc = event.location
        table.add_row(
            event.date_start.isoformat() if event.date_start else "",
            f"{event.event_type} / {event.attack_type or event.sub_event_type}",
            loc.name if loc else "",
            loc.country_code if loc else "",
            "" if event.fatalities.best is None else str(event.fatalities.best),
            "" if event.injuries.best is None else str(event.injuries.best),
            event.perpetrators[0].name if event.perpetrators else "",
            ", ".join(event.doc_ids),
        )
    return table


@click.group()
@click.version_option(package_name="eventwatch")
def main() -> None:
    """eventwatch: news reports of political violence in, geocoded event records out."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.option(
    "--background", is_flag=True, help="Also print earlier events the texts only refer to (marked background)."
)
def extract(paths: tuple[str, ...], fmt: str, progress: bool | None, background: bool) -> None:
    """Print the events found in PATHS (.txt, .html, .jsonl files, directories, or - for stdin)."""
    summary = RunSummary()
    collected: list[Event] = []
    with progress_bar(_err, _show_progress(progress) and "-" not in paths) as bar:
        for _, events in analyse_inputs(
            list(paths), summary, on_error=_report, progress=bar, include_background=background
        ):
            if fmt == "jsonl":
                for event in events:
                    click.echo(json.dumps(event.to_record(), ensure_ascii=False))
            else:
                collected.extend(events)
    if fmt == "jsonl":
        click.echo(json.dumps({"summary": summary.to_record()}, ensure_ascii=False))
    else:
        _out_console().print(_event_table(collected))
        click.echo(f"{summary.documents} documents, {summary.events} events, {len(summary.failed)} failed")
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", envvar="EVENTWATCH_DB", default=None, help="Database URL (default sqlite:///eventwatch.db).")
@click.option("--force", is_flag=True, help="Analyse articles again even when already stored.")
@click.option(
    "--fuse/--no-fuse",
    default=True,
    show_default=True,
    help="Merge reports of one incident from different articles into one event.",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
def ingest(paths: tuple[str, ...], db: str | None, force: bool, fuse: bool, progress: bool | None) -> None:
    """Analyse PATHS and store articles, events and evidence in the database."""
    from eventwatch.run.ingest import ingest_paths
    from eventwatch.store import Store

    summary = RunSummary()
    with Store(db) as store:
        with progress_bar(_err, _show_progress(progress)) as bar:
            ingest_paths(list(paths), store, summary, on_error=_report, fuse=fuse, force=force, progress=bar)
        counts = store.counts()
    merged = f", {summary.events_merged} merged into reported events" if fuse else ""
    reprints = f" ({summary.duplicates} reprints of stored articles)" if summary.duplicates else ""
    click.echo(
        f"{summary.documents} documents read ({summary.skipped} already stored){reprints}, "
        f"{len(summary.failed)} failed; "
        f"{summary.events} events found: {summary.events_new} new, {summary.events_updated} updated{merged}. "
        f"Database: {counts.get('articles', 0)} articles, {counts.get('events', 0)} events.",
        err=True,
    )
    if summary.failed:
        sys.exit(1)


def _filters(
    country: str | None,
    since: str | None,
    until: str | None,
    event_type: str | None,
    min_fatalities: int | None,
    text: str | None,
) -> dict:
    def day(value: str | None, name: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=name) from error

    return {
        "country": country,
        "since": day(since, "--since"),
        "until": day(until, "--until"),
        "event_type": event_type,
        "min_fatalities": min_fatalities,
        "text": text,
    }


_filter_options = [
    click.option("--db", envvar="EVENTWATCH_DB", default=None, help="Database URL."),
    click.option("--country", help="Country name or ISO code."),
    click.option("--since", help="Events on or after YYYY-MM-DD."),
    click.option("--until", help="Events on or before YYYY-MM-DD."),
    click.option("--type", "event_type", help="ACLED event type, sub-event type or GTD attack type."),
    click.option("--min-fatalities", type=int, help="At least this many killed."),
    click.option("--text", help="Words in the summary or the evidence."),
]


def _with_filters(func):  # type: ignore[no-untyped-def]
    for option in reversed(_filter_options):
        func = option(func)
    return func


@main.command()
@_with_filters
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None)
def events(db, country, since, until, event_type, min_fatalities, text, fmt, limit) -> None:  # type: ignore[no-untyped-def]
    """List stored events, filtered."""
    from eventwatch.store import Store

    with Store(db) as store:
        found = store.events(**_filters(country, since, until, event_type, min_fatalities, text), limit=limit)
    if fmt == "jsonl":
        for event in found:
            click.echo(json.dumps(event.to_record(), ensure_ascii=False))
    else:
        _out_console().print(_event_table(found))
        click.echo(f"{len(found)} events")


@main.command()
@_with_filters
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default="jsonl", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    help="File (default stdout).",
)
def export(db, country, since, until, event_type, min_fatalities, text, fmt, output) -> None:  # type: ignore[no-untyped-def]
    """Export stored events as ACLED-style CSV, GTD-style CSV, GeoJSON or JSONL."""
    from eventwatch.store import Store

    with Store(db) as store:
        found = store.events(**_filters(country, since, until, event_type, min_fatalities, text))
    with click.open_file(output, "w", encoding="utf-8") as out:
        count = EXPORTERS[fmt](found, out)
    click.echo(f"{count} events exported as {fmt}", err=True)


def _analyse_row(args: tuple[str, dict]) -> list[dict]:
    from eventwatch.evaluate import gold_article
    from eventwatch.pipeline import analyse

    kind, row = args
    return [event.to_record() for event in analyse(gold_article(kind, row))]


def _gold_rows(path: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise click.ClickException(f"{path}:{number}: invalid JSON: {error.msg}") from error


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--kind", type=click.Choice(["muc", "wiki"]), required=True)
@click.option("--pred-out", type=click.Path(dir_okay=False, writable=True), help="Also write the predictions (JSONL).")
@click.option("--workers", type=int, default=1, show_default=True, help="Processes to analyse with.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def evaluate(gold: str, kind: str, pred_out: str | None, workers: int, as_json: bool) -> None:
    """Score the analysis against gold JSONL shaped like the shared dev sets."""
    from eventwatch.evaluate import SCORERS, group_by_doc

    rows = list(_gold_rows(gold))
    records: list[dict] = []
    with progress_bar(_err, sys.stderr.isatty()) as bar:
        task = bar.add_task("analysing", total=len(rows))
        jobs = [(kind, row) for row in rows]
        if workers > 1:
            with ProcessPoolExecutor(workers) as pool:
                for found in pool.map(_analyse_row, jobs, chunksize=16):
                    records.extend(found)
                    bar.advance(task)
        else:
            for job in jobs:
                records.extend(_analyse_row(job))
                bar.advance(task)
    if pred_out:
        with open(pred_out, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    figures = SCORERS[kind](rows, group_by_doc(records))
    if as_json:
        click.echo(json.dumps(figures))
        return
    for name, value in figures.items():
        if name != "counts":
            click.echo(f"{name}: {value}")


if __name__ == "__main__":
    main()
