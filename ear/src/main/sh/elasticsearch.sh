#!/usr/bin/env bash
# Starts and stops a single local Elasticsearch node with the Gongxue analysis plugin.
#
#   elasticsearch.sh start --dist <elasticsearch zip> --home <dir> --plugin <plugin zip>
#                          --data <dir> --port <port> [--heap 512m]
#   elasticsearch.sh stop --data <dir>
#
# The distribution is unpacked into <home> (once per distribution zip) and the plugin installed
# there (again whenever its zip changes). Everything the node writes — configuration, indices,
# logs, pid file — lives under <data>, so one home can serve several data folders.
# `start` returns once the cluster is at least yellow.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
source "$script_dir/common.sh"

readonly START_TIMEOUT_SECONDS=180
# Marker files in <home>: the checksum of what was unpacked or installed there.
readonly DIST_MARKER=.gongxue-distribution.sha256
readonly PLUGIN_MARKER_PREFIX=.gongxue-plugin-

usage() {
    cat >&2 <<'EOF'
usage: elasticsearch.sh start --dist <elasticsearch zip> --home <dir> --plugin <plugin zip>
                              --data <dir> --port <port> [--heap 512m]
       elasticsearch.sh stop --data <dir>
EOF
    exit 2
}

main() {
    (($# > 0)) || usage
    local command=$1
    shift
    local dist="" home="" plugin="" data="" port="" heap=512m
    while (($# > 0)); do
        (($# >= 2)) || die "option $1 needs a value"
        case $1 in
            --dist) dist=$2 ;;
            --home) home=$2 ;;
            --plugin) plugin=$2 ;;
            --data) data=$2 ;;
            --port) port=$2 ;;
            --heap) heap=$2 ;;
            *) die "unknown option $1" ;;
        esac
        shift 2
    done
    [[ -n $data ]] || die "--data is required"
    case $command in
        start)
            [[ -f $dist ]] || die "--dist: no Elasticsearch distribution zip at '$dist'"
            [[ -f $plugin ]] || die "--plugin: no plugin zip at '$plugin'"
            [[ -n $home ]] || die "--home is required"
            [[ $port =~ ^[0-9]+$ ]] && ((port > 0 && port + 100 < 65536)) || die "--port: '$port' is not a usable port"
            [[ $heap =~ ^[0-9]+[mMgG]$ ]] || die "--heap: '$heap' is not a heap size such as 512m or 1g"
            start "$(absolute "$dist")" "$(absolute "$home")" "$(absolute "$plugin")" "$(absolute "$data")" "$port" "$heap"
            ;;
        stop)
            stop_pidfile "$(absolute "$data")/elasticsearch.pid" Elasticsearch
            ;;
        *) usage ;;
    esac
}

start() {
    local dist=$1 home=$2 plugin=$3 data=$4 port=$5 heap=$6
    local pidfile=$data/elasticsearch.pid
    require_commands unzip curl sha256sum
    if is_running "$pidfile"; then
        die "Elasticsearch already runs from $data (pid $(cat "$pidfile")); stop it first"
    fi
    rm -f "$pidfile" # stale: its process is gone
    # The transport port is fixed relative to the HTTP port so that two nodes started side by
    # side (a developer's and the build's) never pick the same one.
    local transport_port=$((port + 100))
    require_free_port "$port" "Elasticsearch HTTP" --port
    require_free_port "$transport_port" "Elasticsearch transport (HTTP port + 100)" --port

    local java_home
    java_home=$(find_java_home)
    unpack_distribution "$dist" "$home"
    install_plugin "$plugin" "$home" "$java_home"
    write_config "$home" "$data" "$port" "$transport_port"

    local user
    user=$(unprivileged_user)
    if [[ -n $user ]]; then
        chown -R "$user:" "$data"
        require_readable_by "$user" "$home/lib" "$home/bin/elasticsearch" "$data/config"
    fi

    log "starting Elasticsearch on 127.0.0.1:$port${user:+ as $user} (data in $data)"
    local started=$SECONDS
    # -d detaches only after the node has started (or failed), writing the server's pid.
    if ! (cd "$data" && run_as "$user" env \
        ES_JAVA_HOME="$java_home" \
        ES_PATH_CONF="$data/config" \
        ES_TMPDIR="$data/tmp" \
        ES_JAVA_OPTS="-Xms$heap -Xmx$heap" \
        timeout "$START_TIMEOUT_SECONDS" "$home/bin/elasticsearch" -d -p "$pidfile" \
        </dev/null >"$data/logs/startup.log" 2>&1); then
        log "Elasticsearch failed to start; last lines of $data/logs/startup.log:"
        tail -n 30 "$data/logs/startup.log" >&2 || true
        exit 1
    fi
    local health="http://127.0.0.1:$port/_cluster/health"
    wait_for_http "$health" "$START_TIMEOUT_SECONDS" "$pidfile" Elasticsearch "$data/logs/gongxue.log" || exit 1
    curl -sf -o /dev/null "$health?wait_for_status=yellow&timeout=60s" ||
        die "Elasticsearch answers on port $port but the cluster did not reach yellow; see $data/logs"
    log "Elasticsearch is up after $((SECONDS - started))s (pid $(cat "$pidfile"))"
}

