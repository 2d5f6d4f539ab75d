#!/usr/bin/env bash
# HTTP benchmark: rundum beside nginx serving byte-identical copies of the same
# responses as static files, both on loopback, measured with wrk (1 thread,
# 32 connections). Prints requests/s and p99 latency per path and the ratio
# rundum/nginx. A benchmark, not a test: it always exits 0 once it has measured,
# whatever the figures are.
#
# Usage: bench/http/run.sh [PATH-TO-RUNDUM]   (default: build/release/rundum)
# Environment:
#   BENCH_SECONDS         wrk duration per measurement, default 10
#   BENCH_WARMUP_SECONDS  warm-up per path and server, default 2
#   BENCH_ROUNDS          rounds over all paths and both servers, default 3; the
#                         table shows each server's best round
#   BENCH_RUNDUM_THREADS  rundum --threads, default 1 (one core each)
#   BENCH_PIN             1 (default, with >= 2 CPUs): servers on CPU 1, wrk on CPU 0
#
# Sends traffic to 127.0.0.1 only.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
readonly SCRIPT_DIR REPO_ROOT

readonly SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
readonly WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-2}"
readonly RUNDUM_THREADS="${BENCH_RUNDUM_THREADS:-1}"
readonly ROUNDS="${BENCH_ROUNDS:-3}"
readonly WRK_THREADS=1
readonly WRK_CONNECTIONS=32
readonly HOST=127.0.0.1

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

