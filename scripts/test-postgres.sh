#!/bin/sh
# A throw-away PostgreSQL cluster for the tests and benchmarks, run as an unprivileged user on 127.0.0.1.
#   scripts/test-postgres.sh start DIR   create the cluster in DIR (must not exist or be empty), start it on a
#                                        free port, print its URL (postgresql+psycopg://...:PORT/postgres)
#   scripts/test-postgres.sh stop DIR    stop it and remove DIR
# Nothing else on the machine is touched: no system cluster, no service, no password. The cluster trusts
# connections from 127.0.0.1 only and is fast rather than durable (fsync off): it is for tests only.
# As root, the server runs as the system user gbt27922-test (created when missing), since PostgreSQL refuses
# to run as root. The server binaries come from Debian's postgresql package (scripts/system-packages.sh test).
set -eu

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$candidate/initdb" ]; then bindir=$candidate; break; fi
done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then bindir=$(dirname "$(command -v initdb)"); fi
if [ -z "$bindir" ]; then
  echo "PostgreSQL server binaries not found; install them: sudo apt-get install -y postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    su -s /bin/sh gbt27922-test -c "$*"
  else
    sh -c "$*"
  fi
}

case "$action" in
  start)
    if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
      echo "$dir exists and is not empty" >&2; exit 1
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then
      id gbt27922-test >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin gbt27922-test
      chown gbt27922-test "$dir"
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "'$bindir/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" || {
      cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-p $port -c listen_addresses=127.0.0.1 -k '$dir' -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off -c max_connections=300\" start >/dev/null" || {
      cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "'$bindir/pg_ctl' -D '$dir/data' -m immediate -w stop >/dev/null" || true
    fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
