#!/usr/bin/env bash
# Starts and stops S3Proxy, the local S3-compatible server that stores objects in a directory.
#
#   s3proxy.sh start --jar <s3proxy jar-with-dependencies> --data <dir> --port <port> \
#                    --access-key <key> --secret-key <secret>
#   s3proxy.sh stop --data <dir>
#
# Under <dir>: objects/ (the buckets), s3proxy.conf, s3proxy.pid and s3proxy.log.
# Java is $JAVA_HOME/bin/java when JAVA_HOME is set, else java from the PATH.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

readonly START_TIMEOUT_SECONDS=60

usage() {
    die "usage: s3proxy.sh start --jar <jar> --data <dir> --port <port> --access-key <key> --secret-key <secret>
       s3proxy.sh stop --data <dir>"
}

# Prints the pid of the S3Proxy started with <conf>, if one runs. The pid file is tried first,
# but only trusted if its process really is that S3Proxy: a pid file left by a killed run may
# name a pid the system has since given to another process, which must be neither mistaken
# for S3Proxy nor killed. Without a usable pid file (removed by `mvn clean` while the server
# ran, say), the process is looked up by its exact --properties argument.
s3proxy_pid() {
    local pidfile=$1 conf=$2
    local suffix="--properties $conf"
    if is_running "$pidfile"; then
        local args
        args=$(ps -ww -o args= -p "$(cat "$pidfile")" 2>/dev/null || true)
        if [[ $args == *"$suffix" ]]; then
            cat "$pidfile"
            return 0
        fi
    fi
    ps -ww -eo pid=,args= | awk -v suffix="$suffix" \
        'substr($0, length($0) - length(suffix) + 1) == suffix && /java/ { print $1; exit }'
}

stop_s3proxy() {
    local pidfile=$1 conf=$2
    local pid
    pid=$(s3proxy_pid "$pidfile" "$conf")
    if [[ -n $pid ]]; then
        echo "$pid" >"$pidfile"
        stop_pidfile "$pidfile" "S3Proxy"
    fi
    rm -f "$pidfile"
}

# Java properties treat a backslash as an escape; double it so keys are taken literally.
property_value() {
    printf '%s' "${1//\\/\\\\}"
}

write_config() {
    local conf=$1 port=$2 access_key=$3 secret_key=$4 objects=$5
    # The file holds the secret key: readable by its owner only.
    (
        umask 077
        cat >"$conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$(property_value "$access_key")
s3proxy.credential=$(property_value "$secret_key")
jclouds.provider=filesystem
jclouds.filesystem.basedir=$(property_value "$objects")
CONF
    )
}

start() {
    local jar="" data="" port="" access_key="" secret_key=""
    while (($# > 0)); do
        case $1 in
            --jar) jar=${2:-}; shift 2 || usage ;;
            --data) data=${2:-}; shift 2 || usage ;;
            --port) port=${2:-}; shift 2 || usage ;;
            --access-key) access_key=${2:-}; shift 2 || usage ;;
            --secret-key) secret_key=${2:-}; shift 2 || usage ;;
            *) log "unknown option: $1"; usage ;;
        esac
    done
    [[ -n $jar && -n $data && -n $port && -n $access_key && -n $secret_key ]] || usage
    [[ -f $jar ]] || die "S3Proxy jar not found: $jar"
    [[ $port =~ ^[0-9]+$ ]] && ((port > 0 && port < 65536)) || die "not a TCP port: $port"

    mkdir -p "$data/objects"
    data=$(cd "$data" && pwd)
    local conf=$data/s3proxy.conf pidfile=$data/s3proxy.pid logfile=$data/s3proxy.log

    local running
    running=$(s3proxy_pid "$pidfile" "$conf")
    if [[ -n $running ]]; then
        # Not restarted: it may be serving another build or run in this directory right now.
        die "an S3Proxy with data $data is already running (pid $running); if it was left by an" \
            "interrupted build or run, stop it with: $0 stop --data $data"
    fi
    rm -f "$pidfile"
    require_free_port "$port" "S3Proxy" "--port"

    write_config "$conf" "$port" "$access_key" "$secret_key" "$data/objects"
    local java=java
    if [[ -n ${JAVA_HOME:-} ]]; then
        java=$JAVA_HOME/bin/java
    fi
    log "starting S3Proxy on http://127.0.0.1:$port with data $data (log: $logfile)"
    # Detached from this script's stdin/stdout so that a caller waiting on them (Maven's exec
    # plugin) does not wait for the server too.
    nohup "$java" -jar "$jar" --properties "$conf" </dev/null >>"$logfile" 2>&1 &
    echo $! >"$pidfile"

    if ! wait_for_http "http://127.0.0.1:$port/" "$START_TIMEOUT_SECONDS" "$pidfile" "S3Proxy" "$logfile"; then
        stop_s3proxy "$pidfile" "$conf"
        die "S3Proxy did not start on port $port"
    fi
    log "S3Proxy is up (pid $(cat "$pidfile"))"
}

stop() {
    local data=""
    while (($# > 0)); do
        case $1 in
            --data) data=${2:-}; shift 2 || usage ;;
            *) log "unknown option: $1"; usage ;;
        esac
    done
    [[ -n $data ]] || usage
    if [[ ! -d $data ]]; then
        return 0
    fi
    data=$(cd "$data" && pwd)
    stop_s3proxy "$data/s3proxy.pid" "$data/s3proxy.conf"
    log "S3Proxy with data $data is stopped"
}

case ${1:-} in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) usage ;;
esac
