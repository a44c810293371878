"""`orgkb serve`: the staff page, GraphQL and SPARQL, in one process or several."""

from __future__ import annotations

import argparse
import functools
from typing import TextIO

from orgkb.commands.base import EXIT_OK, open_kb
from orgkb.kb.store.engines import is_remote
from orgkb.settings import from_flags
from orgkb.tokens import write_token


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.app import serve
    from orgkb.listen import listen

    settings = from_flags(args)
    token = write_token(None, settings.write_token_file)
    several = args.workers > 1
    # several workers share the store: a SPARQL server, or a directory each opens read-only
    read_only = several and args.store is not None and not is_remote(args.store)
    kb = open_kb(args.store, read_only=read_only)
    writes = "writes: POST /pages with the write token" if token else "writes: disabled (no write token)"
    if several and (args.store is None or read_only):
        token = None
        writes = "writes: disabled (the workers' store is read-only: load with 'orgkb load --store DIR')"
        if args.store is None:
            writes = "writes: disabled (each worker has its own copy of the built-in corpus)"
    sock = listen(args.host, args.port, shared=several)  # each worker listens beside it
    base = f"http://{args.host}:{args.port}"
    print(f"serving the staff page on {base}/, GraphQL on {base}/graphql, SPARQL on {base}/sparql", file=out)
    print(writes, file=out)
    if several:
        print(f"{args.workers} worker processes, each following the store's writes", file=out)
    print("(Ctrl-C to stop)", file=out, flush=True)
    if not several:
        serve(kb, host=args.host, port=args.port, settings=settings, write_token=token, sock=sock)
        return EXIT_OK
    kb.close()
    del kb  # each worker opens its own, after the fork

    from orgkb.workers import serve_workers

    opened = functools.partial(open_kb, args.store, read_only=read_only)
    return serve_workers(opened, args.workers, sock, settings=settings, write_token=token)
