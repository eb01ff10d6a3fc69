#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (Debian's `postgresql` package):
#   bash scripts/with-postgres.sh npm run test:contract:server
# initdb refuses root, so as root the cluster belongs to the `postgres` user. It listens on a free
# loopback port, DATABASE_URL points the command at it, and it is stopped and removed at the end.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/svm-pg.XXXXXX)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$dir"

stop() {
  as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "'$bindir/initdb' -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null
# fsync off: a test cluster that is thrown away needs no durability, and it is much faster.
as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w \
  -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
