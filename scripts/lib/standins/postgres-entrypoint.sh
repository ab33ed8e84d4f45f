#!/bin/sh
# Entry point of the local postgres:18 stand-in (tests only; production pulls the official image).
# It does what our compose file relies on from the official image's docker-entrypoint.sh: started
# as root it prepares the data folder and drops to the user postgres; on the first start (no
# PG_VERSION) it runs initdb with POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_INITDB_ARGS, allows
# password logins over the network, creates POSTGRES_DB; then it runs the server on every address.
set -eu
: "${PGDATA:=/var/lib/postgresql/18/docker}"
export PGDATA

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}"
  user=${POSTGRES_USER:-postgres}
  db=${POSTGRES_DB:-$user}
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  # shellcheck disable=SC2086 # the arguments are a list, as in the official image
  initdb --username="$user" --pwfile="$pwfile" ${POSTGRES_INITDB_ARGS:-}
  rm -f "$pwfile"
  printf '\nhost all all all scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
  # As the official image: every address, and the socket where Debian's client tools look.
  printf "listen_addresses = '*'\nunix_socket_directories = '/var/run/postgresql'\n" \
    >>"$PGDATA/postgresql.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
  if [ "$db" != postgres ]; then
    # psql interpolates :"db" (quoted as an identifier) only in what it reads, not in -c.
    echo 'CREATE DATABASE :"db";' | PGPASSWORD=$POSTGRES_PASSWORD \
      psql -v ON_ERROR_STOP=1 --username "$user" --dbname postgres --set db="$db"
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop
  echo 'PostgreSQL init process complete; ready for start up.'
fi

if [ "${1:-postgres}" = postgres ]; then
  [ $# -gt 0 ] && shift
  exec postgres "$@"
fi
exec "$@"
