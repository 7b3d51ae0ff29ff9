# -*- coding: utf-8 -*-
"""Sinh organizations.jsonl và datasets.jsonl từ các định nghĩa trong tools/ (nội dung hư cấu)."""
import json, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from orgs import org_dicts


def nfc(obj):
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    if isinstance(obj, list):
        return [nfc(x) for x in obj]
    if isinstance(obj, dict):
        return {k: nfc(v) for k, v in obj.items()}
    return obj


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(nfc(r), ensure_ascii=False) + "\n")


def main():
    write_jsonl(os.path.join(DEMO, "organizations.jsonl"), org_dicts())
    if os.path.exists(os.path.join(HERE, "datasets_def.py")):
        from datasets_def import dataset_dicts
        write_jsonl(os.path.join(DEMO, "datasets.jsonl"), dataset_dicts())


if __name__ == "__main__":
    main()
