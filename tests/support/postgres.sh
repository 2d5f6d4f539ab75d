#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A private PostgreSQL 15 for tests, without systemd (STYLE.md):
#   postgres.sh start DIR [PORT]   initialises DIR (once), starts the server on 127.0.0.1:PORT
#                                  (a free port if none is given; kept in DIR/port) and prints its URL
#   postgres.sh restart DIR        like start, after stopping a server left running in DIR
#   postgres.sh stop DIR           stops it (fast shutdown); the data stays in DIR
#   postgres.sh url DIR            prints the URL of the server in DIR
# As root, the server runs as the postgres user (initdb refuses root).
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
action=${1:?start, stop or url}
dir=${2:?directory}

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
        node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

url() { echo "postgresql://rundum@127.0.0.1:$(cat "$dir/port")/postgres"; }

case "$action" in
start)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        as_postgres "$BIN/initdb -D '$dir/data' -A trust -U rundum --encoding=UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1
    fi
    port=${3:-$( [[ -f "$dir/port" ]] && cat "$dir/port" || free_port )}
    echo "$port" >"$dir/port"
    as_postgres "$BIN/pg_ctl -D '$dir/data' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l '$dir/log' -w start" >/dev/null
    url
    ;;
restart)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_postgres "$BIN/pg_ctl -D '$dir/data' -m immediate -w stop" >/dev/null 2>&1 || true
    fi
    "$0" start "$dir"
    ;;
stop)
    as_postgres "$BIN/pg_ctl -D '$dir/data' -m fast -w stop" >/dev/null
    ;;
url)
    url
    ;;
*)
    echo "unknown action: $action" >&2
    exit 2
    ;;
esac
