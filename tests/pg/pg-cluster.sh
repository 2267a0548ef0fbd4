#!/bin/sh
# A throw-away PostgreSQL cluster for the tests, on 127.0.0.1 and a free port, with its
# data and socket in one temporary folder.
#   pg-cluster.sh start STATE   start one; STATE (a file) gets its folder, port and URI
#   pg-cluster.sh stop STATE    stop it and remove its folder
# The server refuses to run as root: as root, the cluster is made and run by the
# `postgres` user (Debian's postgresql package creates it).
set -eu

mode=${1:-}
state=${2:-}
if [ -z "$mode" ] || [ -z "$state" ]; then
    echo "usage: pg-cluster.sh start|stop STATEFILE" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: PostgreSQL is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$mode" in
start)
    if [ -f "$state" ]; then
        # A cluster left by an interrupted run: stop it first.
        "$0" stop "$state" || true
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/bd-pg.XXXXXX")
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    # C collation: ISO timestamps and SKUs compare byte for byte, as on SQLite.
    as_server "$bindir/initdb" -D "$dir/data" -U postgres -A trust --locale=C --encoding=UTF8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    {
        echo "dir=$dir"
        echo "port=$port"
        echo "uri=postgresql://postgres@127.0.0.1:$port/postgres"
    } >"$state"
    echo "pg-cluster: PostgreSQL on 127.0.0.1:$port ($dir)"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(sed -n 's/^dir=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
    */bd-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$state"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop STATEFILE" >&2
    exit 2
    ;;
esac
