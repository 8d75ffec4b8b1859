#!/usr/bin/env bash
# Runs the whole platform on its embedded defaults, in the foreground:
# S3Proxy (object store), Elasticsearch (search) and WildFly (the application), all keeping
# their data under one data folder. Ctrl-C (or TERM) stops everything it started.
#
# Usage: run-platform.sh <ear module's target dir>
# Started by `./mvnw -Prun` after the build; see README.md for the settings below.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

target=$(cd "${1:?usage: run-platform.sh <ear target dir>}" && pwd)
repository=$(cd "$here/../../../.." && pwd)

data=${GONGXUE_DATA_DIR:-$repository/data}
http_port=${GONGXUE_HTTP_PORT:-8080}
management_port=${GONGXUE_MANAGEMENT_PORT:-9990}
es_port=${GONGXUE_ES_PORT:-9200}
s3_port=${GONGXUE_S3_PORT:-9000}
es_heap=${GONGXUE_ES_HEAP:-512m}
s3_access_key=${GONGXUE_S3_ACCESS_KEY:-gongxue}
s3_secret_key=${GONGXUE_S3_SECRET_KEY:-gongxue-secret}
start_timeout=${GONGXUE_START_TIMEOUT:-300}

mkdir -p "$data"
data=$(cd "$data" && pwd)
wildfly_base=$data/wildfly
wildfly_pidfile=$wildfly_base/wildfly.pid

stop_all() {
    local status=$?
    # Finish the clean-up whatever happens meanwhile: a second Ctrl-C, or Maven ending (Ctrl-C
    # reaches it too) and closing the pipe our output went to. Report to the terminal if there
    # is one, else to a log in the data folder.
    trap - EXIT
    trap '' INT TERM PIPE
    set +e
    if { : >/dev/tty; } 2>/dev/null; then
        exec >/dev/tty 2>&1
    else
        exec >>"$data/run.log" 2>&1
    fi
    log "stopping…"
    stop_pidfile "$wildfly_pidfile" WildFly 60
    log "WildFly is stopped"
    "$here/elasticsearch.sh" stop --data "$data/elasticsearch" || true
    "$here/s3proxy.sh" stop --data "$data/s3" || true
    log "stopped; data kept in $data"
    exit "$status"
}

# Check every port before starting anything, so a clash never leaves half a platform running.
require_free_port "$http_port" "WildFly HTTP" GONGXUE_HTTP_PORT
require_free_port "$management_port" "WildFly management" GONGXUE_MANAGEMENT_PORT
require_free_port "$es_port" Elasticsearch GONGXUE_ES_PORT
require_free_port "$s3_port" "S3 object store" GONGXUE_S3_PORT

# Ctrl-C and TERM end the run normally (status 0); an error on the way ends it with its status.
trap 'stop_all' EXIT
trap 'exit 0' INT TERM

log "data folder: $data"
"$here/s3proxy.sh" start --jar "$target/runtime/s3proxy.jar" --data "$data/s3" --port "$s3_port" \
    --access-key "$s3_access_key" --secret-key "$s3_secret_key"
"$here/elasticsearch.sh" start --dist "$target/runtime/elasticsearch.zip" --home "$target/elasticsearch" \
    --plugin "$target/runtime/gongxue-analysis-plugin.zip" --data "$data/elasticsearch" \
    --port "$es_port" --heap "$es_heap"

# WildFly keeps its configuration, logs and deployment under the data folder; the configuration
# and the application are refreshed from the build on every start.
mkdir -p "$wildfly_base/deployments" "$wildfly_base/log"
rm -rf "$wildfly_base/configuration"
cp -r "$target/server/standalone/configuration" "$wildfly_base/configuration"
rm -f "$wildfly_base/deployments/"gongxue.ear*
if [[ -n ${GONGXUE_OIDC_PROVIDER_URL:-} ]]; then
    # Single sign-on (README.md): the fresh copy of the configuration is switched to OpenID Connect
    # (before the EAR is in place: the script starts the server briefly, embedded).
    log "single sign-on through $GONGXUE_OIDC_PROVIDER_URL"
    "$target/server/bin/jboss-cli.sh" -Djboss.server.base.dir="$wildfly_base" -Dgongxue.data.dir="$data" \
        -Djboss.http.port="$http_port" -Djboss.management.http.port="$management_port" --file="$here/../wildfly/oidc.cli" >"$wildfly_base/log/oidc-cli.log" 2>&1 \
        || { log "could not configure single sign-on; see $wildfly_base/log/oidc-cli.log"; exit 1; }
fi
cp "$target/gongxue.ear" "$wildfly_base/deployments/gongxue.ear"

log "starting WildFly…"
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$wildfly_pidfile \
    "$target/server/bin/standalone.sh" \
    -Djboss.server.base.dir="$wildfly_base" \
    -Djboss.http.port="$http_port" \
    -Djboss.management.http.port="$management_port" \
    -Dgongxue.data.dir="$data" \
    -Dgongxue.elasticsearch.url="${GONGXUE_ELASTICSEARCH_URL:-http://127.0.0.1:$es_port}" \
    -Dgongxue.s3.endpoint="${GONGXUE_S3_ENDPOINT:-http://127.0.0.1:$s3_port}" \
    -Dgongxue.s3.access-key="$s3_access_key" \
    -Dgongxue.s3.secret-key="$s3_secret_key" \
    -Dgongxue.extraction.tika-bin="$target/tika-bin" \
    -Dgongxue.bootstrap.demo-accounts=true \
    -Dgongxue.bootstrap.demo-library=true \
    -Dgongxue.bootstrap.demo-community=true \
    >"$wildfly_base/log/console.log" 2>&1 &

# standalone.sh writes the server's pid shortly after it starts the JVM.
deadline=$((SECONDS + 30))
until [[ -s $wildfly_pidfile ]] || ((SECONDS >= deadline)); do sleep 0.2; done
if ! wait_for_success "http://127.0.0.1:$management_port/health/ready" "$start_timeout" "$wildfly_pidfile" \
    WildFly "$wildfly_base/log/console.log"; then
    log "readiness report:"
    curl -s "http://127.0.0.1:$management_port/health/ready" >&2 || true
    exit 1
fi

cat <<MSG

  示范区干部教育培训共同体 · 共学 is running:   http://localhost:$http_port/
  health:   http://127.0.0.1:$management_port/health/ready
  data:     $data
  Press Ctrl-C to stop.

MSG

# Stay in the foreground until WildFly ends or we are interrupted.
while is_running "$wildfly_pidfile"; do
    sleep 2
done
log "WildFly stopped on its own; see $wildfly_base/log/server.log"
exit 1
