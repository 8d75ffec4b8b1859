# Shared shell functions for starting and stopping the platform's local servers.
# Sourced by elasticsearch.sh, s3proxy.sh and run-platform.sh; not run on its own.

die() {
    echo "gongxue: $*" >&2
    exit 1
}

log() {
    echo "gongxue: $*" >&2
}

# Fails with a clear message when something already listens on 127.0.0.1:<port>.
require_free_port() {
    local port=$1 what=$2 variable=$3
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "port $port (for $what) is already in use; stop what uses it or choose another port with $variable"
    fi
}

# Waits until <url> answers HTTP at all (any status), or gives up after <seconds>. While
# waiting, it also checks that the process in <pidfile> is still alive, so a server that dies
# on start-up fails fast instead of timing out.
wait_for_http() {
    local url=$1 seconds=$2 pidfile=$3 what=$4 logfile=$5
    wait_for_url "$url" "$seconds" "$pidfile" "$what" "$logfile" -s
}

# Like wait_for_http, but waits for a successful (2xx) answer: for readiness endpoints, which
# answer 503 until everything is ready.
wait_for_success() {
    local url=$1 seconds=$2 pidfile=$3 what=$4 logfile=$5
    wait_for_url "$url" "$seconds" "$pidfile" "$what" "$logfile" -sf
}

wait_for_url() {
    local url=$1 seconds=$2 pidfile=$3 what=$4 logfile=$5 curl_flags=$6
    local deadline=$((SECONDS + seconds))
    while ((SECONDS < deadline)); do
        if curl "$curl_flags" -o /dev/null -m 2 "$url"; then
            return 0
        fi
        if ! is_running "$pidfile"; then
            log "$what exited during start-up; last lines of $logfile:"
            tail -n 30 "$logfile" >&2 || true
            return 1
        fi
        sleep 0.5
    done
    log "$what was not ready at $url within ${seconds}s; last lines of $logfile:"
    tail -n 30 "$logfile" >&2 || true
    return 1
}

is_running() {
    local pidfile=$1
    [[ -s $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# Stops the process recorded in <pidfile> (TERM, then KILL after <grace> seconds) and removes
# the file. Quiet when nothing is running.
stop_pidfile() {
    local pidfile=$1 what=$2 grace=${3:-30}
    if ! is_running "$pidfile"; then
        rm -f "$pidfile"
        return 0
    fi
    local pid
    pid=$(cat "$pidfile")
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + grace))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "$what did not stop within ${grace}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

# The unprivileged account that runs servers which refuse root (Elasticsearch). Empty when
# the current user is not root, in which case servers run as the current user.
unprivileged_user() {
    if ((EUID == 0)); then
        echo "${GONGXUE_SERVICE_USER:-nobody}"
    fi
}
