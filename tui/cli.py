"""The ``blocwatch`` command: argument parsing, error reporting and exit codes.

Subcommands that do not show the dashboard never import Textual, so ``blocwatch poll``
starts fast under cron.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence

from store.errors import ConfigError, InputError, NotADatabaseError, PathError, StoreError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the status of a process the signal stopped


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"blocwatch: {message} (see 'blocwatch --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="blocwatch",
        description="Regional alignment monitoring: bloc memberships, agreements and the news.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (env BLOCWATCH_DB)")
    parser.add_argument("--config", metavar="PATH", help="config file (env BLOCWATCH_CONFIG)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("demo", help="open the dashboard on bundled sample feeds, offline")
    commands.add_parser("init", help="create or upgrade the database and load reference data")

    status = commands.add_parser("status", help="counts, last poll, failing feeds")
    status.add_argument("--json", action="store_true", help="print a JSON object")

    poll = commands.add_parser("poll", help="poll all feeds once, headless (cron-safe)")
    poll_output = poll.add_mutually_exclusive_group()
    poll_output.add_argument("--quiet", "-q", action="store_true", help="print nothing")
    poll_output.add_argument("--json", action="store_true", help="print a JSON summary")

    feeds = commands.add_parser("feeds", help="list, add, remove, import or export feeds")
    feed_commands = feeds.add_subparsers(
        dest="feeds_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    feed_list = feed_commands.add_parser("list", help="feeds with their health")
    feed_list.add_argument("--json", action="store_true", help="print JSON")
    feed_add = feed_commands.add_parser("add", help="add a feed URL (or a local file)")
    feed_add.add_argument("url")
    feed_add.add_argument("--keep", choices=("relevant", "all"), default="relevant")
    feed_add.add_argument("--title", help="display name (default: the feed's own title)")
    feed_add.add_argument("--language", help="ISO 639-1 code, e.g. en or ru")
    feed_remove = feed_commands.add_parser("remove", help="remove a feed (its articles stay)")
    feed_remove.add_argument("url")
    feed_import = feed_commands.add_parser("import", help="add the feeds of an OPML file")
    feed_import.add_argument("file")
    feed_import.add_argument(
        "--keep", choices=("relevant", "all"), help="for every feed (default: as in the file)"
    )
    feed_commands.add_parser("export", help="print the feed list as OPML 2.0")

    match = commands.add_parser("match", help="classify headlines read on stdin, one a line")
    match.add_argument("--json", action="store_true", help="one JSON object per line")

    export = commands.add_parser("export", help="export the kept headlines")
    export.add_argument("--format", choices=("csv", "json", "md"), default="csv")
    export.add_argument("--country", metavar="CC", help="only headlines about this country")
    export.add_argument("--since", metavar="AGE", help="7d, 24h, 2w or a date (default 7d)")
    export.add_argument("--limit", type=int, default=1000, help="at most this many (1000)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "poll":  # first, before the store's modules load: see poll_command
            from tui.poll_command import run_poll

            return run_poll(args)
        from tui import commands

        return commands.run(args)
    except (InputError, ConfigError, NotADatabaseError, PathError) as error:
        print(f"blocwatch: {error}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as error:
        print(f"blocwatch: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except sqlite3.Error as error:
        print(f"blocwatch: database error: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (`blocwatch match | head`): stop quietly, as Unix tools do,
        # and point stdout at /dev/null so that Python's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as error:
        print(
            f"blocwatch: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
