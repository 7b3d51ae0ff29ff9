# -*- coding: utf-8 -*-
"""Định nghĩa các bộ dữ liệu demo (nội dung hư cấu, viết cho Cổng dữ liệu mở tỉnh Quảng Ngãi).

build_catalogue.py gọi dataset_dicts() để sinh datasets.jsonl theo định dạng `ckanapi dump datasets`.
"""
import datetime as dt
import json
import os
import random

from make_data_files import XA_BY
from orgs import ORGS

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
COLS = json.load(open(os.path.join(HERE, "columns.json"), encoding="utf-8"))
ORG = {o["name"]: o for o in ORGS}
R = random.Random(2025)

ORG_CODE = {"ubnd-tinh": "UBND", "so-y-te": "SYT", "so-giao-duc-va-dao-tao": "SGDDT", "so-nong-nghiep-va-moi-truong": "SNNMT",
            "so-tai-chinh": "STC", "so-khoa-hoc-va-cong-nghe": "SKHCN", "so-xay-dung": "SXD", "so-cong-thuong": "SCT",
            "so-van-hoa-the-thao-va-du-lich": "SVHTTDL", "so-noi-vu": "SNV", "so-tu-phap": "STP", "so-dan-toc-va-ton-giao": "SDTTG",
            "ban-quan-ly-kkt-dung-quat": "BQLKKT", "thong-ke-tinh": "TK", "ubnd-phuong-cam-thanh": "PCT",
            "ubnd-dac-khu-ly-son": "DKLS", "ubnd-phuong-kon-tum": "PKT", "ubnd-xa-mang-den": "XMD"}

# Đầu mối (contact point) mặc định theo cơ quan
CONTACT = {
    "ubnd-tinh": ("Văn phòng UBND tỉnh – Phòng Hành chính – Tổ chức", "hcth.vpubnd@quangngai.gov.vn"),
    "so-y-te": ("Phòng Kế hoạch – Tài chính, Sở Y tế", "khtc.syt@quangngai.gov.vn"),
    "so-giao-duc-va-dao-tao": ("Phòng Kế hoạch – Tài chính, Sở Giáo dục và Đào tạo", "khtc.sgddt@quangngai.gov.vn"),
    "so-nong-nghiep-va-moi-truong": ("Văn phòng Sở Nông nghiệp và Môi trường", "vanphong.snnmt@quangngai.gov.vn"),
    "so-tai-chinh": ("Phòng Quản lý ngân sách, Sở Tài chính", "qlns.stc@quangngai.gov.vn"),
    "so-khoa-hoc-va-cong-nghe": ("Trung tâm Chuyển đổi số, Sở Khoa học và Công nghệ", "cds.skhcn@quangngai.gov.vn"),
    "so-xay-dung": ("Phòng Quản lý hạ tầng giao thông, Sở Xây dựng", "hatang.sxd@quangngai.gov.vn"),
    "so-cong-thuong": ("Phòng Quản lý năng lượng, Sở Công Thương", "nangluong.sct@quangngai.gov.vn"),
    "so-van-hoa-the-thao-va-du-lich": ("Phòng Quản lý du lịch, Sở Văn hóa, Thể thao và Du lịch", "dulich.svhttdl@quangngai.gov.vn"),
    "so-noi-vu": ("Phòng Lao động – Việc làm, Sở Nội vụ", "laodong.snv@quangngai.gov.vn"),
    "so-tu-phap": ("Phòng Hành chính tư pháp, Sở Tư pháp", "hctp.stp@quangngai.gov.vn"),
    "so-dan-toc-va-ton-giao": ("Phòng Chính sách dân tộc, Sở Dân tộc và Tôn giáo", "chinhsach.sdttg@quangngai.gov.vn"),
    "ban-quan-ly-kkt-dung-quat": ("Phòng Quản lý đầu tư, Ban Quản lý KKT Dung Quất và các KCN", "qldt.bqldq@quangngai.gov.vn"),
    "thong-ke-tinh": ("Phòng Thống kê tổng hợp, Thống kê tỉnh Quảng Ngãi", "tonghop.thongke@quangngai.gov.vn"),
    "ubnd-phuong-cam-thanh": ("Văn phòng HĐND và UBND phường Cẩm Thành", "vanphong.camthanh@quangngai.gov.vn"),
    "ubnd-dac-khu-ly-son": ("Phòng Kinh tế, UBND đặc khu Lý Sơn", "kinhte.lyson@quangngai.gov.vn"),
    "ubnd-phuong-kon-tum": ("Phòng Văn hóa – Xã hội, UBND phường Kon Tum", "vhxh.phuongkontum@quangngai.gov.vn"),
    "ubnd-xa-mang-den": ("Phòng Kinh tế, UBND xã Măng Đen", "kinhte.mangden@quangngai.gov.vn"),
}