# --- tools -------------------------------------------------------------------
install_missing() {
    local missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v cmp >/dev/null 2>&1 || missing+=(diffutils)
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
RUNDUM_PID=""
NGINX_PID=""

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
    stop_pid "$RUNDUM_PID"
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
port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
free_port() {
    local port
    for _ in $(seq 200); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! port_in_use "$port" && [[ "$port" != "${RUNDUM_PORT:-}" ]]; then
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

# --- rundum ----------------------------------------------------------------------
log "Datenverzeichnis mit Demodaten: $WORK/data"
"$RUNDUM" init --data "$WORK/data" --demo >"$WORK/init.log" 2>&1 || { cat "$WORK/init.log" >&2; die "rundum init fehlgeschlagen"; }

RUNDUM_PORT="$(free_port)"
"${SERVER_PIN[@]}" "$RUNDUM" serve --data "$WORK/data" --listen "$HOST:$RUNDUM_PORT" \
    --threads "$RUNDUM_THREADS" >"$WORK/rundum.log" 2>&1 &
RUNDUM_PID=$!
wait_http "http://$HOST:$RUNDUM_PORT/healthz" "$RUNDUM_PID" rundum \
    || { cat "$WORK/rundum.log" >&2; exit 1; }
log "rundum läuft (pid $RUNDUM_PID, --threads $RUNDUM_THREADS) auf $HOST:$RUNDUM_PORT"

# --- copies of the responses for nginx ------------------------------------------------
mkdir -p "$WORK/www" "$WORK/nginx"
for i in "${!PATHS[@]}"; do
    fetch "http://$HOST:$RUNDUM_PORT${PATHS[$i]}" "$WORK/www/${FILES[$i]}" \
        || die "GET ${PATHS[$i]} bei rundum fehlgeschlagen"
done

# --- nginx -------------------------------------------------------------------------
NGINX_PORT="$(free_port)"
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
    ct_r="$(curl -fsS --noproxy '*' --max-time 10 -o "$WORK/check.rundum" -w '%{content_type}' "http://$HOST:$RUNDUM_PORT$p")"
    ct_n="$(curl -fsS --noproxy '*' --max-time 10 -o "$WORK/check.nginx" -w '%{content_type}' "http://$HOST:$NGINX_PORT$p")"
    cmp -s "$WORK/check.rundum" "$WORK/check.nginx" \
        || die "$p: Antworten von rundum und nginx sind nicht byte-gleich (ändert sich die Seite von Abruf zu Abruf?)"
    [[ "$ct_r" == "$ct_n" ]] || die "$p: Content-Type unterschiedlich: rundum '$ct_r', nginx '$ct_n'"
    log "$p: $(wc -c <"$WORK/check.rundum") Bytes, $ct_r, byte-gleich"
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

# Each round measures every path on both servers, one right after the other; the
# order of the two servers flips from round to round so that drifting load on a
# shared machine does not always hit the same one. Load from elsewhere only ever
# lowers throughput, so the table shows each server's best round (req/s and the
# p99 of that same run) and the ratio of the two bests; beside it the ratio of
# each round's pair, which shows how much the machine disturbed the run.
declare -A RPS_OF=() P99_OF=()
for (( round = 1; round <= ROUNDS; round++ )); do
    for i in "${!PATHS[@]}"; do
        p="${PATHS[$i]}"
        order=(rundum nginx)
        (( round % 2 == 0 )) && order=(nginx rundum)
        for server in "${order[@]}"; do
            port="$RUNDUM_PORT"; [[ "$server" == nginx ]] && port="$NGINX_PORT"
            run_wrk "http://$HOST:$port$p"
            log "Runde $round/$ROUNDS $p $server: $RPS req/s, p99 $P99 ms"
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
ALL_MET=1
for i in "${!PATHS[@]}"; do
    rb="$(best_round rundum "$i")"; nb="$(best_round nginx "$i")"
    r_rps="${RPS_OF[rundum,$i,$rb]}"; r_p99="${P99_OF[rundum,$i,$rb]}"
    n_rps="${RPS_OF[nginx,$i,$nb]}"; n_p99="${P99_OF[nginx,$i,$nb]}"
    ratio="$(ratio_of "$r_rps" "$n_rps")"
    awk -v r="$ratio" 'BEGIN { exit !(r != "?" && r + 0 >= 0.5) }' || ALL_MET=0
    per_round=()
    for (( round = 1; round <= ROUNDS; round++ )); do
        per_round+=("$(ratio_of "${RPS_OF[rundum,$i,$round]}" "${RPS_OF[nginx,$i,$round]}")")
    done
    ROWS+=("$(printf '| %-16s | %12s | %10s | %12s | %10s | %5s | %-14s |' \
        "\`${PATHS[$i]}\`" "$r_rps" "$r_p99 ms" "$n_rps" "$n_p99 ms" "$ratio" "${per_round[*]}")")
done

# --- report ------------------------------------------------------------------------------
CPU_MODEL="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
[[ -n "$CPU_MODEL" ]] || CPU_MODEL="unbekannt"
pin_note="nein"
(( ${#SERVER_PIN[@]} )) && pin_note="ja (Server auf CPU 1, wrk auf CPU 0)"

echo
echo "HTTP-Benchmark rundum vs. nginx (bench/http/run.sh)"
echo "Datum:      $(date '+%Y-%m-%d %H:%M %Z')"
echo "Maschine:   nproc=$NCPU, CPU: $CPU_MODEL, Kernel $(uname -r)"
echo "rundum:     $RUNDUM (--threads $RUNDUM_THREADS)"
echo "nginx:      $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), worker_processes 1, sendfile, keepalive"
echo "wrk:        -t$WRK_THREADS -c$WRK_CONNECTIONS -d${SECONDS_PER_RUN}s --latency, ${WARMUP_SECONDS}s Aufwärmen je Messung, beste von $ROUNDS Runde(n) je Server"
echo "CPU-Pinning: $pin_note"
echo "Last (loadavg 1/5/15 min): vorher $LOAD_BEFORE, nachher $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-16s | %12s | %10s | %12s | %10s | %5s | %-14s |\n' "Pfad" "rundum req/s" "rundum p99" "nginx req/s" "nginx p99" "Ratio" "Ratio je Runde"
echo "|------------------|-------------:|-----------:|-------------:|-----------:|------:|----------------|"
printf '%s\n' "${ROWS[@]}"
echo
if (( ALL_MET )); then
    echo "Ziel (≥ 0.5 von nginx in jeder Zeile): erreicht"
else
    echo "Ziel (≥ 0.5 von nginx in jeder Zeile): NICHT erreicht"
fi
