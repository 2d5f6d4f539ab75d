#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# HTTP benchmark: rundum (once on SQLite, once on PostgreSQL) beside nginx
# serving byte-identical copies of the same responses as static files, all on
# loopback, measured with wrk (1 thread, 32 connections). Prints requests/s and
# p99 latency per path and database and the ratio rundum/nginx. A benchmark, not
# a test: it always exits 0 once it has measured, whatever the figures are.
#
# Usage: bench/http/run.sh [PATH-TO-RUNDUM]   (default: build/release/rundum)
# Environment:
#   BENCH_SECONDS         wrk duration per measurement, default 8
#   BENCH_WARMUP_SECONDS  warm-up per path and server, default 2
#   BENCH_ROUNDS          rounds over all paths and servers, default 3; the
#                         table shows each server's best round
#   BENCH_RUNDUM_THREADS  rundum --threads, default 1 (one core each)
#   BENCH_BACKENDS        "sqlite postgresql" (default), or just one of them
#   BENCH_PIN             1 (default, with >= 2 CPUs): servers on CPU 1, wrk on CPU 0
#   BENCH_PG_PIN          1 (default): PostgreSQL on the servers' CPU as well
#                         (rundum and its database share one core); 0 = unpinned
#
# Sends traffic to 127.0.0.1 only.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
readonly SCRIPT_DIR REPO_ROOT

readonly SECONDS_PER_RUN="${BENCH_SECONDS:-8}"
readonly WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-2}"
readonly RUNDUM_THREADS="${BENCH_RUNDUM_THREADS:-1}"
readonly ROUNDS="${BENCH_ROUNDS:-3}"
readonly WRK_THREADS=1
readonly WRK_CONNECTIONS=32
readonly HOST=127.0.0.1
readonly PG_BIN=/usr/lib/postgresql/15/bin
readonly PG_SCRIPT="$REPO_ROOT/tests/support/postgres.sh"

# path | file name of the copy | Content-Type
readonly PATHS=("/" "/staedte" "/api/v1/cities")
readonly FILES=("index.html" "staedte.html" "cities.json")
readonly TYPES=("text/html; charset=utf-8" "text/html; charset=utf-8" "application/json")

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] FEHLER: %s\n' "$*" >&2; exit 1; }

for var in SECONDS_PER_RUN WARMUP_SECONDS RUNDUM_THREADS ROUNDS; do
    [[ "${!var}" =~ ^[0-9]+$ ]] || die "$var muss eine ganze Zahl sein (ist: '${!var}')"
done
(( SECONDS_PER_RUN > 0 )) || die "BENCH_SECONDS muss > 0 sein"
(( ROUNDS > 0 )) || die "BENCH_ROUNDS muss > 0 sein"

# the databases rundum is measured on, each in its own rundum process
read -r -a BACKENDS <<<"${BENCH_BACKENDS:-sqlite postgresql}"
(( ${#BACKENDS[@]} > 0 )) || die "BENCH_BACKENDS ist leer"
WITH_PG=0
for b in "${BACKENDS[@]}"; do
    case "$b" in
    sqlite) ;;
    postgresql) WITH_PG=1 ;;
    *) die "BENCH_BACKENDS: unbekannte Datenbank '$b' (sqlite, postgresql)" ;;
    esac
done
readonly BACKENDS WITH_PG
declare -A LABEL=([sqlite]=SQLite [postgresql]=PostgreSQL)

