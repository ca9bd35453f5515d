# summary: start-up on the embedded H2 database: the first start with the demo load (-Xmx512m, peak heap), then seconds from launch to the first 200 of /login with and without the JVM's start-up cache, beside the bare JVM
# Options: --runs=3 (starts of each kind; --restarts= is the same) --data=DIR (a data folder with the demo world: reused when it
# holds one, else made there by the first start and kept; without it a temporary one is made and removed)
# --first-heap=512m (the first start's -Xmx) --timeout=600 (seconds a first start may take to load the demo)
# Quick: --runs=2 --data=/tmp/lvzhi-bench-startup-data (the first run makes the folder, ~3 min; later runs ~2 min).
# Settings: BENCH_STARTUP_JAVA_OPTS (the app's JVM options on every start, default as bin/run:
# --enable-native-access=ALL-UNNAMED), BENCH_SKIP_BUILD=1. No PostgreSQL: the app runs on H2 files.

startup_opt() {
  local name=$1 default=$2 arg
  for arg in "${@:3}"; do
    case "$arg" in --"$name"=*) echo "${arg#--"$name"=}"; return ;; esac
  done
  echo "$default"
}

# Milliseconds since the epoch.
startup_now() {
  date +%s%3N
}

# Starts java with the given arguments in the work folder on $STARTUP_PORT, logging to $1; sets
# STARTUP_SECONDS (launch to the first 200 of /login) and STARTUP_CPU (the process's CPU seconds then).
startup_launch() {
  local log=$1
  shift
  local started
  started=$(startup_now)
  (cd "$STARTUP_WORK" && exec "$JAVA_HOME/bin/java" "$@" --server.port="$STARTUP_PORT") >"$log" 2>&1 &
  BENCH_APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$STARTUP_PORT/login" || true)" = 200 ]; do
    if ! kill -0 "$BENCH_APP_PID" 2>/dev/null; then
      tail -n 40 "$log" >&2
      echo "the app exited during start-up" >&2
      return 1
    fi
    if [ $(($(startup_now) - started)) -gt 300000 ]; then
      echo "the app did not answer within 300 s" >&2
      return 1
    fi
    sleep 0.05
  done
  local answered
  answered=$(startup_now)
  STARTUP_CPU=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$BENCH_APP_PID/stat" 2>/dev/null || echo "")
  STARTUP_SECONDS=$(awk -v ms=$((answered - started)) 'BEGIN {printf "%.2f", ms / 1000}')
}

startup_median() {
  sort -n | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# The first start on an empty folder: the demo world loads under -Xmx$1; sets FIRST_PAGE (seconds to
# the first page), FIRST_LOADED (seconds to the complete demo world) and FIRST_PEAK (the peak heap
# after collections, MB).
startup_first() {
  local heap=$1 timeout=$2 out=$3
  rm -rf "$STARTUP_WORK/data"
  mkdir -p "$STARTUP_WORK/data"
  # shellcheck disable=SC2086
  startup_launch "$out/first-start.log" $STARTUP_JAVA_OPTS -Xmx"$heap" -Xlog:gc:file="$out/first-start-gc.log" \
    -jar "$BENCH_ROOT/target/lvzhi.jar" || return 1
  local first_page=$STARTUP_SECONDS started=$SECONDS
  bench_log "first start: the sign-in page answered after $first_page s; waiting for the demo world"
  until grep -q 'Data: the complete demo world, loaded in' "$out/first-start.log"; do
    if ! kill -0 "$BENCH_APP_PID" 2>/dev/null || grep -q 'Data: an INCOMPLETE' "$out/first-start.log"; then
      tail -n 60 "$out/first-start.log" >&2
      echo "the demo world did not load (with -Xmx$heap)" >&2
      return 1
    fi
    if [ $((SECONDS - started)) -gt "$timeout" ]; then
      echo "the demo world did not load within $timeout s" >&2
      return 1
    fi
    sleep 1
  done
  local loaded=$((SECONDS - started))
  bench_stop_app
  FIRST_PAGE=$first_page
  FIRST_LOADED=$(awk -v a="$first_page" -v b="$loaded" 'BEGIN {printf "%.0f", a + b}')
  FIRST_PEAK=$(grep -E 'Pause (Young|Full)' "$out/first-start-gc.log" | sed -n 's/.*M->\([0-9]*\)M(.*/\1/p' | sort -n | tail -n1)
}

startup_machine() {
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- commit: $(cd "$BENCH_ROOT" && git rev-parse --short HEAD) ($(cd "$BENCH_ROOT" && git rev-parse --abbrev-ref HEAD))"
  echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), nproc $(nproc)"
  echo "- memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
  echo "- app JVM options: $STARTUP_JAVA_OPTS (every start); the first start adds -Xmx$1"
}

