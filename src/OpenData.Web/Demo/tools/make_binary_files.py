# -*- coding: utf-8 -*-
"""Sinh tệp XLSX và PDF cho catalogue demo, chỉ dùng thư viện chuẩn Python 3.

- XLSX: OOXML tối thiểu viết tay (workbook, 1 sheet, sharedStrings, styles), hàng tiêu đề in đậm.
- PDF: PDF 1.4 tối thiểu, font chuẩn Helvetica. Font chuẩn không hiển thị được dấu tiếng Việt
  nên nội dung PDF được viết KHÔNG DẤU (có ghi chú trong tệp).
Chạy sau tools/make_data_files.py (đọc lại CSV đã sinh).
"""
import csv, os, unicodedata, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(os.path.dirname(HERE), "files")
FIXED_DATE = (2025, 12, 1, 0, 0, 0)   # để tệp sinh ra tất định


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def is_number(v):
    try:
        float(v)
        return v.strip() != "" and not (len(v) > 1 and v.startswith("0") and "." not in v)
    except ValueError:
        return False


def write_xlsx(path, sheet_name, rows):
    strings, index = [], {}

    def sidx(v):
        if v not in index:
            index[v] = len(strings)
            strings.append(v)
        return index[v]

    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_name(c)}{r}"
            style = ' s="1"' if r == 1 else ""
            if r > 1 and is_number(v):
                cells.append(f'<c r="{ref}"{style}><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="s"{style}><v>{sidx(v)}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    last = f"{col_name(max(len(r) for r in rows) - 1)}{len(rows)}"
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="A1:{last}"/>'
             '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
             '<cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="2" width="48" customWidth="1"/><col min="3" max="20" width="18" customWidth="1"/></cols>'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '</Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet),
                           ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)):
            z.writestr(zipfile.ZipInfo(name, FIXED_DATE), data.encode("utf-8"), zipfile.ZIP_DEFLATED)


def unaccent(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def write_pdf(path, title, lines):
    """PDF 1.4 một trang A4, Helvetica, văn bản không dấu."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F2 15 Tf", "50 790 Td", f"({esc(unaccent(title))}) Tj", "/F1 10 Tf", "14 TL", "T*"]
    for ln in lines:
        ops.append(f"({esc(unaccent(ln))}) '")
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(unaccent(title)).encode("latin-1") + b") /Producer (OpenData demo tools) /CreationDate (D:20251201000000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(out)


def read_csv(name):
    with open(os.path.join(FILES, name), encoding="utf-8") as f:
        return list(csv.reader(f))


def main():
    write_xlsx(os.path.join(FILES, "du-toan-ngan-sach-2026.xlsx"), "Dự toán chi 2026", read_csv("du-toan-ngan-sach-2026.csv"))
    write_xlsx(os.path.join(FILES, "gia-vat-lieu-xay-dung-2025.xlsx"), "Giá VLXD 2025", read_csv("gia-vat-lieu-xay-dung-2025.csv"))

    rows = read_csv("quan-trac-khong-khi-2025.csv")[1:]
    stats = {}
    for r in rows:
        s = stats.setdefault(r[2], [])
        s.append((float(r[4]), int(r[9])))
    lines = ["So Nong nghiep va Moi truong tinh Quang Ngai - Trung tam Quan trac Tai nguyen va Moi truong",
             "Ghi chu: ban PDF dung phong chu chuan nen viet khong dau; so lieu goc co dau o tep CSV di kem.",
             "Du lieu minh hoa (hu cau) phuc vu cong du lieu mo demo.", "",
             "1. Pham vi: 4 tram quan trac khong khi tu dong, 6 diem quan trac nuoc mat song.",
             "   Thoi gian: 01/9/2025 - 15/10/2025 (khong khi); 2024 - 2025 (nuoc song, 2 thang/lan).", "",
             "2. Ket qua quan trac khong khi (trung binh giai doan):"]
    for t, v in stats.items():
        pm = sum(x for x, _ in v) / len(v)
        aqi = sum(y for _, y in v) / len(v)
        lines.append(f"   - {t}: PM2.5 trung binh {pm:.1f} ug/m3; VN_AQI trung binh {aqi:.0f}; so ngay AQI > 100: {sum(1 for _, y in v if y > 100)}")
    lines += ["", "3. Nhan xet:",
              "   - Chat luong khong khi nhin chung o muc Tot den Trung binh.",
              "   - Tram KKT Dung Quat co nong do bui min va SO2 cao hon cac tram khac do anh huong",
              "     cua hoat dong cong nghiep, can tiep tuc theo doi vao mua kho.",
              "   - Nuoc song Tra Khuc va song Ve dat QCVN 08:2023/BTNMT muc B o phan lon dot lay mau;",
              "     mot so dot mua lu co TSS va Coliform tang cao.", "",
              "4. Kien nghi:",
              "   - Bo sung tram quan trac tu dong tai phuong Sa Huynh va xa Mang Den.",
              "   - Cong bo du lieu quan trac tu dong hang ngay qua API cua Cong du lieu mo.", "",
              "Tep CSV: quan-trac-khong-khi-2025.csv, chat-luong-nuoc-song-2024-2025.csv"]
    write_pdf(os.path.join(FILES, "bao-cao-tom-tat-quan-trac-moi-truong-2025.pdf"),
              "Bao cao tom tat ket qua quan trac moi truong nam 2025", lines)

    write_pdf(os.path.join(FILES, "huong-dan-su-dung-du-lieu-mo.pdf"), "Huong dan khai thac du lieu mo tinh Quang Ngai", [
        "So Khoa hoc va Cong nghe tinh Quang Ngai - Cong du lieu mo (ban demo)",
        "Ghi chu: ban PDF viet khong dau do gioi han phong chu chuan.", "",
        "1. Du lieu tren cong duoc cap phep mo (chu yeu CC BY 4.0): duoc su dung, chia se, sua doi,",
        "   ke ca cho muc dich thuong mai, voi dieu kien ghi nguon 'Cong du lieu mo tinh Quang Ngai'.",
        "2. Tep CSV ma hoa UTF-8, dau phan cach la dau phay, dong dau la ten cot.",
        "3. Ma don vi hanh chinh cap xa theo danh muc ap dung tu 01/7/2025 (5 chu so).",
        "4. Truong 'spatial_code' cua moi bo du lieu: '51' la toan tinh, ma 5 chu so la cap xa.",
        "5. Phan hoi, de nghi mo them du lieu: gui ve opendata@quangngai.gov.vn.",
    ])


if __name__ == "__main__":
    main()
