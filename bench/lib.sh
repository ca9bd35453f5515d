# Shared steps of the benchmarks, sourced by bench/run. Functions only; nothing runs on source.
# Settings (environment):
#   BENCH_PG_HOST / BENCH_PG_PORT / BENCH_PG_USER   PostgreSQL to use (127.0.0.1 / 5432 / postgres, trust auth)
#   BENCH_APP_JAVA_OPTS                             JVM options of the app under test (-Xms1g -Xmx1g)
#   BENCH_SKIP_BUILD=1                              reuse target/lvzhi.jar and bench/target as they are

BENCH_PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
BENCH_PG_PORT=${BENCH_PG_PORT:-5432}
BENCH_PG_USER=${BENCH_PG_USER:-postgres}
BENCH_APP_JAVA_OPTS=${BENCH_APP_JAVA_OPTS:--Xms1g -Xmx1g}
BENCH_APP_PID=""

bench_log() {
  printf '[bench] %s\n' "$*"
}

# JAVA_HOME of a JDK 21+, the same the app's own scripts use.
bench_java() {
  JAVA_HOME=$("$BENCH_ROOT/bin/java-home")
  export JAVA_HOME
  bench_log "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
}

# The app jar (target/lvzhi.jar) and the harness (bench/target), unless BENCH_SKIP_BUILD=1.
bench_build() {
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$BENCH_ROOT/target/lvzhi.jar" ] && [ -f "$BENCH_ROOT/bench/target/classpath.txt" ]; then
    bench_log "reusing the built app and harness"
    return
  fi
  bench_log "building the app"
  (cd "$BENCH_ROOT" && ./mvnw -B -q -ntp -DskipTests package)
  bench_log "building the harness"
  (cd "$BENCH_ROOT" && ./mvnw -B -q -ntp -f bench/pom.xml package)
}

bench_psql() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" "$@"
}

# Drops and creates database $1.
bench_fresh_db() {
  bench_psql -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
  bench_log "database $1 created on $BENCH_PG_HOST:$BENCH_PG_PORT"
}

# A TCP port nobody listens on, from 18080 (or BENCH_PORT_FROM, so runs started together do not race for one port) up.
bench_free_port() {
  local port
  for port in $(seq "${BENCH_PORT_FROM:-18080}" 18180); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port in 18080-18180" >&2
  return 1
}

# Starts the app jar against database $1 on port $2, logging to $3, without the demo world, and
# waits until the sign-in page answers. The EXIT trap stops it however the script ends.
bench_start_app() {
  local db=$1 port=$2 log=$3
  trap bench_stop_app EXIT
  trap 'exit 130' INT TERM
  # shellcheck disable=SC2086
  LVZHI_DB_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" LVZHI_DB_USER="$BENCH_PG_USER" LVZHI_DB_PASSWORD="" \
    LVZHI_DEMO=false LVZHI_PORT="$port" \
    "$JAVA_HOME/bin/java" $BENCH_APP_JAVA_OPTS -jar "$BENCH_ROOT/target/lvzhi.jar" >"$log" 2>&1 &
  BENCH_APP_PID=$!
  bench_log "app starting on port $port (pid $BENCH_APP_PID, log $log)"
  local started=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; do
    if ! kill -0 "$BENCH_APP_PID" 2>/dev/null; then
      tail -n 40 "$log" >&2
      echo "the app exited during start-up" >&2
      return 1
    fi
    if [ $((SECONDS - started)) -gt "${BENCH_START_TIMEOUT:-180}" ]; then
      echo "the app did not answer within ${BENCH_START_TIMEOUT:-180} s (BENCH_START_TIMEOUT)" >&2
      return 1
    fi
    sleep 1
  done
  bench_log "app up after $((SECONDS - started)) s"
}

bench_stop_app() {
  if [ -n "$BENCH_APP_PID" ] && kill -0 "$BENCH_APP_PID" 2>/dev/null; then
    bench_log "stopping the app (pid $BENCH_APP_PID)"
    kill "$BENCH_APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$BENCH_APP_PID" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$BENCH_APP_PID" 2>/dev/null || true
    wait "$BENCH_APP_PID" 2>/dev/null || true
  fi
  BENCH_APP_PID=""
}

# Runs the harness: bench_harness <benchmark> [--key=value ...].
bench_harness() {
  "$JAVA_HOME/bin/java" -Xms512m -Xmx2g -cp "$BENCH_ROOT/bench/target/classes:$(cat "$BENCH_ROOT/bench/target/classpath.txt")" \
    org.lvzhi.bench.Main "$@"
}

# The machine, as Markdown, for the record.
bench_machine() {
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- commit: $(cd "$BENCH_ROOT" && git rev-parse --short HEAD) ($(cd "$BENCH_ROOT" && git rev-parse --abbrev-ref HEAD))"
  echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), nproc $(nproc)"
  echo "- memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
  echo "- PostgreSQL: $(bench_psql -d postgres -Atc 'SELECT version()' | cut -d' ' -f1-2) (shared_buffers $(bench_psql -d postgres -Atc 'SHOW shared_buffers'), work_mem $(bench_psql -d postgres -Atc 'SHOW work_mem'))"
  echo "- app JVM options: $BENCH_APP_JAVA_OPTS; app database pool: ${LVZHI_DB_POOL:-10} (LVZHI_DB_POOL)"
}