bench_main() {
  local runs data heap timeout
  runs=$(startup_opt runs "$(startup_opt restarts 3 "$@")" "$@")
  data=$(startup_opt data "" "$@")
  heap=$(startup_opt first-heap 512m "$@")
  timeout=$(startup_opt timeout 600 "$@")
  STARTUP_JAVA_OPTS=${BENCH_STARTUP_JAVA_OPTS:---enable-native-access=ALL-UNNAMED}
  local out
  out="$BENCH_ROOT/bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$BENCH_ROOT/target/lvzhi.jar" ]; then
    bench_log "reusing target/lvzhi.jar"
  else
    bench_log "building the app"
    (cd "$BENCH_ROOT" && ./mvnw -B -q -ntp -DskipTests package)
  fi
  STARTUP_WORK=$(mktemp -d /tmp/lvzhi-bench-startup.XXXXXX)
  STARTUP_PORT=$(bench_free_port)
  trap 'bench_stop_app; rm -rf "$STARTUP_WORK"' EXIT
  trap 'exit 130' INT TERM
  startup_machine "$heap" >"$out/machine.md"

  # The data folder with the demo world.
  FIRST_PAGE="" FIRST_LOADED="" FIRST_PEAK=""
  if [ -n "$data" ] && [ -f "$data/lvzhi.mv.db" ]; then
    bench_log "reusing the demo world in $data"
    cp -a "$data" "$STARTUP_WORK/data"
  else
    bench_log "first start on an empty folder (-Xmx$heap): the demo world loads"
    startup_first "$heap" "$timeout" "$out" || return 1
    bench_log "first start: demo world complete after $FIRST_LOADED s, peak heap after collections ${FIRST_PEAK:-?} MB"
    if [ -n "$data" ]; then
      rm -rf "$data"
      mkdir -p "$(dirname "$data")"
      cp -a "$STARTUP_WORK/data" "$data"
      bench_log "kept the demo world in $data for later runs (--data=$data)"
    fi
  fi
  rm -rf "$STARTUP_WORK/data/startup-cache"

  # The start-up cache, made the way bin/run makes it: at the second start of the same build (the
  # first call only notes the build).
  local cache_started cached_launch=() cache_seconds
  # shellcheck disable=SC2086
  (cd "$STARTUP_WORK" && "$BENCH_ROOT/bin/startup-cache" "$BENCH_ROOT/target/lvzhi.jar" data/startup-cache $STARTUP_JAVA_OPTS >/dev/null)
  cache_started=$(startup_now)
  # shellcheck disable=SC2086
  while IFS= read -r argument; do cached_launch+=("$argument"); done < <(cd "$STARTUP_WORK" && \
    "$BENCH_ROOT/bin/startup-cache" "$BENCH_ROOT/target/lvzhi.jar" data/startup-cache $STARTUP_JAVA_OPTS)
  cache_seconds=$(awk -v ms=$(($(startup_now) - cache_started)) 'BEGIN {printf "%.1f", ms / 1000}')
  local cache_mb
  cache_mb=$(du -sm "$STARTUP_WORK/data/startup-cache" 2>/dev/null | cut -f1)
  [ "${cached_launch[0]:-}" != -jar ] || bench_log "no start-up cache could be made: the cached starts are plain ones"
  bench_log "start-up cache made in $cache_seconds s (${cache_mb:-0} MB)"

  # Restarts with the demo world in place, plain and cached in turn, and the bare JVM.
  local i plain=() plain_cpu=() cached=() cached_cpu=() bare=()
  echo "kind,run,seconds_to_first_page,cpu_seconds,load_average" >"$out/starts.csv"
  for i in $(seq 1 "$runs"); do
    # shellcheck disable=SC2086
    startup_launch "$out/plain-$i.log" $STARTUP_JAVA_OPTS -jar "$BENCH_ROOT/target/lvzhi.jar" || return 1
    bench_stop_app
    plain+=("$STARTUP_SECONDS"); plain_cpu+=("$STARTUP_CPU")
    echo "plain,$i,$STARTUP_SECONDS,$STARTUP_CPU,$(cut -d' ' -f1 /proc/loadavg)" >>"$out/starts.csv"
    bench_log "plain start $i: first page after $STARTUP_SECONDS s ($STARTUP_CPU s CPU)"
    # shellcheck disable=SC2086
    startup_launch "$out/cached-$i.log" $STARTUP_JAVA_OPTS "${cached_launch[@]}" || return 1
    bench_stop_app
    cached+=("$STARTUP_SECONDS"); cached_cpu+=("$STARTUP_CPU")
    echo "cached,$i,$STARTUP_SECONDS,$STARTUP_CPU,$(cut -d' ' -f1 /proc/loadavg)" >>"$out/starts.csv"
    bench_log "cached start $i: first page after $STARTUP_SECONDS s ($STARTUP_CPU s CPU)"
    local t0
    t0=$(startup_now)
    "$JAVA_HOME/bin/java" -version >/dev/null 2>&1
    bare+=("$(awk -v ms=$(($(startup_now) - t0)) 'BEGIN {printf "%.2f", ms / 1000}')")
    echo "bare-jvm,$i,${bare[-1]},,$(cut -d' ' -f1 /proc/loadavg)" >>"$out/starts.csv"
  done
  local refused="" jvm_log
  for jvm_log in "$STARTUP_WORK"/data/startup-cache/*/jvm.log; do
    [ -f "$jvm_log" ] && refused=$(grep -h -m1 error "$jvm_log" || true)
  done

  local m_plain m_cached m_plain_cpu m_cached_cpu m_bare
  m_plain=$(printf '%s\n' "${plain[@]}" | startup_median)
  m_cached=$(printf '%s\n' "${cached[@]}" | startup_median)
  m_plain_cpu=$(printf '%s\n' "${plain_cpu[@]}" | startup_median)
  m_cached_cpu=$(printf '%s\n' "${cached_cpu[@]}" | startup_median)
  m_bare=$(printf '%s\n' "${bare[@]}" | startup_median)
  {
    echo "figure,value,unit,target"
    [ -z "$FIRST_PAGE" ] || echo "first-start-to-first-page,$FIRST_PAGE,s,"
    [ -z "$FIRST_LOADED" ] || echo "first-start-to-demo-loaded,$FIRST_LOADED,s,"
    [ -z "$FIRST_PEAK" ] || echo "first-start-peak-heap-after-gc,$FIRST_PEAK,MB,<512 (-Xmx$heap)"
    echo "restart-to-first-page-plain,$m_plain,s,"
    echo "restart-to-first-page-cached,$m_cached,s,<5"
    echo "restart-cpu-plain,$m_plain_cpu,s,"
    echo "restart-cpu-cached,$m_cached_cpu,s,"
    echo "bare-jvm-version,$m_bare,s,"
    echo "cache-making,$cache_seconds,s,"
    echo "cache-size,${cache_mb:-0},MB,"
  } >"$out/figures.csv"
  {
    echo "### Start-up (embedded H2, demo world in place; medians of $runs starts each)"
    echo
    echo "| figure | value | unit | target |"
    echo "|---|---:|---|---|"
    tail -n +2 "$out/figures.csv" | awk -F, '{printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4}'
    echo
    echo "Every start: $(printf '%s ' "${plain[@]}")s plain, $(printf '%s ' "${cached[@]}")s cached, $(printf '%s ' "${bare[@]}")s bare \`java -version\` (starts.csv)."
    [ -z "$refused" ] || echo "The JVM refused the cache: $refused"
    echo "Seconds are wall-clock from launch to the first 200 of /login; CPU is the process's user+system time at that moment (steadier than wall-clock on a shared machine)."
  } >"$out/results.md"
  {
    echo "## startup — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run startup $*\`"
    echo
    cat "$out/machine.md"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/startup-latest"
  cat "$out/results.md"
  bench_log "results in $out (summary.md, figures.csv, starts.csv, logs)"
}
