#!/usr/bin/env bash
# Start-up time to the first served page and memory with the demo catalogue, on the embedded default (SQLite).
# Usage: bench/startup.sh   (builds Release, then measures a first start on an empty data folder and a restart)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5199}
dotnet build -c Release src/OpenData.Web -v quiet -nologo >/dev/null
app=src/OpenData.Web/bin/Release/net10.0/OpenData.Web
data=$(mktemp -d /tmp/opendata-startup.XXXXXX)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

measure() {
  local label=$1 start end pid_rss
  start=$(date +%s%N)
  "$app" --OpenData:DataDirectory="$data" --urls "http://127.0.0.1:$port" >"$data.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
  end=$(date +%s%N)
  for path in / /dataset "/dataset?q=d%C3%A2n+s%E1%BB%91" /organization /group /dataset/dan-so-theo-xa-phuong; do
    curl -sf -o /dev/null "http://127.0.0.1:$port$path"
  done
  sleep 2
  pid_rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  echo "$label: first page after $(( (end - start) / 1000000 )) ms; resident memory after browsing $(( pid_rss / 1024 )) MiB"
  kill $pid; wait $pid 2>/dev/null || true
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure "first start (creates the store, loads the demo catalogue, builds the index)"
measure "restart (existing data folder)"
