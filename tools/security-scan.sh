#!/usr/bin/env bash
# Security scan of a local portal: sqlmap on every form and API parameter that reaches the database, and wapiti
# over the pages and the API, against a fresh data folder with the demo catalogue and a system admin's token.
# Not part of `dotnet test` (it takes minutes); results go to docs/security.md by hand, with the date.
#
#   tools/security-scan.sh [--minutes N] [--out DIR]
#
# --minutes bounds the whole scan (default 30): sqlmap gets about half, wapiti the rest. Needs Debian's
# sqlmap and wapiti (installed when missing and running as root). Exits 1 when a tool reports a finding.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=30
out="$(mktemp -d /tmp/opendata-scan.XXXXXX)"
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --out) out="$2"; mkdir -p "$out"; shift 2 ;;
    *) echo "usage: $0 [--minutes N] [--out DIR]" >&2; exit 2 ;;
  esac
done
say() { printf '[scan %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if ! command -v sqlmap >/dev/null || ! command -v wapiti >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    say "installing sqlmap and wapiti from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlmap wapiti >/dev/null
  else
    echo "security-scan: needs Debian's sqlmap and wapiti (apt-get install sqlmap wapiti)" >&2
    exit 2
  fi
fi

data="$out/data"
mkdir -p "$data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
export OpenData__DataDirectory="$data" OpenData__PublicBaseUrl="$base" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

say "building (Release)"
dotnet build -c Release src/OpenData.Web -v q -nologo >"$out/build.log"
dll="$PWD/src/OpenData.Web/bin/Release/net10.0/OpenData.Web.dll"
# From the project folder, as `dotnet run` starts it (content root, themes).
portal() { (cd src/OpenData.Web && exec dotnet "$dll" "$@"); }
password="Scan-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
portal admin create --name scan-admin --email scan@example.vn --password "$password" >"$out/admin.log"
token=$(portal token create --user scan-admin --name security-scan 2>/dev/null)

say "starting the portal on $base (data in $data)"
(cd src/OpenData.Web && ASPNETCORE_URLS="$base" exec dotnet "$dll") >"$out/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  count=$(curl -fs "$base/api/3/action/package_search?rows=0" 2>/dev/null | jq -r '.result.count // 0' 2>/dev/null || echo 0)
  [ "${count:-0}" -ge 50 ] && break
  sleep 1
done
[ "${count:-0}" -ge 50 ] || { echo "security-scan: the demo catalogue did not load (see $out/portal.log)" >&2; exit 1; }
# A data-store table to aim at: the first loaded CSV resource of the demo.
resource=""
for _ in $(seq 1 120); do
  for id in $(curl -fs "$base/api/3/action/package_search?fq=res_format:CSV%20AND%20access_level:open&rows=20" | jq -r '.result.results[].resources[] | select(.format == "CSV") | .id'); do
    if curl -fs "$base/api/3/action/datastore_search?resource_id=$id&limit=1" >/dev/null 2>&1; then resource=$id; break; fi
  done
  [ -n "$resource" ] && break
  sleep 1
done
[ -n "$resource" ] || { echo "security-scan: no data-store table was loaded" >&2; exit 1; }
dataset=$(curl -fs "$base/api/3/action/resource_show?id=$resource" | jq -r '.result.package_id')
organization=$(curl -fs "$base/api/3/action/organization_list" | jq -r '.result[0]')
say "catalogue: $count datasets; aiming at dataset $dataset, table $resource, organization $organization"

auth="Authorization: $token"
deadline=$(( $(date +%s) + minutes * 60 ))
sqlmap_share=$(( minutes * 60 / 2 ))
# Every parameter that reaches a query: page search and filters, the CKAN search and lookups, the data store
# (filters, q, sort, fields are checked against real columns), the CSV and DCAT exports, suggestions, and the
# write actions with the admin's token (JSON bodies).
targets=(
  "GET|$base/dataset?q=d%C3%A2n&organization=$organization&groups=y-te&tags=x&res_format=CSV&license_id=cc-by&sort=score&page=1"
  "GET|$base/api/3/action/package_search?q=d%C3%A2n&fq=organization:$organization&sort=metadata_modified%20desc&rows=5&start=0&facet.field=%5B%22tags%22%5D"
  "GET|$base/api/3/action/package_show?id=$dataset"
  "GET|$base/api/3/action/resource_search?query=name:d&order_by=name&limit=5"
  "GET|$base/api/3/action/organization_show?id=$organization&include_datasets=true"
  "GET|$base/api/3/action/tag_list?query=d&vocabulary_id=x"
  "GET|$base/api/3/action/datastore_search?resource_id=$resource&q=a&sort=_id%20desc&limit=5&offset=0&fields=_id&distinct=false"
  "GET|$base/api/3/action/datastore_search?resource_id=$resource&filters=%7B%22_id%22%3A%221%22%7D"
  "GET|$base/datastore/dump/$resource?q=a&sort=_id&limit=5&format=csv"
  "GET|$base/dataset.csv?q=a&organization=$organization"
  "GET|$base/catalog.ttl?page=1&modified_since=2020-01-01"
  "GET|$base/api/suggest?q=dan&limit=5"
  "GET|$base/api/2/util/dataset/autocomplete?incomplete=dan&limit=5"
  "POST|$base/api/3/action/package_patch|{\"id\":\"$dataset\",\"notes\":\"quet bao mat\"}"
  "POST|$base/api/3/action/datastore_search|{\"resource_id\":\"$resource\",\"q\":\"a\",\"sort\":\"_id\",\"filters\":{\"_id\":\"1\"}}"
  "POST|$base/api/3/action/package_search|{\"q\":\"dan\",\"fq\":\"tags:x\",\"rows\":5}"
)
findings=0
: >"$out/sqlmap-summary.txt"
# Each target's share of sqlmap's time follows its number of parameters (a query's '&'s, a body's keys).
params_of() { if [ -n "$3" ]; then jq -r 'paths | length' <<<"$3" | wc -l; else local q="${2#*\?}"; [ "$q" = "$2" ] && echo 1 || echo $(( $(tr -cd '&' <<<"$q" | wc -c) + 1 )); fi; }
total_params=0
for target in "${targets[@]}"; do
  IFS='|' read -r method url body <<<"$target"
  total_params=$(( total_params + $(params_of "$method" "$url" "$body") ))
done
say "sqlmap: ${#targets[@]} targets, $total_params parameters, ${sqlmap_share}s in all"
i=0
for target in "${targets[@]}"; do
  i=$((i + 1))
  IFS='|' read -r method url body <<<"$target"
  n=$(params_of "$method" "$url" "$body")
  per_target=$(( sqlmap_share * n / total_params ))
  # Never less than ~15 s per parameter: sqlmap's level-1 tests of one parameter take 5–12 s here.
  [ "$per_target" -lt $(( 15 * n + 15 )) ] && per_target=$(( 15 * n + 15 ))
  args=(-u "$url" --batch --level=1 --risk=1 --threads=2 --flush-session --output-dir="$out/sqlmap" --headers="$auth" --disable-coloring)
  [ "$method" = POST ] && args+=(--data="$body" --headers="$auth
Content-Type: application/json")
  log="$out/sqlmap-$i.log"
  timeout "$per_target" sqlmap "${args[@]}" >"$log" 2>&1 || true
  if grep -qE "is vulnerable|sqlmap identified the following injection point" "$log"; then
    verdict="FINDING"; findings=$((findings + 1))
  elif grep -q "all tested parameters do not appear to be injectable" "$log"; then
    verdict="not injectable"
  else
    verdict="not finished within ${per_target}s"
  fi
  printf '%-15s %s %s\n' "$verdict" "$method" "${url#"$base"}" | tee -a "$out/sqlmap-summary.txt"
done

remaining=$(( deadline - $(date +%s) ))
[ "$remaining" -lt 120 ] && remaining=120
say "wapiti: pages and API, up to ${remaining}s"
# Signed in as the admin so the editing forms are crawled too (their antiforgery tokens are read from the pages).
wapiti-getcookie -u "$base/user/login" -c "$out/cookies.json" -d "username=scan-admin&password=$password" >"$out/wapiti-cookie.log" 2>&1 || true
# (No -x exclusions: Debian's wapiti 3.0.4 builds their patterns with a regex Python 3.11 refuses. Its form
# attacks may post the sign-out form; the rest of the crawl is then anonymous.)
wapiti -u "$base/" --scope folder -H "$auth" -c "$out/cookies.json" \
  -m "sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,xxe" \
  -d 4 --max-links-per-page 40 --max-files-per-dir 60 --max-scan-time "$remaining" --max-attack-time $(( remaining / 3 )) \
  --flush-session -f json -o "$out/wapiti.json" >"$out/wapiti.log" 2>&1 || true
if [ -s "$out/wapiti.json" ]; then
  wapiti_findings=$(jq '[.vulnerabilities[] | length] | add // 0' "$out/wapiti.json")
  jq -r '.vulnerabilities | to_entries[] | select(.value | length > 0) | "\(.key): \(.value | length)"' "$out/wapiti.json" >"$out/wapiti-summary.txt"
  crawled=$(grep -oE 'found [0-9]+ URLs and forms' "$out/wapiti.log" | grep -oE '[0-9]+' || echo "?")
else
  wapiti_findings=1
  echo "wapiti wrote no report (see $out/wapiti.log)" >"$out/wapiti-summary.txt"
  crawled=0
fi
findings=$((findings + wapiti_findings))
errors=$(grep -c '"StatusCode":500\| 500 ' "$out/portal.log" || true)

say "done: sqlmap $(grep -c 'not injectable' "$out/sqlmap-summary.txt") of ${#targets[@]} targets not injectable, $(grep -c FINDING "$out/sqlmap-summary.txt" || true) findings; wapiti $wapiti_findings findings over $crawled URLs and forms; portal log lines with a 500: $errors"
say "reports in $out"
cat "$out/wapiti-summary.txt"
[ "$findings" -eq 0 ]
