#!/usr/bin/env bash
# Starts and stops the platform itself for the benchmarks: the WildFly the ear module provisioned
# (ear/target/server) with the EAR as built, on its own ports and with its own base directory,
# pointed at the bench's S3Proxy and Elasticsearch.
#
#   bench-wildfly.sh start --server <provisioned server> --ear <gongxue.ear> --tika-bin <dir>
#                          --base <dir> --http-port <port> --management-port <port>
#                          --management-user <name> --management-password <password>
#                          [--heap <size>] [-- <more -D system properties>]
#   bench-wildfly.sh stop --base <dir>
#
# Under <base>: configuration/ (a fresh copy of the server's, with a management user for the
# benchmark's heap readings), deployments/, data/ (the H2 database), log/ and wildfly.pid.
# `start` returns once /health/ready answers UP; a server that does not get there is stopped.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The platform's own helpers (port checks, readiness wait, stop by pid file).
# shellcheck source=../../../../src/main/sh/common.sh
source "$here/../../../../src/main/sh/common.sh"

readonly START_TIMEOUT_SECONDS=300

usage() {
    die "usage: bench-wildfly.sh start --server <dir> --ear <file> --tika-bin <dir> --base <dir> --http-port <port>
            --management-port <port> --management-user <name> --management-password <password> [--heap 512m] [-- -Dname=value…]
       bench-wildfly.sh stop --base <dir>"
}

# The pid of the WildFly running with <base>, if any: the pid file is trusted only when its
# process really has that base directory (a stale file may name a pid reused by anything else).
wildfly_pid() {
    local base=$1
    local marker="-Djboss.server.base.dir=$base"
    if is_running "$base/wildfly.pid"; then
        local pid
        pid=$(cat "$base/wildfly.pid")
        if ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$marker"; then
            echo "$pid"
            return 0
        fi
    fi
    # Without a usable pid file: the java process with that base (not the standalone.sh around it).
    local candidate
    for candidate in $(pgrep -f -- "$marker" || true); do
        if [[ $(ps -o comm= -p "$candidate" 2>/dev/null) == java ]]; then
            echo "$candidate"
            return 0
        fi
    done
}

stop_wildfly() {
    local base=$1
    local pid
    pid=$(wildfly_pid "$base")
    if [[ -n $pid ]]; then
        echo "$pid" >"$base/wildfly.pid"
        stop_pidfile "$base/wildfly.pid" WildFly 60
        log "WildFly with base $base is stopped"
    fi
    rm -f "$base/wildfly.pid"
}

start() {
    local server="" ear="" tika_bin="" base="" http_port="" management_port="" user="" password="" heap=512m
    while (($# > 0)); do
        case $1 in
            --server) server=${2:-}; shift 2 || usage ;;
            --ear) ear=${2:-}; shift 2 || usage ;;
            --tika-bin) tika_bin=${2:-}; shift 2 || usage ;;
            --base) base=${2:-}; shift 2 || usage ;;
            --http-port) http_port=${2:-}; shift 2 || usage ;;
            --management-port) management_port=${2:-}; shift 2 || usage ;;
            --management-user) user=${2:-}; shift 2 || usage ;;
            --management-password) password=${2:-}; shift 2 || usage ;;
            --heap) heap=${2:-}; shift 2 || usage ;;
            --) shift; break ;;
            *) log "unknown option: $1"; usage ;;
        esac
    done
    [[ -n $server && -n $ear && -n $tika_bin && -n $base && -n $http_port && -n $management_port ]] || usage
    [[ -n $user && -n $password ]] || usage
    [[ -x $server/bin/standalone.sh ]] || die "no provisioned WildFly at $server (build the ear module first)"
    [[ -f $ear ]] || die "no EAR at $ear (build the ear module first)"
    [[ $heap =~ ^[0-9]+[mMgG]$ ]] || die "--heap: '$heap' is not a heap size such as 512m or 1g"

    mkdir -p "$base"
    base=$(cd "$base" && pwd)
    if [[ -n $(wildfly_pid "$base") ]]; then
        die "a WildFly with base $base is already running; stop it with: $0 stop --base $base"
    fi
    require_free_port "$http_port" "the bench's WildFly HTTP" "-Dbench.wildfly.http-port"
    require_free_port "$management_port" "the bench's WildFly management" "-Dbench.wildfly.management-port"

    # A fresh server every run: configuration as provisioned, an empty database, the EAR as built.
    rm -rf "$base/configuration" "$base/deployments" "$base/data" "$base/log" "$base/tmp"
    mkdir -p "$base/deployments" "$base/log" "$base/data"
    cp -r "$server/standalone/configuration" "$base/configuration"
    # The management HTTP API (heap readings) takes a user of the ManagementRealm.
    "$server/bin/add-user.sh" -sc "$base/configuration" -u "$user" -p "$password" -s \
        >"$base/log/add-user.log" 2>&1 || die "could not add the management user; see $base/log/add-user.log"
    cp "$ear" "$base/deployments/gongxue.ear"

    log "starting WildFly on http://127.0.0.1:$http_port (management $management_port, heap $heap, base $base)"
    # JBOSS_JAVA_SIZING replaces only standalone.conf's -Xms64m -Xmx512m: the heap is the one
    # `./mvnw -Prun` gets unless --heap says otherwise.
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$base/wildfly.pid JBOSS_JAVA_SIZING="-Xms64m -Xmx$heap" \
        nohup "$server/bin/standalone.sh" \
        -Djboss.server.base.dir="$base" \
        -Djboss.http.port="$http_port" \
        -Djboss.management.http.port="$management_port" \
        -Dgongxue.data.dir="$base/data" \
        -Dgongxue.extraction.tika-bin="$tika_bin" \
        -Dgongxue.bootstrap.demo-accounts=true \
        "$@" </dev/null >"$base/log/console.log" 2>&1 &

    # standalone.sh writes the server's pid shortly after it starts the JVM.
    local deadline=$((SECONDS + 30))
    until [[ -s $base/wildfly.pid ]] || ((SECONDS >= deadline)); do sleep 0.2; done
    # Ready, or given up at once when the deployment scanner marks the EAR failed: a server
    # whose application did not deploy never becomes ready, and waiting the full time helps no one.
    local ready=http://127.0.0.1:$management_port/health/ready failed=$base/deployments/gongxue.ear.failed
    deadline=$((SECONDS + START_TIMEOUT_SECONDS))
    until curl -sf -o /dev/null -m 2 "$ready"; do
        if [[ -e $failed ]] || ! is_running "$base/wildfly.pid" || ((SECONDS >= deadline)); then
            log "WildFly did not become ready; last lines of $base/log/console.log:"
            tail -n 20 "$base/log/console.log" >&2 || true
            [[ -e $failed ]] && log "the EAR failed to deploy: $(cat "$failed")"
            stop_wildfly "$base"
            die "WildFly did not become ready (log: $base/log/server.log)"
        fi
        sleep 0.5
    done
    log "WildFly is up (pid $(cat "$base/wildfly.pid"))"
}

stop() {
    local base=""
    while (($# > 0)); do
        case $1 in
            --base) base=${2:-}; shift 2 || usage ;;
            *) log "unknown option: $1"; usage ;;
        esac
    done
    [[ -n $base ]] || usage
    [[ -d $base ]] || return 0
    stop_wildfly "$(cd "$base" && pwd)"
}

case ${1:-} in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) usage ;;
esac
