#!/bin/sh
# Run once by the primary's first start: lets the replica stream the primary's log.
set -e
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
