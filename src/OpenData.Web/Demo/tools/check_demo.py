# -*- coding: utf-8 -*-
"""Kiểm tra tính hợp lệ của catalogue demo và bộ truy vấn relevance.

Chạy: python3 src/OpenData.Web/Demo/tools/check_demo.py   (thoát mã 1 nếu có lỗi)
"""
import csv, json, os, re, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
REPO = os.path.abspath(os.path.join(DEMO, "..", "..", ".."))
QUERIES = os.path.join(REPO, "tests", "OpenData.Search.Tests", "Relevance", "queries.jsonl")
THEMES = {"nong-nghiep", "kinh-te-thuong-mai", "giao-duc", "y-te", "lao-dong", "moi-truong", "tai-chinh", "nang-luong",
          "co-so-ha-tang", "xa-hoi", "cong-nghe", "dia-phuong"}
FREQ = {"ANNUAL", "SEMIANNUAL", "QUARTERLY", "MONTHLY", "WEEKLY", "DAILY", "IRREG", "CONT", "UNKNOWN"}
ACCESS = {"open", "default-shared", "on-request", "restricted"}
LICENSES = {"cc-by", "cc-zero", "odc-odbl", "other-open", "notspecified"}
FORMATS = {"CSV", "XLSX", "GeoJSON", "PDF", "JSON", "API"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
errors = []


def err(msg):
    errors.append(msg)


def walk_strings(obj, where):
    if isinstance(obj, str):
        if not unicodedata.is_normalized("NFC", obj):
            err(f"{where}: text not NFC: {obj[:40]!r}")
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            walk_strings(x, where)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            walk_strings(k, where)
            walk_strings(v, where)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: invalid JSON: {e}")
                continue
            walk_strings(obj, f"{os.path.basename(path)}:{n}")
            rows.append(obj)
    return rows


def check_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        return err(f"{path}: empty CSV")
    width = len(rows[0])
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != width:
            err(f"{os.path.basename(path)}:{i}: {len(r)} columns, header has {width}")
    for r in rows:
        for c in r:
            if not unicodedata.is_normalized("NFC", c):
                err(f"{os.path.basename(path)}: cell not NFC: {c!r}")
    return len(rows) - 1


def main():
    orgs = load_jsonl(os.path.join(DEMO, "organizations.jsonl"))
    org_names = set()
    for o in orgs:
        n = o.get("name", "")
        if not SLUG.match(n):
            err(f"organization slug invalid: {n!r}")
        if n in org_names:
            err(f"duplicate organization {n}")
        org_names.add(n)
        for k in ("title", "description"):
            if not o.get(k):
                err(f"organization {n}: missing {k}")
    for o in orgs:
        for e in o.get("extras", []):
            if e["key"] == "parent" and e["value"] not in org_names:
                err(f"organization {o['name']}: unknown parent {e['value']}")

    ds = load_jsonl(os.path.join(DEMO, "datasets.jsonl"))
    names, theme_count, upload_files = set(), {t: 0 for t in THEMES}, set()
    for d in ds:
        n = d.get("name", "")
        if not SLUG.match(n):
            err(f"dataset slug invalid: {n!r}")
        if n in names:
            err(f"duplicate dataset {n}")
        names.add(n)
        for k in ("title", "notes", "owner_org", "license_id", "maintainer_email", "metadata_created", "metadata_modified"):
            if not d.get(k):
                err(f"{n}: missing {k}")
        if d.get("owner_org") not in org_names:
            err(f"{n}: unknown owner_org {d.get('owner_org')}")
        if d.get("license_id") not in LICENSES:
            err(f"{n}: license {d.get('license_id')}")
        if d.get("state") not in ("active", "draft"):
            err(f"{n}: state {d.get('state')}")
        for k in ("metadata_created", "metadata_modified"):
            if not ISO.match(d.get(k, "")):
                err(f"{n}: {k} not ISO 8601 UTC")
        if d.get("metadata_created", "") > d.get("metadata_modified", ""):
            err(f"{n}: created after modified")
        if not 2 <= len(d.get("tags", [])) <= 6:
            err(f"{n}: {len(d.get('tags', []))} tags")
        groups = [g["name"] for g in d.get("groups", [])]
        if not groups:
            err(f"{n}: no group")
        for g in groups:
            if g not in THEMES:
                err(f"{n}: unknown group {g}")
            else:
                theme_count[g] += 1
        ex = {e["key"]: e["value"] for e in d.get("extras", [])}
        if ex.get("frequency") not in FREQ:
            err(f"{n}: frequency {ex.get('frequency')}")
        if ex.get("access_level") not in ACCESS:
            err(f"{n}: access_level {ex.get('access_level')}")
        codes = ex.get("spatial_code", "").split(",")
        if not all(re.match(r"^(51|\d{5})$", c) for c in codes):
            err(f"{n}: spatial_code {ex.get('spatial_code')}")
        if len(ex.get("spatial_name", "").split("; ")) != len(codes):
            err(f"{n}: spatial_name does not match spatial_code")
        if ex.get("language") != "vi" or not ex.get("identifier") or not ex.get("views", "").isdigit():
            err(f"{n}: language/identifier/views extras")
        res = d.get("resources", [])
        if not 1 <= len(res) <= 4:
            err(f"{n}: {len(res)} resources")
        for r in res:
            if r.get("format") not in FORMATS:
                err(f"{n}: resource format {r.get('format')}")
            if r.get("url_type") == "upload":
                p = os.path.join(DEMO, r["url"])
                if not os.path.isfile(p):
                    err(f"{n}: upload missing {r['url']}")
                upload_files.add(os.path.normpath(p))
            elif not r.get("url", "").startswith("https://"):
                err(f"{n}: link is not https: {r.get('url')}")
    for t, c in theme_count.items():
        if c < 4:
            err(f"theme {t}: only {c} datasets")

    files_dir = os.path.join(DEMO, "files")
    counts, total = {}, 0
    for fn in sorted(os.listdir(files_dir)):
        p = os.path.join(files_dir, fn)
        size = os.path.getsize(p)
        total += size
        if size > 200 * 1024:
            err(f"{fn}: larger than 200 KB")
        ext = fn.rsplit(".", 1)[-1].lower()
        counts[ext] = counts.get(ext, 0) + 1
        if ext == "csv":
            n = check_csv(p)
            if n is not None and not 20 <= n <= 300:
                err(f"{fn}: {n} data rows (expected 20–300)")
        elif ext == "geojson":
            g = json.load(open(p, encoding="utf-8"))
            walk_strings(g, fn)
            if g.get("type") != "FeatureCollection" or not g.get("features"):
                err(f"{fn}: not a non-empty FeatureCollection")
        elif ext == "xlsx":
            with zipfile.ZipFile(p) as z:
                if "xl/workbook.xml" not in z.namelist() or "xl/sharedStrings.xml" not in z.namelist():
                    err(f"{fn}: incomplete XLSX")
        elif ext == "pdf":
            with open(p, "rb") as f:
                b = f.read()
            if not b.startswith(b"%PDF-1.") or b"%%EOF" not in b[-32:]:
                err(f"{fn}: not a PDF")
        if os.path.normpath(p) not in upload_files:
            err(f"{fn}: file not referenced by any dataset")
    if total > 3 * 1024 * 1024:
        err(f"files/ total {total} bytes > 3 MB")
    if counts.get("csv", 0) < 25 or counts.get("geojson", 0) < 2 or counts.get("xlsx", 0) < 1 or counts.get("pdf", 0) < 1:
        err(f"not enough files by type: {counts}")

    public = {d["name"] for d in ds if not d["private"] and d["state"] == "active"}
    qs = load_jsonl(QUERIES) if os.path.exists(QUERIES) else []
    ids = set()
    for q in qs:
        if q.get("id") in ids:
            err(f"duplicate query id {q.get('id')}")
        ids.add(q.get("id"))
        for k in ("query", "relevant", "note", "telex", "unaccented"):
            if not q.get(k):
                err(f"{q.get('id')}: missing {k}")
        if len(set(q.get("relevant", []))) != len(q.get("relevant", [])):
            err(f"{q.get('id')}: duplicate relevant entries")
        for r in q.get("relevant", []):
            if r not in names:
                err(f"{q.get('id')}: unknown dataset {r}")
            elif r not in public:
                err(f"{q.get('id')}: {r} is private or draft")
    if len(qs) < 65:
        err(f"only {len(qs)} relevance queries")

    print(f"organizations: {len(orgs)}")
    print(f"datasets: {len(ds)} (private {sum(d['private'] for d in ds)}, draft {sum(d['state'] == 'draft' for d in ds)})")
    print("datasets per theme:", ", ".join(f"{t}={c}" for t, c in sorted(theme_count.items())))
    print("files by type:", counts, f"total {total // 1024} KB")
    print(f"relevance queries: {len(qs)}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