FREQ_TEXT = {"ANNUAL": "Hằng năm", "SEMIANNUAL": "6 tháng một lần", "QUARTERLY": "Hằng quý", "MONTHLY": "Hằng tháng",
             "WEEKLY": "Hằng tuần", "DAILY": "Hằng ngày", "IRREG": "Không định kỳ, khi có thay đổi", "CONT": "Liên tục (dữ liệu thời gian thực)",
             "UNKNOWN": "Chưa xác định"}
MIME = {"CSV": "text/csv", "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "GeoJSON": "application/geo+json",
        "PDF": "application/pdf", "JSON": "application/json", "API": "application/json"}

PROVINCE = ("51", "Tỉnh Quảng Ngãi")
# ngày cơ quan bắt đầu hoạt động (cơ quan mới sau sắp xếp 2025)
ORG_SINCE = {o: dt.datetime(2025, 7, 1, 8) for o in ("ubnd-phuong-cam-thanh", "ubnd-dac-khu-ly-son", "ubnd-phuong-kon-tum", "ubnd-xa-mang-den")}
ORG_SINCE["so-dan-toc-va-ton-giao"] = dt.datetime(2025, 3, 1, 8)
DATASETS = []


def up(fname, name, desc):
    ext = fname.rsplit(".", 1)[1].lower()
    fmt = {"csv": "CSV", "xlsx": "XLSX", "geojson": "GeoJSON", "pdf": "PDF", "json": "JSON"}[ext]
    return {"name": name, "description": desc, "format": fmt, "mimetype": MIME[fmt], "url": "files/" + fname, "url_type": "upload"}


def link(url, name, desc, fmt):
    return {"name": name, "description": desc, "format": fmt, "mimetype": MIME[fmt], "url": url, "url_type": ""}


def add(name, title, org, groups, tags, desc, res, freq="ANNUAL", basis=None, method=None, caveat=None,
        spatial=None, t=None, lic="cc-by", access="open", ver="1.0", url=None, private=False, state="active",
        contact=None, conforms=None, year=None, pop=1.0, cadence=None):
    DATASETS.append(dict(name=name, title=title, org=org, groups=groups, tags=tags, desc=desc, res=res, freq=freq,
                         basis=basis, method=method, caveat=caveat, spatial=spatial, t=t, lic=lic, access=access,
                         ver=ver, url=url, private=private, state=state, contact=contact, conforms=conforms,
                         year=year, pop=pop, cadence=cadence))


def _notes(d):
    parts = [d["desc"].strip()]
    if d["basis"]:
        parts.append("**Căn cứ:** " + d["basis"])
    if d["method"]:
        parts.append("**Phương pháp thu thập:** " + d["method"])
    csvs = [r["url"][6:] for r in d["res"] if r["url_type"] == "upload" and r["format"] == "CSV"]
    if csvs and csvs[0] in COLS:
        lines = [f"**Các cột dữ liệu** (tệp `{csvs[0]}`):", ""]
        lines += [f"- `{c}`: {m}" for c, m in COLS[csvs[0]]]
        parts.append("\n".join(lines))
    parts.append("**Tần suất cập nhật:** " + (d["cadence"] or FREQ_TEXT[d["freq"]]) + ".")
    if d["caveat"]:
        parts.append("**Lưu ý:** " + d["caveat"])
    return "\n\n".join(parts)


