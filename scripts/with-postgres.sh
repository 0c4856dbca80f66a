#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server (Debian's `postgresql`
# package) and REVKIT_TEST_PG_URL pointing at it, then stops the server and
# deletes its data, whatever the command's outcome.
#
#   scripts/with-postgres.sh npm test
#   scripts/with-postgres.sh pnpm --filter @revkit/conformance test
#
# The server listens on 127.0.0.1 only, on a free port, with its data and
# socket in a temporary folder. Its role `revkit` has a random password
# (scram-sha-256 over TCP), so the tests can also try a wrong one. PostgreSQL
# refuses to run as root: as root, the server runs as the `postgres` user
# (created by the Debian package). Set PG_BINDIR to use other binaries.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  # The newest installed major version.
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do bindir="$candidate"; done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "with-postgres: no PostgreSQL server binaries (apt-get install -y postgresql, or set PG_BINDIR)" >&2
  exit 1
fi

as_server=()
if [ "$(id -u)" = "0" ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root needs the postgres user (created by Debian's postgresql package)" >&2
    exit 1
  fi
  as_server=(runuser -u postgres --)
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/revkit-pg.XXXXXX")"
data="$dir/data"
started=""

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$started" ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit "$status"
}
child=""
# A signal stops the command first (bash would otherwise run a trap only once
# a foreground command has ended), then the EXIT trap stops the server.
on_signal() {
  if [ -n "$child" ]; then
    kill "-$1" "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  exit "$2"
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

password="$(node -e "process.stdout.write(require('node:crypto').randomBytes(12).toString('hex'))")"
printf '%s\n' "$password" > "$dir/pwfile"
chmod 700 "$dir"
chmod 600 "$dir/pwfile"
if [ "${#as_server[@]}" -gt 0 ]; then chown -R postgres "$dir"; fi

# A free loopback port, chosen by the kernel.
port="$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")"

"${as_server[@]}" "$bindir/initdb" -D "$data" -U revkit --pwfile="$dir/pwfile" \
  --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
rm -f "$dir/pwfile"
started=yes
"${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}
"${as_server[@]}" "$bindir/createdb" -h "$dir" -p "$port" -U revkit revkit

export REVKIT_TEST_PG_URL="postgres://revkit:$password@127.0.0.1:$port/revkit"
echo "with-postgres: $("$bindir/postgres" --version | sed -E 's/^postgres \(PostgreSQL\) ([^ ]+).*/PostgreSQL \1/') on 127.0.0.1:$port (REVKIT_TEST_PG_URL)"

# Not exec: the trap must stop the server once the command ends. In the
# background with `wait`, so that a signal is handled at once; stdin is kept.
set +e
"$@" <&0 &
child=$!
wait "$child"
status=$?
child=""
set -e
exit "$status"
