#!/bin/sh
# The replica's start: on an empty data folder, copies the primary with pg_basebackup (-R makes
# it a standby that streams from there), then runs PostgreSQL as a hot standby.
set -e
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db-primary -U postgres; do sleep 1; done
  PGPASSWORD="$POSTGRES_PASSWORD" pg_basebackup -h db-primary -U postgres -D "$PGDATA" -R -X stream
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
