"""Where a poll parses its feed bodies: worker processes, or one thread.

Kept apart from ``feeds.poll`` and light to import (no httpx, sqlite-utils or asyncio), so
that ``blocwatch poll`` can bring the workers up first and load the rest while they start.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import multiprocessing
import multiprocessing.forkserver
import os
import sys
import threading
from pathlib import Path

from feeds.process import init_worker
from store.config import Settings
from store.peek import count_never_fetched

POOL_MIN_FEEDS = 8  # below this, starting worker processes costs more than it saves


def start_fork_server() -> None:
    """Start the fork server on the poll's own import path, if it is not running yet.

    Python 3.11's fork server is ``python -c …``, and it ignores the ``sys.path`` it is
    handed, so its interpreter looks in the current directory first. Run from a folder
    holding another ``feeds`` or ``store`` package (a checkout of another version, any
    project of that name), the workers imported that code, not the poll's. The server
    starts with the poll's path in PYTHONPATH and the current directory left out
    (PYTHONSAFEPATH), and the environment is put back at once.
    """
    wanted = {
        "PYTHONPATH": os.pathsep.join(entry for entry in sys.path if entry),
        "PYTHONSAFEPATH": "1",
    }
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class Parsers:
    """Where bodies are parsed, created when the first body arrives.

    A repoll where every feed answers 304 then starts no process and builds no matcher.
    Worker processes come from a fork server (a fresh interpreter that preloads what a
    worker runs, ``feeds.process``), because forking the poll itself once its threads run
    is unsafe. With few feeds or one core, one thread parses in fetch order instead.

    When many feeds have never been fetched (no ETag, no Last-Modified: each will send a
    body), ``start`` brings the workers up at once, from a thread, while the poll loads
    and starts fetching: they are ready, matcher built, when the first bodies arrive.
    """

    def __init__(self, feed_count: int, use_pool: bool, settings: Settings) -> None:
        cores = (
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        ) or 1
        self._processes = cores if use_pool and feed_count >= POOL_MIN_FEEDS and cores > 1 else 0
        self._settings = settings
        self._executor: concurrent.futures.Executor | None = None
        self._lock = threading.Lock()
        self._starter: threading.Thread | None = None

    @classmethod
    def started_for(cls, db_path: Path, settings: Settings) -> Parsers | None:
        """Workers already starting when the database holds enough never-fetched feeds
        (a first poll); None otherwise, and the poll decides for itself."""
        never_fetched = count_never_fetched(db_path)
        if never_fetched < POOL_MIN_FEEDS:
            return None
        parsers = cls(never_fetched, True, settings)
        parsers.start()
        return parsers

    def start(self) -> None:
        """Bring the worker processes up in the background (nothing to do without them)."""
        if self._processes and self._starter is None:
            self._starter = threading.Thread(
                target=self._warm, name="blocwatch-pool-start", daemon=True
            )
            self._starter.start()

    def _warm(self) -> None:
        executor = self.get()
        # one task a worker: the pool spawns its processes, each builds the matcher in
        # init_worker; a failure here shows again, as that feed's error, on real work
        with contextlib.suppress(Exception):
            for future in [executor.submit(os.getpid) for _ in range(self._processes)]:
                future.result()

    def get(self) -> concurrent.futures.Executor:
        with self._lock:
            if self._executor is None:
                self._executor = self._create()
            return self._executor

    def _create(self) -> concurrent.futures.Executor:
        if not self._processes:
            return concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="blocwatch-parse"
            )
        context = multiprocessing.get_context(
            "forkserver" if sys.platform.startswith("linux") else "spawn"
        )
        if isinstance(context, multiprocessing.context.ForkServerContext):
            # feeds.preload builds the default matcher once, for every worker to inherit
            context.set_forkserver_preload(["feeds.preload"])
            start_fork_server()
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._processes,
            mp_context=context,
            initializer=init_worker,
            initargs=(os.getpid(), self._settings.watched, self._settings.threshold,
                      self._settings.learned),
        )

    def shutdown(self) -> None:
        """Stop the workers; safe to call more than once."""
        if self._starter is not None:
            self._starter.join()  # its tasks are trivial: done once the workers are up
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
