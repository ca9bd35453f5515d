# summary: the search box over 1,000,000 records of two types (600,000 suggestions, 400,000 liaison opinions) through HTTP beside raw Lucene on the same index folders
# Options (passed on to the suggestions harness): --suggestions=600000 --opinions=400000 --threads=4,16 --seconds=10
# Settings: as for bench/run suggestions (BENCH_SUGG_DB, BENCH_SUGG_INDEX_DIR); the database defaults to lvzhi_bench_search.

# shellcheck source=bench/benchmarks/suggestions.sh
source "$BENCH_ROOT/bench/benchmarks/suggestions.sh"
eval "$(declare -f bench_main | sed '1s/bench_main/suggestions_main/')"

bench_main() {
  export BENCH_SUGG_DB=${BENCH_SUGG_DB:-lvzhi_bench_search}
  export BENCH_SUGG_INDEX_DIR=${BENCH_SUGG_INDEX_DIR:-/tmp/lvzhi-bench-search-index}
  suggestions_main --suggestions=600000 --opinions=400000 --only=search-all "$@"
}