# Unpacks the distribution so that <home> is the Elasticsearch home; re-unpacks when the zip
# differs from the one unpacked before. Refuses to touch a <home> this script did not create.
unpack_distribution() {
    local dist=$1 home=$2
    local checksum
    checksum=$(sha256sum <"$dist" | cut -d' ' -f1)
    if [[ -f $home/$DIST_MARKER && $(cat "$home/$DIST_MARKER") == "$checksum" ]]; then
        return 0
    fi
    if [[ -e $home ]]; then
        [[ -f $home/$DIST_MARKER ]] || die "--home: '$home' exists and was not unpacked by this script; choose an empty path"
        log "the distribution changed; unpacking it again into $home"
        rm -rf "$home"
    fi
    log "unpacking $(basename "$dist") into $home"
    local staging
    staging=$(mktemp -d "$(dirname "$home")/.elasticsearch-unpack.XXXXXX")
    unzip -q "$dist" -d "$staging"
    local top=("$staging"/*)
    ((${#top[@]} == 1)) && [[ -x ${top[0]}/bin/elasticsearch ]] || die "$dist does not look like an Elasticsearch distribution"
    mv "${top[0]}" "$home"
    rmdir "$staging"
    chmod 755 "$home" # mktemp made the staging directory private; the node's user must read home
    echo "$checksum" >"$home/$DIST_MARKER"
}

# Installs the plugin unless the same zip is installed already; replaces an older build.
install_plugin() {
    local plugin=$1 home=$2 java_home=$3
    local name checksum marker
    # Matches both stable-plugin-descriptor.properties and a classic plugin-descriptor.properties.
    name=$(unzip -p "$plugin" '*plugin-descriptor.properties' | sed -n 's/^name=//p' | head -n 1)
    [[ -n $name ]] || die "$plugin has no plugin descriptor with a name"
    checksum=$(sha256sum <"$plugin" | cut -d' ' -f1)
    marker=$home/$PLUGIN_MARKER_PREFIX$name.sha256
    if [[ -d $home/plugins/$name && -f $marker && $(cat "$marker") == "$checksum" ]]; then
        return 0
    fi
    local started=$SECONDS
    if [[ -d $home/plugins/$name ]]; then
        ES_JAVA_HOME=$java_home "$home/bin/elasticsearch-plugin" remove --silent "$name"
    fi
    ES_JAVA_HOME=$java_home "$home/bin/elasticsearch-plugin" install --batch --silent "file://$plugin"
    echo "$checksum" >"$marker"
    log "installed plugin $name in $((SECONDS - started))s"
}

# A fresh copy of the distribution's configuration plus this node's settings, so that a
# changed port or data folder always takes effect.
write_config() {
    local home=$1 data=$2 port=$3 transport_port=$4
    mkdir -p "$data/config" "$data/data" "$data/logs" "$data/tmp"
    cp -R "$home/config/." "$data/config/"
    cat >"$data/config/elasticsearch.yml" <<EOF
# Written by elasticsearch.sh on every start; edits here are overwritten.
cluster.name: gongxue
node.name: gongxue-local
network.host: 127.0.0.1
http.port: $port
transport.port: $transport_port
discovery.type: single-node
xpack.security.enabled: false
path.data: $data/data
path.logs: $data/logs
EOF
    # The distribution's jvm.options write the GC log and crash files relative to the working
    # directory; keep them in <data>/logs like everything else.
    cat >"$data/config/jvm.options.d/gongxue.options" <<EOF
-Xlog:gc*,gc+age=trace,safepoint:file=$data/logs/gc.log:utctime,level,pid,tags:filecount=4,filesize=16m
-XX:ErrorFile=$data/logs/hs_err_pid%p.log
-XX:HeapDumpPath=$data/logs
EOF
}

# JAVA_HOME if set, else the home of the java on PATH.
find_java_home() {
    if [[ -n ${JAVA_HOME:-} ]]; then
        [[ -x $JAVA_HOME/bin/java ]] || die "JAVA_HOME=$JAVA_HOME has no bin/java"
        echo "$JAVA_HOME"
        return
    fi
    local java
    java=$(command -v java) || die "no java on PATH and JAVA_HOME is not set"
    java=$(readlink -f "$java")
    dirname "$(dirname "$java")"
}

# Runs a command as <user>, or as the current user when <user> is empty.
run_as() {
    local user=$1
    shift
    if [[ -n $user ]]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

# Elasticsearch refuses root, so the account it runs as must be able to reach its files; a
# parent directory without search permission for others is the usual reason it cannot.
require_readable_by() {
    local user=$1
    shift
    local path
    for path in "$@"; do
        runuser -u "$user" -- test -r "$path" ||
            die "user $user cannot read $path; every directory above it must be searchable by others (chmod o+x), or set GONGXUE_SERVICE_USER"
    done
}

require_commands() {
    local command
    for command in "$@"; do
        command -v "$command" >/dev/null || die "$command is required but not installed"
    done
}

absolute() {
    local path=$1
    if [[ $path == /* ]]; then
        echo "$path"
    else
        echo "$PWD/$path"
    fi
}

main "$@"