# --- tools -------------------------------------------------------------------
install_missing() {
    local missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v cmp >/dev/null 2>&1 || missing+=(diffutils)
    (( WITH_PG )) && [[ ! -x "$PG_BIN/initdb" ]] && missing+=(postgresql-15)
    (( ${#missing[@]} == 0 )) && return 0
    [[ "$(id -u)" -eq 0 ]] || die "fehlende Programme (${missing[*]}); als root ausführen oder installieren: apt-get install ${missing[*]}"
    log "installiere: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
install_missing
NGINX="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"
readonly NGINX

# --- binary ------------------------------------------------------------------
RUNDUM="${1:-build/release/rundum}"
if [[ "$RUNDUM" != /* ]]; then
    if [[ -e "$RUNDUM" ]]; then RUNDUM="$(pwd)/$RUNDUM"; else RUNDUM="$REPO_ROOT/$RUNDUM"; fi
fi
readonly RUNDUM
[[ -x "$RUNDUM" ]] || die "rundum nicht ausführbar: $RUNDUM (erst: cmake --preset release && cmake --build --preset release --target rundum)"

# --- temp dir and cleanup ------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/rundum-bench.XXXXXX")"
readonly WORK
NGINX_PID=""
declare -A PID_OF=() PORT_OF=()
PG_DIR="$WORK/pg"
readonly PG_DIR

stop_pid() {
    local pid="$1"
    [[ -n "$pid" ]] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_pid "$NGINX_PID"
    local b
    for b in "${!PID_OF[@]}"; do stop_pid "${PID_OF[$b]}"; done
    if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
        "$PG_SCRIPT" stop "$PG_DIR" >&2 || log "WARNUNG: PostgreSQL in $PG_DIR ließ sich nicht beenden"
    fi
    rm -rf -- "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'log "abgebrochen"; exit 130' INT
trap 'exit 143' TERM

# --- CPU placement -------------------------------------------------------------
NCPU="$(nproc)"
readonly NCPU
SERVER_PIN=()
CLIENT_PIN=()
if [[ "${BENCH_PIN:-1}" == 1 ]] && (( NCPU >= 2 )) && command -v taskset >/dev/null 2>&1; then
    SERVER_PIN=(taskset -c 1)
    CLIENT_PIN=(taskset -c 0)
fi

# --- helpers -------------------------------------------------------------------
USED_PORTS=()
port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
free_port() {
    local port
    for _ in $(seq 200); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! port_in_use "$port" && [[ " ${USED_PORTS[*]} " != *" $port "* ]]; then
            echo "$port"
            return 0
        fi
    done
    die "kein freier Port gefunden"
}
wait_http() { # url pid name
    for _ in $(seq 100); do
        kill -0 "$2" 2>/dev/null || die "$3 ist beim Start beendet worden (siehe oben)"
        curl -fsS --noproxy '*' -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    die "$3 antwortet nicht auf $1"
}
fetch() { # url out
    curl -fsS --noproxy '*' --max-time 10 -o "$2" "$1"
}

# --- PostgreSQL ---------------------------------------------------------------------
# A private server in the temp dir (tests/support/postgres.sh; as root it runs as
# the postgres user, who must be able to pass through the temp dir). Started with
# the servers' CPU pinning unless BENCH_PG_PIN=0, so rundum and the database it
# asks share one core, as nginx has one core for its whole answer.
PG_PIN=()
PG_URL=""
if (( WITH_PG )); then
    [[ -x "$PG_SCRIPT" ]] || die "fehlt: $PG_SCRIPT"
    [[ "$(id -u)" -eq 0 ]] && chmod 0711 "$WORK"
    [[ "${BENCH_PG_PIN:-1}" == 1 ]] && PG_PIN=("${SERVER_PIN[@]}")
    PG_PORT="$(free_port)"
    USED_PORTS+=("$PG_PORT")
    PG_URL="$("${PG_PIN[@]}" "$PG_SCRIPT" start "$PG_DIR" "$PG_PORT")" \
        || { cat "$PG_DIR/initdb.log" "$PG_DIR/log" >&2 2>/dev/null || true; die "PostgreSQL ließ sich nicht starten"; }
    log "PostgreSQL läuft (pid $(head -n1 "$PG_DIR/data/postmaster.pid"), $("$PG_BIN/postgres" --version)) auf $PG_URL"
fi
readonly PG_PIN PG_URL

# --- rundum, once per database --------------------------------------------------------
for b in "${BACKENDS[@]}"; do
    db_args=()
    [[ "$b" == postgresql ]] && db_args=(--db "$PG_URL")
    log "${LABEL[$b]}: Datenverzeichnis mit Demodaten: $WORK/data-$b"
    "$RUNDUM" init --data "$WORK/data-$b" "${db_args[@]}" --demo >"$WORK/init-$b.log" 2>&1 \
        || { cat "$WORK/init-$b.log" >&2; die "rundum init (${LABEL[$b]}) fehlgeschlagen"; }
    port="$(free_port)"
    USED_PORTS+=("$port")
    PORT_OF[$b]="$port"
    "${SERVER_PIN[@]}" "$RUNDUM" serve --data "$WORK/data-$b" "${db_args[@]}" --listen "$HOST:$port" \
        --threads "$RUNDUM_THREADS" >"$WORK/rundum-$b.log" 2>&1 &
    PID_OF[$b]=$!
    wait_http "http://$HOST:$port/healthz" "${PID_OF[$b]}" "rundum (${LABEL[$b]})" \
        || { cat "$WORK/rundum-$b.log" >&2; exit 1; }
    log "rundum (${LABEL[$b]}) läuft (pid ${PID_OF[$b]}, --threads $RUNDUM_THREADS) auf $HOST:$port"
done

# --- copies of the responses for nginx ------------------------------------------------
# Taken from the first database's rundum; the check below requires every
# database's rundum to answer with exactly these bytes.
mkdir -p "$WORK/www" "$WORK/nginx"
for i in "${!PATHS[@]}"; do
    fetch "http://$HOST:${PORT_OF[${BACKENDS[0]}]}${PATHS[$i]}" "$WORK/www/${FILES[$i]}" \
        || die "GET ${PATHS[$i]} bei rundum (${LABEL[${BACKENDS[0]}]}) fehlgeschlagen"
done

# --- nginx -------------------------------------------------------------------------
NGINX_PORT="$(free_port)"
USED_PORTS+=("$NGINX_PORT")
{
    # As root the master would hand the workers to "nobody", who cannot read the
    # 0700 temp dir; so they stay root. Non-root: no user directive at all.
    [[ "$(id -u)" -eq 0 ]] && echo "user root;"
    cat <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    open_file_cache max=16 inactive=60s;
    types {}
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen $HOST:$NGINX_PORT;
        root $WORK/www;
EOF
    for i in "${!PATHS[@]}"; do
        printf '        location = %s { default_type "%s"; try_files /%s =404; }\n' \
            "${PATHS[$i]}" "${TYPES[$i]}" "${FILES[$i]}"
    done
    echo "        location = /healthz { default_type text/plain; return 200 ok; }"
    echo "    }"
    echo "}"
} >"$WORK/nginx/nginx.conf"

"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -t -q -c "$WORK/nginx/nginx.conf" \
    || { cat "$WORK/nginx/error.log" >&2 2>/dev/null || true; die "nginx-Konfiguration ungültig"; }
"${SERVER_PIN[@]}" "$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" \
    >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
wait_http "http://$HOST:$NGINX_PORT/healthz" "$NGINX_PID" nginx \
    || { cat "$WORK/nginx/error.log" >&2; exit 1; }
log "nginx läuft (pid $NGINX_PID, 1 worker) auf $HOST:$NGINX_PORT"

# --- the copies must be byte-identical, with the same Content-Type ---------------------
for i in "${!PATHS[@]}"; do
    p="${PATHS[$i]}"
    ct_n="$(curl -fsS --noproxy '*' --max-time 10 -o "$WORK/check.nginx" -w '%{content_type}' "http://$HOST:$NGINX_PORT$p")"
    for b in "${BACKENDS[@]}"; do
        ct_r="$(curl -fsS --noproxy '*' --max-time 10 -o "$WORK/check.rundum" -w '%{content_type}' "http://$HOST:${PORT_OF[$b]}$p")"
        cmp -s "$WORK/check.rundum" "$WORK/check.nginx" \
            || die "$p: Antworten von rundum (${LABEL[$b]}) und nginx sind nicht byte-gleich (ändert sich die Seite von Abruf zu Abruf, oder je nach Datenbank?)"
        [[ "$ct_r" == "$ct_n" ]] || die "$p: Content-Type unterschiedlich: rundum (${LABEL[$b]}) '$ct_r', nginx '$ct_n'"
    done
    log "$p: $(wc -c <"$WORK/check.nginx") Bytes, $ct_n, byte-gleich bei ${BACKENDS[*]} und nginx"
done

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- measuring -----------------------------------------------------------------------
# wrk's latency unit → milliseconds
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1;
        if (f < 0 || n == "") { print "?"; exit }
        printf "%.2f", n * f }'
}
# run_wrk url → sets RPS and P99 (ms); warns on errors
run_wrk() {
    local url="$1" out="$WORK/wrk.out"
    if (( WARMUP_SECONDS > 0 )); then
        "${CLIENT_PIN[@]}" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WARMUP_SECONDS}s" "$url" >/dev/null 2>&1 || true
    fi
    "${CLIENT_PIN[@]}" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$url" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk fehlgeschlagen: $url"; }
    RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
    P99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
    [[ -n "$RPS" && "$P99" != "?" ]] || { cat "$out" >&2; die "wrk-Ausgabe nicht lesbar (Requests/sec, 99%): $url"; }
    if grep -qE 'Non-2xx|Socket errors' "$out"; then
        log "WARNUNG $url: $(grep -E 'Non-2xx|Socket errors' "$out" | tr -s ' ' | tr '\n' ' ')"
    fi
}

# Each round measures every path on every server, one right after the other:
# rundum on each database and nginx, with nginx in the middle so that it sits
# right beside each rundum it is compared with; the order of the rundums flips
# from round to round so that drifting load on a shared machine does not always
# hit the same one. Load from elsewhere only ever lowers throughput, so the table
# shows each server's best round (req/s and the p99 of that same run) and the
# ratio of rundum's best to nginx's best for that path; beside it the ratio
# within each round, which shows how much the machine disturbed the run.
SERVERS=("${BACKENDS[0]}" nginx "${BACKENDS[@]:1}")
REVERSED=()
for (( k = ${#SERVERS[@]} - 1; k >= 0; k-- )); do REVERSED+=("${SERVERS[$k]}"); done
declare -A RPS_OF=() P99_OF=()
for (( round = 1; round <= ROUNDS; round++ )); do
    for i in "${!PATHS[@]}"; do
        p="${PATHS[$i]}"
        order=("${SERVERS[@]}")
        (( round % 2 == 0 )) && order=("${REVERSED[@]}")
        for server in "${order[@]}"; do
            if [[ "$server" == nginx ]]; then port="$NGINX_PORT"; name=nginx
            else port="${PORT_OF[$server]}"; name="rundum/${LABEL[$server]}"; fi
            run_wrk "http://$HOST:$port$p"
            log "Runde $round/$ROUNDS $p $name: $RPS req/s, p99 $P99 ms"
            RPS_OF[$server,$i,$round]="$RPS"
            P99_OF[$server,$i,$round]="$P99"
        done
    done
done

# best_round server path-index → round with the most req/s
best_round() {
    local best=1 r
    for (( r = 2; r <= ROUNDS; r++ )); do
        (( ${RPS_OF[$1,$2,$r]} > ${RPS_OF[$1,$2,$best]} )) && best=$r
    done
    echo "$best"
}
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }

ROWS=()
declare -A MET=()
for b in "${BACKENDS[@]}"; do MET[$b]=1; done
for i in "${!PATHS[@]}"; do
    nb="$(best_round nginx "$i")"
    n_rps="${RPS_OF[nginx,$i,$nb]}"; n_p99="${P99_OF[nginx,$i,$nb]}"
    for b in "${BACKENDS[@]}"; do
        rb="$(best_round "$b" "$i")"
        r_rps="${RPS_OF[$b,$i,$rb]}"; r_p99="${P99_OF[$b,$i,$rb]}"
        ratio="$(ratio_of "$r_rps" "$n_rps")"
        awk -v r="$ratio" 'BEGIN { exit !(r != "?" && r + 0 >= 0.5) }' || MET[$b]=0
        per_round=()
        for (( round = 1; round <= ROUNDS; round++ )); do
            per_round+=("$(ratio_of "${RPS_OF[$b,$i,$round]}" "${RPS_OF[nginx,$i,$round]}")")
        done
        ROWS+=("$(printf '| %-16s | %-10s | %12s | %10s | %12s | %10s | %5s | %-14s |' \
            "\`${PATHS[$i]}\`" "${LABEL[$b]}" "$r_rps" "$r_p99 ms" "$n_rps" "$n_p99 ms" "$ratio" "${per_round[*]}")")
    done
done

# --- report ------------------------------------------------------------------------------
CPU_MODEL="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
[[ -n "$CPU_MODEL" ]] || CPU_MODEL="unbekannt"
pin_note="nein"
if (( ${#SERVER_PIN[@]} )); then
    pin_note="ja (Server auf CPU 1, wrk auf CPU 0"
    if (( WITH_PG )); then
        if (( ${#PG_PIN[@]} )); then pin_note+=", PostgreSQL auf CPU 1"; else pin_note+=", PostgreSQL ungebunden"; fi
    fi
    pin_note+=")"
fi

echo
echo "HTTP-Benchmark rundum (${BACKENDS[*]}) vs. nginx (bench/http/run.sh)"
echo "Datum:      $(date '+%Y-%m-%d %H:%M %Z')"
echo "Maschine:   nproc=$NCPU, CPU: $CPU_MODEL, Kernel $(uname -r)"
echo "rundum:     $RUNDUM (--threads $RUNDUM_THREADS)"
(( WITH_PG )) && echo "PostgreSQL: $("$PG_BIN/postgres" --version | sed 's/^postgres (PostgreSQL) //'), eigener Server im Temp-Verzeichnis (fsync=off), $PG_URL"
echo "nginx:      $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), worker_processes 1, sendfile, keepalive"
echo "wrk:        -t$WRK_THREADS -c$WRK_CONNECTIONS -d${SECONDS_PER_RUN}s --latency, ${WARMUP_SECONDS}s Aufwärmen je Messung, beste von $ROUNDS Runde(n) je Server"
echo "CPU-Pinning: $pin_note"
echo "Last (loadavg 1/5/15 min): vorher $LOAD_BEFORE, nachher $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-16s | %-10s | %12s | %10s | %12s | %10s | %5s | %-14s |\n' "Pfad" "Datenbank" "rundum req/s" "rundum p99" "nginx req/s" "nginx p99" "Ratio" "Ratio je Runde"
echo "|------------------|------------|-------------:|-----------:|-------------:|-----------:|------:|----------------|"
printf '%s\n' "${ROWS[@]}"
echo
for b in "${BACKENDS[@]}"; do
    if (( MET[$b] )); then verdict=erreicht; else verdict="NICHT erreicht"; fi
    printf 'Ziel (≥ 0.5 von nginx in jeder Zeile), %s: %s\n' "${LABEL[$b]}" "$verdict"
done