def _spatial(sp):
    if not sp:
        return PROVINCE
    codes = sp if isinstance(sp, list) else [sp]
    return ",".join(codes), "; ".join(XA_BY[c][0] for c in codes)


def dataset_dicts():
    out = []
    seq = {}
    base = dt.datetime(2023, 2, 1, 8, 0, 0)
    span = (dt.datetime(2026, 11, 20) - base).total_seconds()
    for i, d in enumerate(DATASETS):
        # ngày tạo rải đều 2023–2026 theo thứ tự tất định
        frac = ((i * 37) % len(DATASETS)) / len(DATASETS)
        created = base + dt.timedelta(seconds=int(span * frac * 0.85) + R.randint(0, 86400 * 20))
        modified = created + dt.timedelta(days=R.randint(1, max(2, int((dt.datetime(2026, 11, 22) - created).days * 0.9))),
                                          seconds=R.randint(0, 86400))
        if d["t"]:
            end = dt.datetime.fromisoformat(d["t"][1]) + dt.timedelta(days=R.randint(12, 75), seconds=R.randint(0, 86400))
            modified = max(modified, end)
            created = min(created, modified - dt.timedelta(days=R.randint(1, 30)))
        modified = min(modified, dt.datetime(2026, 11, 22, 9, 30) - dt.timedelta(days=R.randint(0, 40)))
        created = min(created, modified - dt.timedelta(hours=R.randint(2, 200)))
        # không tạo bộ dữ liệu trước khi cơ quan tồn tại hoặc trước khi có dữ liệu
        lower = ORG_SINCE.get(d["org"], base)
        if d["t"]:
            lower = max(lower, dt.datetime.fromisoformat(d["t"][0]) - dt.timedelta(days=45))
        if created < lower:
            created = lower + dt.timedelta(days=R.randint(3, 60), seconds=R.randint(0, 86400))
            if modified <= created:
                modified = min(created + dt.timedelta(days=R.randint(2, 120), seconds=R.randint(0, 86400)),
                               dt.datetime(2026, 11, 22, 9, 30))
        year = d["year"] or created.year
        oc = ORG_CODE[d["org"]]
        seq[(oc, year)] = seq.get((oc, year), 0) + 1
        code, sname = _spatial(d["spatial"])
        m_name, m_mail = d["contact"] or CONTACT[d["org"]]
        extras = [("frequency", d["freq"]), ("access_level", d["access"]), ("spatial_code", code), ("spatial_name", sname)]
        if d["t"]:
            extras += [("temporal_start", d["t"][0]), ("temporal_end", d["t"][1])]
        extras += [("language", "vi"), ("identifier", f"51.{oc}.{year}.{seq[(oc, year)]:03d}")]
        if d["conforms"]:
            extras.append(("conforms_to", d["conforms"]))
        views = int(R.lognormvariate(5.6, 0.8) * d["pop"])
        extras.append(("views", str(views)))
        pkg = {
            "name": d["name"], "title": d["title"], "notes": _notes(d), "owner_org": d["org"],
            "private": d["private"], "state": d["state"], "license_id": d["lic"], "version": d["ver"],
            "url": d["url"] or "", "author": ORG[d["org"]]["title"], "author_email": ORG[d["org"]]["email"],
            "maintainer": m_name, "maintainer_email": m_mail,
            "tags": [{"name": t} for t in d["tags"]], "groups": [{"name": g} for g in d["groups"]],
            "metadata_created": created.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            "metadata_modified": modified.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            "extras": [{"key": k, "value": v} for k, v in extras],
            "resources": d["res"],
        }
        out.append(pkg)
    return out


import datasets_content  # noqa: E402,F401  (gọi add() cho từng bộ dữ liệu)
