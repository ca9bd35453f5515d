# Shared by bin/backup and bin/restore: the PostgreSQL database named by the app's LVZHI_DB_URL.
lvzhi_db_parse() {
  local url=$1
  if [[ -z "$url" || "$url" == jdbc:h2:* ]]; then
    echo "LVZHI_DB_URL 未指向 PostgreSQL。内置 H2 数据库的备份：停止应用后复制 data 文件夹。/ LVZHI_DB_URL does not name a PostgreSQL database; back up the embedded H2 database by copying the data folder while the app is stopped." >&2
    exit 2
  fi
  local re='^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)'
  if [[ ! "$url" =~ $re ]]; then
    echo "LVZHI_DB_URL 格式不对：$url（应为 jdbc:postgresql://主机:端口/数据库）/ LVZHI_DB_URL is not jdbc:postgresql://host:port/name" >&2
    exit 2
  fi
  LVZHI_PG_HOST=${BASH_REMATCH[1]}
  LVZHI_PG_PORT=${BASH_REMATCH[3]:-5432}
  LVZHI_PG_DB=${BASH_REMATCH[4]}
  for tool in pg_dump pg_restore psql; do
    command -v "$tool" >/dev/null 2>&1 || { echo "需要 PostgreSQL 客户端（$tool）：sudo apt-get install postgresql-client / needs $tool" >&2; exit 2; }
  done
}
