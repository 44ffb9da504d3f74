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
from eventwatch.model import STAGES, Event, InputError
from eventwatch.run.local import RunSummary, analyse_inputs, progress_bar

_err = Console(stderr=True)


def _report(error: InputError) -> None:
    click.echo(f"error: {error}", err=True)


def _show_progress(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


_workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes that analyse in parallel (results are stored in input order, as with one).",
)


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
@_workers_option
def extract(paths: tuple[str, ...], fmt: str, progress: bool | None, background: bool, workers: int) -> None:
    """Print the events found in PATHS (.txt, .html, .jsonl files, directories, or - for stdin)."""
    summary = RunSummary()
    collected: list[Event] = []
    shown = _show_progress(progress) and "-" not in paths
    with progress_bar(_err, shown) as bar:
        for _, events in analyse_inputs(
            list(paths), summary, on_error=_report, progress=bar, include_background=background, workers=workers
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
    if shown:  # the person watching the bar gets the summary; a pipe has the JSON summary line
        for line in summary.lines():
            click.echo(line, err=True)
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
@_workers_option
def ingest(
    paths: tuple[str, ...], db: str | None, force: bool, fuse: bool, progress: bool | None, workers: int
) -> None:
    """Analyse PATHS and store articles, events and evidence in the database.

    PATHS may also be Parquet files written by "eventwatch batch --parquet" (or directories of
    them): their articles are stored with the events found then, without analysing again."""
    from eventwatch.run.ingest import ingest_paths
    from eventwatch.store import Store

    summary = RunSummary()
    with Store(db) as store:
        with progress_bar(_err, _show_progress(progress)) as bar:
            ingest_paths(
                list(paths), store, summary, on_error=_report, fuse=fuse, force=force, progress=bar, workers=workers
            )
        counts = store.counts()
    for line in summary.lines(stored=True, fused=fuse, database=counts):
        click.echo(line, err=True)
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Address of a running Dask scheduler.")
@click.option("--local-cluster", "local_workers", type=click.IntRange(min=1), metavar="N", help="Start N workers here.")
@click.option("--db", default=None, help="Store the events in this database, with fusion.")
@click.option("--parquet", "parquet_dir", type=click.Path(file_okay=False), help="Write Parquet partitions here.")
@click.option(
    "--partition-size", type=click.IntRange(min=1), default=200, show_default=True, help="Articles per partition."
)
@click.option("--overwrite", is_flag=True, help="Replace the partitions an earlier run left in the --parquet folder.")
@click.option("--force", is_flag=True, help="Analyse articles again even when already stored (--db).")
@click.option("--fuse/--no-fuse", default=True, show_default=True, help="Fuse reports across articles (--db).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
def batch(
    paths: tuple[str, ...],
    scheduler: str | None,
    local_workers: int | None,
    db: str | None,
    parquet_dir: str | None,
    partition_size: int,
    overwrite: bool,
    force: bool,
    fuse: bool,
    progress: bool | None,
) -> None:
    """Analyse PATHS on a Dask cluster; store the events (--db) or write Parquet (--parquet).

    The workers only analyse: this process reads the inputs and stores the results in input
    order, so --db gives the database "eventwatch ingest" would. "eventwatch ingest DIR"
    loads a --parquet folder later, without analysing again."""
    from eventwatch.run.batch import BatchError, dask_client, prepare_output, run_batch
    from eventwatch.store import Store

    if (scheduler is None) == (local_workers is None):
        raise click.UsageError("give either --scheduler tcp://HOST:PORT or --local-cluster N")
    if (db is None) == (parquet_dir is None):
        raise click.UsageError("give either --db URL or --parquet DIR")
    summary = RunSummary()
    counts = None
    # the output is checked before a cluster is started or reached: a mistake there fails fast
    store = Store(db) if db is not None else None
    try:
        if parquet_dir is not None:
            prepare_output(parquet_dir, overwrite)
        with dask_client(scheduler, local_workers) as client, progress_bar(_err, _show_progress(progress)) as bar:
            run_batch(
                list(paths),
                client,
                summary,
                on_error=_report,
                store=store,
                parquet_dir=parquet_dir,
                partition_size=partition_size,
                fuse=fuse,
                force=force,
                progress=bar,
            )
        counts = store.counts() if store is not None else None
    except BatchError as error:
        raise click.ClickException(str(error)) from error
    finally:
        if store is not None:
            store.close()
    for line in summary.lines(stored=db is not None, fused=fuse, database=counts):
        click.echo(line, err=True)
    if parquet_dir is not None:
        click.echo(f"Load them with: eventwatch ingest {parquet_dir}", err=True)
    if summary.failed:
        sys.exit(1)


def _warn(warning: InputError) -> None:
    click.echo(f"warning: {warning}", err=True)


@main.command()
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", envvar="EVENTWATCH_DB", default=None, help="Database URL (default sqlite:///eventwatch.db).")
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=900.0,
    show_default=True,
    help="Seconds between two polls of a feed (longer when the feed's ttl asks for it).",
)
@click.option(
    "--per-host-delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Least seconds between two requests to the same host.",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds per request.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1024),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Largest feed or page accepted.",
)
@click.option("--fetchers", type=click.IntRange(min=1), default=4, show_default=True, help="Feeds fetched at once.")
@click.option("--once", is_flag=True, help="Poll every feed once, then stop.")
@click.option("--fuse/--no-fuse", default=True, show_default=True, help="Fuse reports across articles.")
@click.option("--progress/--no-progress", default=None, help="Live status on stderr (default: when a terminal).")
def watch(
    feeds: str,
    db: str | None,
    interval: float,
    per_host_delay: float,
    timeout: float,
    max_bytes: int,
    fetchers: int,
    once: bool,
    fuse: bool,
    progress: bool | None,
) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS (OPML, or one URL per line) and ingest new articles.

    Each new item's page is fetched and analysed (the item's summary when the page fails) and
    stored as ``eventwatch ingest`` stores. Runs until Ctrl-C, or with --once polls every feed
    once. A restart resumes where the last run stopped, without fetching again what it has."""
    import signal
    import threading
    from contextlib import nullcontext

    from rich.live import Live

    from eventwatch.read.feeds import read_feed_list
    from eventwatch.run.watch import StatusView, Watcher, WatchOptions
    from eventwatch.store import Store

    try:
        sources, bad_entries = read_feed_list(feeds)
    except InputError as error:
        raise click.ClickException(str(error)) from error
    for error in bad_entries:
        _report(error)
    options = WatchOptions(
        interval=interval,
        per_host_delay=per_host_delay,
        timeout=timeout,
        max_bytes=max_bytes,
        fetchers=fetchers,
        fuse=fuse,
    )
    with Store(db) as store:
        watcher = Watcher(store, sources, options, on_error=_report, on_warning=_warn)
        watcher.summary.failed.extend(bad_entries)
        # a service manager stops with SIGTERM: finish the current requests and store them, as on Ctrl-C
        in_main_thread = threading.current_thread() is threading.main_thread()  # else signals are off limits
        previous = signal.signal(signal.SIGTERM, lambda *_: watcher.stop_requested.set()) if in_main_thread else None
        live = Live(StatusView(watcher), console=_err, refresh_per_second=2) if _show_progress(progress) else None
        try:
            with live if live is not None else nullcontext():
                watcher.run(once=once)
        finally:
            if in_main_thread:
                signal.signal(signal.SIGTERM, previous)
            watcher.close()
        counts = store.counts()
    summary = watcher.summary
    click.echo(
        f"{summary.feeds} feeds: {summary.polls} polls, {summary.not_modified} not modified, "
        f"{summary.feed_failures} failed; items: {summary.pages} pages read, "
        f"{summary.fallbacks} read from the feed's summary, {summary.items_failed} failed.",
        err=True,
    )
    for line in summary.lines(stored=True, fused=fuse, database=counts):
        click.echo(line, err=True)
    if once and summary.failed:
        sys.exit(1)


def _filters(
    country: str | None,
    since: str | None,
    until: str | None,
    event_type: str | None,
    min_fatalities: int | None,
    text: str | None,
    stage: tuple[str, ...] = (),
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
        "stage": stage or None,
    }


_filter_options = [
    click.option("--db", envvar="EVENTWATCH_DB", default=None, help="Database URL."),
    click.option("--country", help="Country name or ISO code."),
    click.option("--since", help="Events on or after YYYY-MM-DD."),
    click.option("--until", help="Events on or before YYYY-MM-DD."),
    click.option("--type", "event_type", help="ACLED event type, sub-event type or GTD attack type."),
    click.option("--min-fatalities", type=int, help="At least this many killed."),
    click.option("--text", help="Words in the summary or the evidence."),
    click.option(
        "--stage",
        type=click.Choice(STAGES),
        multiple=True,
        help="Only deeds that went this far (repeatable; default: every stage).",
    ),
]


def _with_filters(func):  # type: ignore[no-untyped-def]
    for option in reversed(_filter_options):
        func = option(func)
    return func


@main.command()
@_with_filters
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None)
def events(db, country, since, until, event_type, min_fatalities, text, stage, fmt, limit) -> None:  # type: ignore[no-untyped-def]
    """List stored events, filtered."""
    from eventwatch.store import Store

    with Store(db) as store:
        found = store.events(**_filters(country, since, until, event_type, min_fatalities, text, stage), limit=limit)
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
def export(db, country, since, until, event_type, min_fatalities, text, stage, fmt, output) -> None:  # type: ignore[no-untyped-def]
    """Export stored events as ACLED-style CSV, GTD-style CSV, GeoJSON or JSONL."""
    from eventwatch.store import Store

    with Store(db) as store:
        found = store.events(**_filters(country, since, until, event_type, min_fatalities, text, stage))
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


@main.command()
@click.option("--db", envvar="EVENTWATCH_DB", default=None, help="Database URL (default sqlite:///eventwatch.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--closed", is_flag=True, help="Reading needs a signed-in user too (default: $EVENTWATCH_READ, open).")
def serve(db: str | None, host: str, port: int, closed: bool) -> None:
    """Serve the analyst's workbench (web pages and JSON API) over the database."""
    import uvicorn

    from eventwatch.web.app import create_app
    from eventwatch.web.pages import FrontendAssetsMissing, check_assets

    try:
        check_assets()  # the map's npm packages, copied in by `pip install`
    except FrontendAssetsMissing as missing:
        raise click.ClickException(str(missing)) from None
    app = create_app(db, read_open=False if closed else None)
    click.echo(f"eventwatch workbench on http://{host}:{port}/ (API documentation at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, proxy_headers=True, log_level="info")


@main.group()
def user() -> None:
    """Accounts of the workbench."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reader", "coder", "admin"]), required=True, help="What the user may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--db", envvar="EVENTWATCH_DB", default=None, help="Database URL.")
def user_add(name: str, role: str, password_stdin: bool, db: str | None) -> None:
    """Add a user NAME with a role (coder and admin may review events); asks for the password."""
    from eventwatch.store import Store
    from eventwatch.store.users import UserError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Store(db) as store:
        try:
            add_user(store, name, password, role)
        except UserError as error:
            raise click.ClickException(str(error)) from error
    click.echo(f"user {name} added with role {role}", err=True)


if __name__ == "__main__":
    main()
