# -*- coding: utf-8 -*-
"""Sinh các tệp CSV và GeoJSON hư cấu trong Demo/files/.

Số liệu là bịa đặt, chỉ để trình diễn; tên xã/phường và mã ĐVHC là thật (tỉnh Quảng Ngãi, mã 51).
Chạy: python3 tools/make_data_files.py  (tất định: random seed cố định)
"""
import csv, json, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(os.path.dirname(HERE), "files")
FIXTURE = "/work/shared/fixtures/dvhc/vn-admin-units-2025.csv"
R = random.Random(51)

# Một số xã/phường dùng nhiều, kèm tọa độ gần đúng (dùng cho GeoJSON).
XA = [
    ("21025", "Phường Cẩm Thành", 15.121, 108.804), ("21028", "Phường Nghĩa Lộ", 15.108, 108.818),
    ("21172", "Phường Trương Quang Trọng", 15.162, 108.792), ("21040", "Xã Bình Sơn", 15.297, 108.763),
    ("21061", "Xã Vạn Tường", 15.385, 108.802), ("21085", "Xã Bình Minh", 15.262, 108.716),
    ("21100", "Xã Bình Chương", 15.238, 108.661), ("21109", "Xã Đông Sơn", 15.281, 108.641),
    ("21115", "Xã Trà Bồng", 15.232, 108.528), ("21136", "Xã Cà Đam", 15.158, 108.478),
    ("21154", "Xã Tây Trà", 15.182, 108.372), ("21181", "Xã Thọ Phong", 15.198, 108.781),
    ("21196", "Xã Trường Giang", 15.221, 108.842), ("21205", "Xã Ba Gia", 15.171, 108.683),
    ("21211", "Xã Tịnh Khê", 15.179, 108.868), ("21220", "Xã Sơn Tịnh", 15.158, 108.758),
    ("21235", "Xã Tư Nghĩa", 15.091, 108.762), ("21238", "Xã Vệ Giang", 15.062, 108.828),
    ("21250", "Xã Nghĩa Giang", 15.081, 108.721), ("21289", "Xã Sơn Hà", 14.982, 108.561),
    ("21340", "Xã Sơn Tây", 14.968, 108.372), ("21361", "Xã Minh Long", 14.951, 108.681),
    ("21364", "Xã Nghĩa Hành", 14.992, 108.772), ("21400", "Xã Mộ Đức", 14.948, 108.881),
    ("21409", "Xã Long Phụng", 14.972, 108.902), ("21439", "Phường Đức Phổ", 14.812, 108.958),
    ("21451", "Phường Trà Câu", 14.771, 108.991), ("21478", "Phường Sa Huỳnh", 14.668, 109.052),
    ("21484", "Xã Ba Tơ", 14.771, 108.722), ("21529", "Xã Ba Vì", 14.702, 108.698),
    ("21548", "Đặc khu Lý Sơn", 15.381, 109.098), ("23473", "Xã Măng Đen", 14.601, 108.281),
    ("23476", "Xã Kon Plông", 14.682, 108.331), ("23365", "Xã Ngọc Linh", 15.051, 107.982),
    ("23293", "Phường Kon Tum", 14.351, 108.001), ("23284", "Phường Đăk Cấm", 14.381, 107.992),
    ("23302", "Phường Đăk Bla", 14.339, 108.031), ("23401", "Xã Đăk Tô", 14.692, 107.831),
    ("23500", "Xã Đăk Hà", 14.521, 107.918), ("23527", "Xã Sa Thầy", 14.421, 107.792),
    ("23377", "Xã Bờ Y", 14.712, 107.702), ("23425", "Xã Tu Mơ Rông", 14.852, 107.952),
]
XA_BY = {c: (n, la, lo) for c, n, la, lo in XA}
DONG_BANG = ["21040", "21085", "21100", "21181", "21196", "21205", "21211", "21220", "21235", "21238",
             "21250", "21364", "21400", "21409", "21439", "21451", "21025", "21172"]
MIEN_NUI = ["21115", "21136", "21154", "21289", "21340", "21361", "21484", "21529", "23473", "23476",
            "23365", "23401", "23500", "23527", "23377", "23425"]
VEN_BIEN = ["21061", "21211", "21196", "21409", "21439", "21451", "21478", "21548"]

COLUMNS = {}   # tên tệp -> [(tên cột, diễn giải)]


def all_communes():
    rows = []
    with open(FIXTURE, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["level"] == "commune" and r["province_code"] == "51":
                rows.append((r["code"], r["name"], r["division_type"]))
    return rows


def w(fname, cols, rows):
    COLUMNS[fname] = cols
    with open(os.path.join(FILES, fname), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow([c for c, _ in cols])
        for r in rows:
            assert len(r) == len(cols), (fname, r)
            wr.writerow(r)


def xa(code):
    return XA_BY[code][0]


def short(code):
    n = xa(code)
    for p in ("Phường ", "Xã ", "Đặc khu "):
        if n.startswith(p):
            return n[len(p):]
    return n


def months(y0, m0, n):
    y, m = y0, m0
    for _ in range(n):
        yield y, m
        m += 1
        if m > 12:
            y, m = y + 1, 1


def rnd(a, b, nd=1):
    return round(R.uniform(a, b), nd)


def gen_csv():
    # 1. Năng suất lúa
    rows = []
    for nam in (2023, 2024, 2025):
        for vu in ("Đông Xuân", "Hè Thu"):
            for c in DONG_BANG:
                dt_ = R.randint(600, 3200)
                ns = rnd(52, 66) if vu == "Đông Xuân" else rnd(48, 60)
                if nam == 2025 and vu == "Hè Thu" and c in ("21400", "21409"):
                    ns = rnd(38, 44)  # ảnh hưởng hạn cục bộ
                rows.append([nam, vu, c, xa(c), dt_, ns, round(dt_ * ns / 10)])
    w("nang-suat-lua-2023-2025.csv", [
        ("Năm", "Năm thu hoạch"), ("Vụ", "Vụ sản xuất: Đông Xuân hoặc Hè Thu"),
        ("Mã xã", "Mã đơn vị hành chính cấp xã (5 chữ số)"), ("Tên xã", "Tên xã/phường sau sắp xếp 2025"),
        ("Diện tích gieo cấy (ha)", "Diện tích lúa gieo cấy trong vụ"),
        ("Năng suất (tạ/ha)", "Năng suất bình quân"), ("Sản lượng (tấn)", "Sản lượng thóc = diện tích × năng suất / 10")], rows)

    # 2. Diện tích cây trồng
    rows = []
    for c in DONG_BANG + MIEN_NUI:
        crops = ["Lúa", "Ngô", "Lạc", "Sắn (mì)", "Mía"] if c in DONG_BANG else ["Sắn (mì)", "Keo lai", "Quế", "Cà phê", "Cao su", "Lúa nước"]
        if c in ("23473", "23476", "23365", "23425"):
            crops = ["Sâm Ngọc Linh", "Cà phê", "Rau ôn đới", "Chanh dây", "Keo lai"]
        for cr in R.sample(crops, k=min(4, len(crops))):
            if cr == "Sâm Ngọc Linh":
                dtc, sl = rnd(15, 120), ""
            else:
                dtc = rnd(40, 2500)
                sl = round(dtc * {"Lúa": 5.8, "Lúa nước": 4.2, "Ngô": 5.2, "Lạc": 2.4, "Sắn (mì)": 18.0, "Mía": 58.0,
                                  "Keo lai": 0, "Quế": 0.9, "Cà phê": 2.6, "Cao su": 1.5, "Rau ôn đới": 22.0,
                                  "Chanh dây": 30.0}[cr] * R.uniform(0.85, 1.15))
                sl = sl if sl else ""
            rows.append([2024, c, xa(c), cr, dtc, sl])
    w("dien-tich-cay-trong-2024.csv", [("Năm", "Năm thống kê"), ("Mã xã", "Mã ĐVHC cấp xã"), ("Tên xã", "Tên xã/phường"),
        ("Cây trồng", "Loại cây trồng chính"), ("Diện tích (ha)", "Diện tích hiện có"),
        ("Sản lượng (tấn)", "Sản lượng thu hoạch trong năm; để trống nếu cây chưa cho thu hoạch hoặc không theo dõi")], rows)

    # 3. Gia súc gia cầm
    rows = []
    for c in DONG_BANG + MIEN_NUI:
        rows.append([2024, c, xa(c), R.randint(80, 2500), R.randint(1500, 14000), R.randint(2000, 26000),
                     round(R.uniform(20, 420), 1), R.randint(0, 12)])
    w("dan-gia-suc-gia-cam-2024.csv", [("Năm", "Thời điểm 01/10 hằng năm"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Tên xã/phường"),
        ("Trâu (con)", "Tổng đàn trâu"), ("Bò (con)", "Tổng đàn bò"), ("Lợn (con)", "Tổng đàn lợn, không tính lợn sữa"),
        ("Gia cầm (nghìn con)", "Gà, vịt, ngan"), ("Ổ dịch đã xử lý", "Số ổ dịch tả lợn châu Phi, cúm gia cầm được xử lý trong năm")], rows)

    # 4. Thủy sản
    rows = []
    for y, m in months(2023, 1, 36):
        mua = m in (3, 4, 5, 6, 7, 8)
        kt = R.randint(14000, 21000) if mua else R.randint(7000, 12000)
        rows.append([f"{y}-{m:02d}", kt, R.randint(300, 900), R.randint(500, 1400) if mua else R.randint(150, 600),
                     R.randint(90, 420), R.randint(900, 1300)])
    w("san-luong-thuy-san-2023-2025.csv", [("Tháng", "Tháng báo cáo (YYYY-MM)"), ("Khai thác biển (tấn)", "Tổng sản lượng hải sản khai thác"),
        ("Nuôi trồng (tấn)", "Sản lượng thủy sản nuôi trồng (tôm, cá nước ngọt, ốc hương)"),
        ("Cá ngừ (tấn)", "Trong đó cá ngừ các loại"), ("Mực (tấn)", "Trong đó mực"), ("Tàu hoạt động", "Số tàu cá xuất bến trong tháng")], rows)

    # 5. Tàu cá
    rows = []
    for c in VEN_BIEN:
        for nhom in ("6 – dưới 12 m", "12 – dưới 15 m", "15 – dưới 24 m", "Từ 24 m trở lên"):
            so = R.randint(5, 420) if nhom != "Từ 24 m trở lên" else R.randint(0, 60)
            vms = so if nhom in ("15 – dưới 24 m", "Từ 24 m trở lên") else 0
            cv = {"6 – dưới 12 m": (20, 90), "12 – dưới 15 m": (90, 300), "15 – dưới 24 m": (300, 800), "Từ 24 m trở lên": (800, 1500)}[nhom]
            rows.append([c, xa(c), nhom, so, so * R.randint(*cv), vms])
    w("tau-ca-dang-ky-2025.csv", [("Mã xã", "Mã ĐVHC nơi chủ tàu cư trú"), ("Tên xã", "Tên xã/phường/đặc khu"),
        ("Nhóm chiều dài", "Phân nhóm theo chiều dài lớn nhất của tàu"), ("Số tàu", "Số tàu cá đã đăng ký"),
        ("Tổng công suất (CV)", "Tổng công suất máy chính"), ("Đã lắp thiết bị giám sát hành trình", "Số tàu đã lắp VMS (bắt buộc với tàu từ 15 m)")], rows)

    # 6. Giá nông sản
    items = [("Gạo tẻ thường", "kg", 15500), ("Thịt lợn hơi", "kg", 62000), ("Sắn tươi (mì)", "kg", 2900),
             ("Mía cây", "tấn", 1150000), ("Tỏi Lý Sơn khô", "kg", 140000), ("Cá ngừ đại dương", "kg", 110000),
             ("Cà phê nhân", "kg", 118000)]
    rows = []
    d0 = dt.date(2025, 7, 7)
    for i in range(20):
        d = d0 + dt.timedelta(weeks=i)
        for ten, dv, g in items:
            rows.append([d.isoformat(), ten, dv, int(round(g * R.uniform(0.93, 1.08), -2)),
                         R.choice(["Chợ Quảng Ngãi", "Chợ Thu Lộ", "Chợ Đức Phổ", "Chợ Kon Tum"])])
    w("gia-nong-san-hang-tuan-2025.csv", [("Ngày", "Ngày thu thập (thứ Hai hằng tuần)"), ("Mặt hàng", "Tên mặt hàng nông sản"),
        ("Đơn vị tính", "kg hoặc tấn"), ("Giá (đồng)", "Giá bán buôn bình quân, đồng/đơn vị tính"), ("Điểm thu thập", "Chợ hoặc điểm thu mua")], rows)

    # 7. Hợp tác xã
    loai = ["Dịch vụ nông nghiệp tổng hợp", "Trồng và chế biến quế", "Nuôi trồng thủy sản", "Chăn nuôi bò", "Dược liệu", "Trồng rau an toàn", "Khai thác hải sản"]
    rows = []
    for i in range(60):
        c = R.choice(DONG_BANG + MIEN_NUI + VEN_BIEN)
        ten_xa = xa(c).replace("Phường ", "").replace("Xã ", "").replace("Đặc khu ", "")
        if c in VEN_BIEN:
            lv = R.choice(["Khai thác hải sản", "Nuôi trồng thủy sản", "Dịch vụ nông nghiệp tổng hợp"])
        elif c in MIEN_NUI:
            lv = R.choice(["Trồng và chế biến quế", "Dược liệu", "Chăn nuôi bò", "Dịch vụ nông nghiệp tổng hợp"])
        else:
            lv = R.choice(["Dịch vụ nông nghiệp tổng hợp", "Trồng rau an toàn", "Chăn nuôi bò", "Dịch vụ nông nghiệp tổng hợp"])
        ten = f"HTX {lv[0].lower() + lv[1:]} {ten_xa}" if lv != "Dịch vụ nông nghiệp tổng hợp" else f"HTX dịch vụ nông nghiệp {ten_xa} {R.randint(1, 3)}"
        rows.append([f"HTX-{i+1:03d}", ten,
                     c, xa(c), lv, R.randint(7, 420), R.randint(2003, 2024), R.choice(["Đang hoạt động"] * 5 + ["Tạm ngừng"])])
    w("hop-tac-xa-nong-nghiep-2025.csv", [("Mã HTX", "Mã nội bộ"), ("Tên hợp tác xã", "Tên gọi"), ("Mã xã", "Mã ĐVHC trụ sở"), ("Tên xã", "Xã/phường"),
        ("Lĩnh vực", "Lĩnh vực hoạt động chính"), ("Số thành viên", "Số thành viên"), ("Năm thành lập", "Năm đăng ký"), ("Tình trạng", "Tình trạng hoạt động")], rows)

    # 8. OCOP
    sp = [("Tỏi cô đơn Lý Sơn", "21548", 4), ("Hành tím Lý Sơn", "21548", 3), ("Quế vỏ Trà Bồng", "21115", 4),
          ("Tinh dầu quế Tây Trà", "21154", 3), ("Mạch nha Thi Phổ", "21400", 3), ("Đường phèn Quảng Ngãi", "21409", 3),
          ("Cá bống sông Trà kho tộ", "21220", 3), ("Mật ong rừng Ba Tơ", "21484", 3), ("Chè xanh Minh Long", "21361", 3),
          ("Sâm Ngọc Linh tươi", "23365", 5), ("Rượu sâm Ngọc Linh", "23425", 4), ("Cà phê xứ lạnh Măng Đen", "23473", 4),
          ("Chanh dây Măng Đen", "23473", 3), ("Bánh tráng nước dừa Tịnh Khê", "21211", 3), ("Nước mắm Sa Huỳnh", "21478", 4),
          ("Muối sạch Sa Huỳnh", "21478", 3), ("Gạo hữu cơ Nghĩa Hành", "21364", 3), ("Hồng không hạt Măng Đen", "23473", 3),
          ("Ớt bột Bình Sơn", "21040", 3), ("Dầu phộng ép Mộ Đức", "21400", 3), ("Bánh ít lá gai Đức Phổ", "21439", 3),
          ("Don Quảng Ngãi đóng hộp", "21025", 4), ("Thổ cẩm Ba Tơ", "21484", 3), ("Dệt lụa tơ tằm Đông Sơn", "21109", 3),
          ("Cá chuồn nướng Lý Sơn", "21548", 3)]
    rows = []
    for i, (t, c, s) in enumerate(sp):
        rows.append([i + 1, t, f"HTX {short(c)}" if i % 2 else f"Cơ sở sản xuất {t.split()[0].lower()} {short(c)}",
                     c, xa(c), s, R.choice([2022, 2023, 2024, 2025])])
    w("san-pham-ocop-2025.csv", [("STT", "Số thứ tự"), ("Tên sản phẩm", "Tên sản phẩm OCOP"), ("Chủ thể", "Chủ thể sản xuất (HTX, cơ sở, doanh nghiệp)"),
        ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường/đặc khu"), ("Hạng sao", "Hạng 3, 4 hoặc 5 sao"), ("Năm công nhận", "Năm có quyết định công nhận")], rows)

    # 9. Doanh nghiệp đăng ký mới
    nganh = ["Nông, lâm nghiệp và thủy sản", "Công nghiệp chế biến, chế tạo", "Xây dựng", "Bán buôn, bán lẻ; sửa chữa ô tô, xe máy",
             "Vận tải kho bãi", "Dịch vụ lưu trú và ăn uống", "Thông tin và truyền thông", "Hoạt động chuyên môn, khoa học và công nghệ",
             "Hoạt động kinh doanh bất động sản"]
    rows = []
    for y, m in months(2025, 1, 10):
        for n in nganh:
            so = R.randint(3, 70) if "Bán buôn" in n or "Xây dựng" in n else R.randint(1, 25)
            rows.append([f"{y}-{m:02d}", n, so, round(so * R.uniform(1.2, 9.5), 1), R.randint(0, so)])
    w("doanh-nghiep-dang-ky-moi-2025.csv", [("Tháng", "Tháng đăng ký (YYYY-MM)"), ("Ngành kinh tế", "Ngành cấp 1 theo VSIC 2018"),
        ("Số doanh nghiệp thành lập mới", "Số doanh nghiệp được cấp giấy chứng nhận đăng ký"), ("Vốn đăng ký (tỷ đồng)", "Tổng vốn điều lệ đăng ký"),
        ("Số doanh nghiệp quay lại hoạt động", "Doanh nghiệp hoạt động trở lại sau tạm ngừng")], rows)

    # 10. CPI
    nhom = ["Chỉ số chung", "Hàng ăn và dịch vụ ăn uống", "Nhà ở, điện, nước, chất đốt và VLXD", "Giao thông", "Thuốc và dịch vụ y tế", "Giáo dục"]
    rows = []
    for y, m in months(2024, 1, 22):
        for n in nhom:
            rows.append([f"{y}-{m:02d}", n, rnd(99.2, 101.3, 2), rnd(101.5, 105.8, 2)])
    w("chi-so-gia-tieu-dung-2024-2025.csv", [("Tháng", "Tháng (YYYY-MM)"), ("Nhóm hàng", "Nhóm hàng hóa và dịch vụ"),
        ("So với tháng trước (%)", "Chỉ số giá so với tháng trước = 100"), ("So với cùng kỳ (%)", "Chỉ số giá so với cùng tháng năm trước = 100")], rows)

    # 11. GRDP
    rows = []
    base = {"Nông, lâm nghiệp và thủy sản": 22000, "Công nghiệp và xây dựng": 54000, "Dịch vụ": 38000, "Thuế sản phẩm trừ trợ cấp": 17000}
    for nam in range(2020, 2026):
        tong = 0; vals = {}
        for k, v in base.items():
            vals[k] = round(v * (1.06 ** (nam - 2020)) * R.uniform(0.96, 1.04))
            tong += vals[k]
        for k in base:
            rows.append([nam, k, vals[k], round(vals[k] * 100 / tong, 2), "Sơ bộ" if nam == 2025 else "Chính thức"])
    w("grdp-theo-khu-vuc-2020-2025.csv", [("Năm", "Năm"), ("Khu vực kinh tế", "Khu vực kinh tế"), ("GRDP giá hiện hành (tỷ đồng)", "Tổng sản phẩm trên địa bàn"),
        ("Cơ cấu (%)", "Tỷ trọng trong tổng GRDP"), ("Loại số liệu", "Chính thức hoặc sơ bộ")], rows)

    # 12. Xuất nhập khẩu
    hang = [("Xuất khẩu", "Xăng dầu và sản phẩm lọc hóa dầu"), ("Xuất khẩu", "Thép và sản phẩm thép"), ("Xuất khẩu", "Dăm gỗ"),
            ("Xuất khẩu", "Tinh bột sắn"), ("Xuất khẩu", "Thủy sản"), ("Xuất khẩu", "Hàng dệt may"), ("Xuất khẩu", "Cà phê"),
            ("Nhập khẩu", "Dầu thô"), ("Nhập khẩu", "Than và quặng sắt"), ("Nhập khẩu", "Máy móc, thiết bị"), ("Nhập khẩu", "Nguyên phụ liệu dệt may")]
    rows = []
    for q in ("2025-Q1", "2025-Q2", "2025-Q3"):
        for l, h in hang:
            rows.append([q, l, h, rnd(2, 480, 1), R.choice(["Trung Quốc", "Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "ASEAN", "Ấn Độ"])])
    w("kim-ngach-xuat-nhap-khau-2025.csv", [("Quý", "Quý báo cáo"), ("Chiều", "Xuất khẩu hoặc nhập khẩu"), ("Nhóm hàng", "Mặt hàng chủ yếu"),
        ("Kim ngạch (triệu USD)", "Giá trị ước tính"), ("Thị trường chính", "Thị trường lớn nhất của nhóm hàng")], rows)

    # 13. Chợ
    rows = []
    for i, c in enumerate(DONG_BANG + MIEN_NUI + ["21061", "21478", "21548"]):
        tx = short(c)
        hang_cho = "Hạng I" if c in ("21025", "23293") else R.choice(["Hạng II", "Hạng III", "Hạng III"])
        ten = {"21025": "Chợ Quảng Ngãi", "23293": "Chợ Kon Tum", "21478": "Chợ Sa Huỳnh"}.get(c, f"Chợ {tx}")
        rows.append([ten, hang_cho, c, xa(c), R.randint(40, 900) if hang_cho != "Hạng I" else R.randint(1000, 1600),
                     R.choice(["Nhà nước quản lý", "Doanh nghiệp khai thác", "HTX quản lý"]), "Có" if i % 4 == 0 else "Không"])
    w("cho-tren-dia-ban-2025.csv", [("Tên chợ", "Tên chợ"), ("Hạng chợ", "Phân hạng theo Nghị định 60/2024/NĐ-CP"), ("Mã xã", "Mã ĐVHC"),
        ("Tên xã", "Xã/phường"), ("Số hộ kinh doanh", "Số hộ/điểm kinh doanh cố định"), ("Hình thức quản lý", "Đơn vị quản lý, khai thác"),
        ("Chợ an toàn thực phẩm", "Đã được công nhận chợ kinh doanh thực phẩm an toàn")], rows)

    # 14. Dự án trong KKT/KCN
    kcn = ["KKT Dung Quất", "KCN VSIP Quảng Ngãi", "KCN Tịnh Phong", "KCN Quảng Phú", "KCN Sao Mai", "KKT cửa khẩu quốc tế Bờ Y"]
    lv = ["Lọc hóa dầu", "Luyện thép", "Cơ khí chế tạo", "Chế biến gỗ", "Dệt may, da giày", "Chế biến thực phẩm", "Logistics, kho bãi", "Điện tử"]
    _ten_dn_cu = ["Công ty TNHH Cơ khí Trường Phát", "Công ty CP Thực phẩm Sông Trà", "Công ty TNHH Dệt may Thiên An", "Công ty CP Gỗ Dung Quất Xanh",
              "Công ty TNHH Logistics Vạn Tường", "Công ty CP Thép Hòa Bình Miền Trung", "Công ty TNHH Điện tử Sao Mai", "Công ty CP Bao bì Quảng Ngãi",
              "Công ty TNHH Kết cấu thép Việt Hàn", "Công ty CP Nông sản Bờ Y", "Công ty TNHH May mặc Ánh Dương", "Công ty CP Hóa chất Biển Đông"]
    DN_BY_LV = {"Lọc hóa dầu": [("Công ty CP Hóa dầu Biển Đông", "Biển Đông")],
                "Luyện thép": [("Công ty CP Thép Miền Trung", "Miền Trung"), ("Công ty TNHH Kết cấu thép Việt Hàn", "Việt Hàn")],
                "Cơ khí chế tạo": [("Công ty TNHH Cơ khí Trường Phát", "Trường Phát"), ("Công ty CP Cơ khí Dung Quất", "Dung Quất"), ("Công ty TNHH Thiết bị nặng Sơn Trà", "Sơn Trà")],
                "Chế biến gỗ": [("Công ty CP Gỗ Dung Quất Xanh", "Dung Quất Xanh"), ("Công ty TNHH Lâm sản Trà Bồng", "Trà Bồng"), ("Công ty CP Dăm gỗ Tịnh Phong", "Tịnh Phong")],
                "Dệt may, da giày": [("Công ty TNHH May mặc Ánh Dương", "Ánh Dương"), ("Công ty TNHH Dệt may Thiên An", "Thiên An"), ("Công ty TNHH Dệt may Quảng Phú", "Quảng Phú")],
                "Chế biến thực phẩm": [("Công ty CP Thực phẩm Sông Trà", "Sông Trà"), ("Công ty CP Nông sản Bờ Y", "Bờ Y"), ("Công ty TNHH Thủy sản Sa Huỳnh", "Sa Huỳnh")],
                "Logistics, kho bãi": [("Công ty TNHH Logistics Vạn Tường", "Vạn Tường"), ("Công ty CP Kho vận Cửa khẩu Bờ Y", "Bờ Y")],
                "Điện tử": [("Công ty TNHH Điện tử Sao Mai", "Sao Mai"), ("Công ty TNHH Linh kiện VSIP", "VSIP")]}
    rows = []
    used = set()
    for i in range(48):
        while True:
            l = R.choice(lv)
            dn, brand = R.choice(DN_BY_LV[l])
            phase = R.choice(['giai đoạn 1', 'mở rộng', 'giai đoạn 2', ''])
            if (l, brand, phase) not in used:
                used.add((l, brand, phase))
                break
        k = "KKT Dung Quất" if l in ("Lọc hóa dầu", "Luyện thép") else R.choice(kcn)
        von = {"Lọc hóa dầu": (2000, 9000), "Luyện thép": (1500, 8000), "Cơ khí chế tạo": (80, 900)}.get(l, (20, 600))
        ld = {"Dệt may, da giày": (800, 4200), "Điện tử": (300, 2500)}.get(l, (30, 900))
        qg = R.choice(["Việt Nam", "Việt Nam", "Hàn Quốc", "Nhật Bản", "Singapore", "Đài Loan (TQ)"]) if l != "Lọc hóa dầu" else "Việt Nam"
        rows.append([f"DA-{2015 + i % 11}-{i+1:03d}", f"Nhà máy {l.split(',')[0].lower()} {brand} {phase}".strip()
                     if l != "Logistics, kho bãi" else f"Trung tâm logistics {brand} {phase}".strip(),
                     dn, k, l, qg, rnd(*von, 1), rnd(0.5, 80 if von[1] > 1000 else 25, 1), R.choice(["Đang hoạt động", "Đang hoạt động", "Đang xây dựng", "Chưa triển khai"]), R.randint(*ld)])
    w("du-an-kkt-kcn-2025.csv", [("Mã dự án", "Mã theo giấy chứng nhận đăng ký đầu tư"), ("Tên dự án", "Tên dự án"), ("Nhà đầu tư", "Doanh nghiệp thực hiện"),
        ("Khu", "Khu kinh tế hoặc khu công nghiệp"), ("Lĩnh vực", "Lĩnh vực đầu tư"), ("Quốc gia nhà đầu tư", "Quốc tịch nhà đầu tư"),
        ("Vốn đăng ký (tỷ đồng)", "Tổng vốn đầu tư đăng ký"), ("Diện tích (ha)", "Diện tích đất thuê"), ("Tình trạng", "Tình trạng thực hiện"),
        ("Lao động (người)", "Số lao động đang làm việc")], rows)
    COLUMNS["_kcn_workers"] = rows  # dùng lại cho lao động KCN

    # 15. Khách du lịch
    rows = []
    for y, m in months(2024, 1, 22):
        he = m in (4, 5, 6, 7, 8)
        tong = R.randint(260000, 420000) if he else R.randint(120000, 230000)
        qt = int(tong * R.uniform(0.03, 0.07))
        rows.append([f"{y}-{m:02d}", tong, qt, int(tong * R.uniform(0.18, 0.3)) if he else int(tong * R.uniform(0.05, 0.12)),
                     int(tong * R.uniform(0.12, 0.2)), round(tong * R.uniform(0.0011, 0.0016), 1)])
    w("khach-du-lich-2024-2025.csv", [("Tháng", "Tháng (YYYY-MM)"), ("Tổng lượt khách", "Tổng lượt khách tham quan, lưu trú"),
        ("Khách quốc tế", "Trong đó khách quốc tế"), ("Khách ra đảo Lý Sơn", "Lượt khách qua cảng Sa Kỳ ra đảo"),
        ("Khách đến Măng Đen", "Lượt khách tại khu du lịch Măng Đen"), ("Doanh thu (tỷ đồng)", "Doanh thu du lịch ước tính")], rows)

    # 16. Cơ sở lưu trú
    loai_lt = ["Khách sạn 3 sao", "Khách sạn 2 sao", "Khách sạn 1 sao", "Nhà nghỉ du lịch", "Homestay", "Biệt thự du lịch", "Khách sạn 4 sao"]
    ten_lt = ["Sông Trà", "Thiên Ấn", "Hoàng Sa", "Mỹ Khê", "Biển Xanh", "Sa Huỳnh", "Hoa Sen", "Đảo Ngọc", "Thông Reo", "Đồi Thông", "Ngọc Linh",
              "Hải Âu", "Cát Vàng", "Bình Minh", "Trà Khúc", "Măng Đen Xanh", "Hướng Dương", "Sao Biển"]
    rows = []
    for i in range(55):
        c = R.choice(["21025", "21028", "21211", "21478", "21548", "21548", "23473", "23473", "23293", "21061", "21439"])
        l = R.choice(loai_lt)
        pre = "Homestay" if l == "Homestay" else ("Villa" if l == "Biệt thự du lịch" else ("Nhà nghỉ" if l == "Nhà nghỉ du lịch" else "Khách sạn"))
        rows.append([f"{pre} {R.choice(ten_lt)}" + (f" {R.randint(2,9)}" if i % 5 == 0 else ""), l, c, xa(c),
                     R.randint(4, 14) if l in ("Homestay", "Nhà nghỉ du lịch", "Biệt thự du lịch") else R.randint(20, 160),
                     f"0255 38{R.randint(10000, 99999)}" if c[:2] == "21" else f"0260 37{R.randint(10000, 99999)}"])
    w("co-so-luu-tru-du-lich-2025.csv", [("Tên cơ sở", "Tên cơ sở lưu trú"), ("Loại hình, hạng", "Loại hình và hạng được công nhận"),
        ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường/đặc khu"), ("Số buồng", "Tổng số buồng"), ("Điện thoại", "Số điện thoại liên hệ")], rows)

    # 17. Trường mầm non
    hoa = ["Hoa Sen", "Hoa Mai", "Hoa Hồng", "Sơn Ca", "Họa Mi", "Vàng Anh", "Bình Minh", "Tuổi Thơ", "Sao Mai", "Hoa Phượng", "Ánh Dương", "Búp Sen Xanh"]
    rows = []
    for c in DONG_BANG + MIEN_NUI + VEN_BIEN[:1] + ["21478", "21548"]:
        for k in range(R.randint(1, 3)):
            lh = "Công lập" if k < 2 else "Tư thục"
            ten = f"Trường Mầm non {R.choice(hoa)}" if k else f"Trường Mầm non {short(c)}"
            nhom = R.randint(4, 18)
            rows.append([ten, lh, c, xa(c), nhom, nhom * R.randint(18, 28), nhom * 2 + R.randint(0, 3), "Có" if R.random() < 0.6 else "Không"])
    w("truong-mam-non-2024-2025.csv", [("Tên trường", "Tên trường mầm non"), ("Loại hình", "Công lập hoặc tư thục"), ("Mã xã", "Mã ĐVHC"),
        ("Tên xã", "Xã/phường"), ("Số nhóm, lớp", "Số nhóm trẻ và lớp mẫu giáo"), ("Số trẻ", "Tổng số trẻ đang học"),
        ("Số giáo viên", "Giáo viên mầm non"), ("Đạt chuẩn quốc gia", "Đã được công nhận trường đạt chuẩn quốc gia")], rows)

    # 18. Trường THPT
    thpt = [("Trường THPT chuyên Lê Khiết", "21025"), ("Trường THPT Lê Trung Đình", "21025"), ("Trường THPT Trần Quốc Tuấn", "21028"),
            ("Trường THPT Số 1 Tư Nghĩa", "21235"), ("Trường THPT Số 2 Tư Nghĩa", "21250"), ("Trường THPT Sơn Mỹ", "21211"),
            ("Trường THPT Bình Sơn", "21040"), ("Trường THPT Vạn Tường", "21061"), ("Trường THPT Trà Bồng", "21115"),
            ("Trường THPT Số 1 Mộ Đức", "21400"), ("Trường THPT Số 2 Đức Phổ", "21451"), ("Trường THPT Sa Huỳnh", "21478"),
            ("Trường THPT Ba Tơ", "21484"), ("Trường THPT Minh Long", "21361"), ("Trường THPT Sơn Hà", "21289"),
            ("Trường THPT Đinh Tiên Hoàng", "21340"), ("Trường THPT Lý Sơn", "21548"), ("Trường THPT Số 1 Nghĩa Hành", "21364"),
            ("Trường PT Dân tộc nội trú tỉnh", "21025"), ("Trường THPT chuyên Nguyễn Tất Thành", "23293"), ("Trường THPT Kon Tum", "23293"),
            ("Trường THPT Duy Tân", "23284"), ("Trường THPT Măng Đen", "23473"), ("Trường THPT Đăk Tô", "23401"),
            ("Trường THPT Nguyễn Du", "23500"), ("Trường THPT Sa Thầy", "23527"), ("Trường PT DTNT Tu Mơ Rông", "23425")]
    rows = []
    for t, c in thpt:
        lop = R.randint(18, 45)
        hs = lop * R.randint(36, 44)
        rows.append([t, c, xa(c), lop, hs, int(hs * (R.uniform(0.7, 0.98) if ("DTNT" in t or "Dân tộc" in t or c in MIEN_NUI) else R.uniform(0.02, 0.25))),
                     int(lop * 2.25), "Có" if R.random() < 0.55 else "Không"])
    w("truong-thpt-2024-2025.csv", [("Tên trường", "Tên trường trung học phổ thông (THPT)"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"),
        ("Số lớp", "Số lớp 10–12"), ("Số học sinh", "Tổng số học sinh"), ("Học sinh dân tộc thiểu số", "Số học sinh là người dân tộc thiểu số"),
        ("Số giáo viên", "Giáo viên đứng lớp"), ("Đạt chuẩn quốc gia", "Trường đạt chuẩn quốc gia")], rows)

    # 19. Kết quả thi tốt nghiệp THPT
    mon = ["Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Hóa học", "Sinh học", "Lịch sử", "Địa lí", "Giáo dục kinh tế và pháp luật", "Tin học"]
    rows = []
    for nam in (2023, 2024, 2025):
        for mo in mon:
            if mo == "Tin học" and nam < 2025:
                continue
            n = R.randint(16000, 27000) if mo in ("Toán", "Ngữ văn") else R.randint(1200, 14000)
            rows.append([nam, mo, n, rnd(5.2, 7.6, 2), rnd(3, 28, 1), R.randint(0, 120), rnd(98.0, 99.5, 2) if mo == "Toán" else ""])
    w("ket-qua-thi-tot-nghiep-thpt-2023-2025.csv", [("Năm", "Năm thi"), ("Môn thi", "Môn thi"), ("Số thí sinh", "Số thí sinh dự thi"),
        ("Điểm trung bình", "Điểm trung bình môn"), ("Tỉ lệ dưới 5 điểm (%)", "Tỉ lệ bài thi dưới trung bình"), ("Số điểm 10", "Số bài đạt điểm 10"),
        ("Tỉ lệ đỗ tốt nghiệp toàn tỉnh (%)", "Chỉ ghi ở dòng môn Toán: tỉ lệ thí sinh đỗ tốt nghiệp của năm")], rows)

    # 20. Giáo viên
    rows = []
    for cap in ("Mầm non", "Tiểu học", "THCS", "THPT", "Giáo dục thường xuyên"):
        for nam in ("2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"):
            tong = {"Mầm non": 6200, "Tiểu học": 9800, "THCS": 7400, "THPT": 4300, "Giáo dục thường xuyên": 420}[cap]
            tong = int(tong * R.uniform(0.97, 1.03))
            rows.append([nam, cap, tong, int(tong * R.uniform(0.7, 0.95)), int(tong * R.uniform(0.02, 0.12)) if cap in ("THCS", "THPT") else int(tong * R.uniform(0, 0.01)),
                         R.randint(40, 700)])
    w("doi-ngu-giao-vien-2020-2025.csv", [("Năm học", "Năm học"), ("Cấp học", "Cấp học"), ("Tổng số giáo viên", "Giáo viên đang giảng dạy"),
        ("Đạt chuẩn trình độ đào tạo", "Theo Luật Giáo dục 2019"), ("Trình độ thạc sĩ trở lên", "Số giáo viên có bằng thạc sĩ, tiến sĩ"),
        ("Thiếu so với định mức", "Số giáo viên còn thiếu so với định mức biên chế")], rows)

    # 21. Cơ sở y tế (kèm tọa độ)
    cs = [("Bệnh viện Đa khoa tỉnh Quảng Ngãi", "Bệnh viện đa khoa tuyến tỉnh", "21025", 1300), ("Bệnh viện Sản – Nhi tỉnh", "Bệnh viện chuyên khoa", "21028", 500),
          ("Bệnh viện Y học cổ truyền và Phục hồi chức năng", "Bệnh viện chuyên khoa", "21172", 250), ("Bệnh viện Tâm thần tỉnh", "Bệnh viện chuyên khoa", "21235", 120),
          ("Bệnh viện Đa khoa khu vực Đặng Thùy Trâm", "Bệnh viện đa khoa khu vực", "21439", 400), ("Bệnh viện Đa khoa khu vực Dung Quất", "Bệnh viện đa khoa khu vực", "21040", 450),
          ("Bệnh viện Đa khoa tỉnh Kon Tum (cơ sở 2)", "Bệnh viện đa khoa tuyến tỉnh", "23293", 800), ("Bệnh viện Y dược cổ truyền Kon Tum", "Bệnh viện chuyên khoa", "23284", 150),
          ("Bệnh viện Quân dân y Lý Sơn", "Bệnh viện đa khoa khu vực", "21548", 80), ("Trung tâm Y tế khu vực Sơn Hà", "Trung tâm y tế khu vực", "21289", 180),
          ("Trung tâm Y tế khu vực Ba Tơ", "Trung tâm y tế khu vực", "21484", 160), ("Trung tâm Y tế khu vực Trà Bồng", "Trung tâm y tế khu vực", "21115", 150),
          ("Trung tâm Y tế khu vực Mộ Đức", "Trung tâm y tế khu vực", "21400", 170), ("Trung tâm Y tế khu vực Nghĩa Hành", "Trung tâm y tế khu vực", "21364", 130),
          ("Trung tâm Y tế khu vực Minh Long", "Trung tâm y tế khu vực", "21361", 80), ("Trung tâm Y tế khu vực Sơn Tây", "Trung tâm y tế khu vực", "21340", 90),
          ("Trung tâm Y tế khu vực Kon Plông", "Trung tâm y tế khu vực", "23473", 110), ("Trung tâm Y tế khu vực Đăk Tô", "Trung tâm y tế khu vực", "23401", 160),
          ("Trung tâm Y tế khu vực Tu Mơ Rông", "Trung tâm y tế khu vực", "23425", 70), ("Trung tâm Y tế khu vực Sa Thầy", "Trung tâm y tế khu vực", "23527", 120),
          ("Bệnh viện Đa khoa tư nhân Phúc Hưng", "Bệnh viện tư nhân", "21025", 200), ("Bệnh viện Đa khoa tư nhân Thiên An", "Bệnh viện tư nhân", "21172", 150),
          ("Phòng khám Đa khoa Sông Trà", "Phòng khám đa khoa", "21220", 12), ("Phòng khám Đa khoa Vạn Tường", "Phòng khám đa khoa", "21061", 10),
          ("Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", "Cơ sở y tế dự phòng", "21025", 0)]
    rows = []
    for i, (t, l, c, g) in enumerate(cs):
        n, la, lo = XA_BY[c]
        rows.append([f"YT{i+1:03d}", t, l, c, n, g, int(g * R.uniform(1.05, 1.35)), (max(2, int(g * R.uniform(0.18, 0.3))) if g else 28),
                     round(la + R.uniform(-0.008, 0.008), 5), round(lo + R.uniform(-0.008, 0.008), 5), "Công lập" if "tư nhân" not in t and "Phòng khám" not in t else "Ngoài công lập"])
    w("co-so-kham-chua-benh-2024.csv", [("Mã cơ sở", "Mã nội bộ"), ("Tên cơ sở", "Tên cơ sở khám bệnh, chữa bệnh"), ("Loại hình", "Loại hình cơ sở"),
        ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"), ("Giường bệnh kế hoạch", "Số giường được giao"), ("Giường bệnh thực kê", "Số giường thực tế"),
        ("Số bác sĩ", "Bác sĩ đang làm việc"), ("Vĩ độ", "WGS84"), ("Kinh độ", "WGS84"), ("Sở hữu", "Công lập hoặc ngoài công lập")], rows)
    COLUMNS["_cs_yte"] = rows

    # 22. Trạm y tế xã: toàn bộ xã (từ fixture)
    rows = []
    for code, name, typ in all_communes():
        rows.append([code, name, f"Trạm Y tế {name[0].lower() + name[1:]}", R.choice([0, 1, 1, 1, 1, 2]), R.randint(1, 4), R.randint(2, 6),
                     "Có" if R.random() < 0.8 else "Không", "Có" if R.random() < 0.93 else "Không"])
    w("tram-y-te-xa-2025.csv", [("Mã xã", "Mã ĐVHC"), ("Tên xã", "Tên xã/phường/đặc khu"), ("Tên trạm", "Tên trạm y tế"),
        ("Số bác sĩ", "Bác sĩ làm việc tại trạm"), ("Số y sĩ", "Y sĩ"), ("Điều dưỡng, hộ sinh", "Điều dưỡng và hộ sinh"),
        ("Đạt Bộ tiêu chí quốc gia về y tế xã", "Theo Quyết định 1300/QĐ-BYT"), ("Khám chữa bệnh BHYT", "Có ký hợp đồng khám chữa bệnh bảo hiểm y tế")], rows)

    # 23. Tiêm chủng
    vx = ["BCG", "Viêm gan B sơ sinh", "DPT-VGB-Hib mũi 3", "Bại liệt (OPV) lần 3", "Sởi mũi 1", "Sởi – Rubella", "Viêm não Nhật Bản mũi 3"]
    rows = []
    for c in DONG_BANG + MIEN_NUI:
        doi = R.randint(150, 900)
        for v in vx:
            tl = rnd(88, 99.5) if c in DONG_BANG else rnd(72, 96)
            rows.append([2024, c, xa(c), v, doi, int(doi * tl / 100), tl])
    w("tiem-chung-mo-rong-2024.csv", [("Năm", "Năm"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"), ("Vắc xin", "Loại vắc xin/mũi tiêm"),
        ("Đối tượng", "Số trẻ trong diện tiêm"), ("Đã tiêm", "Số trẻ đã tiêm"), ("Tỉ lệ (%)", "Tỉ lệ bao phủ")], rows)

    # 24. Sốt xuất huyết
    rows = []
    d0 = dt.date(2025, 1, 6)
    sxh_xa = ["21025", "21028", "21211", "21400", "21439", "23293", "23500"]
    for wk in range(1, 43):
        d = d0 + dt.timedelta(weeks=wk - 1)
        for c in sxh_xa:
            peak = 3 if 26 <= wk <= 40 else 0.6
            ca = max(0, int(R.gauss(peak * (2 if c in ("21025", "21028", "23293") else 1), 1.5)))
            rows.append([2025, wk, d.isoformat(), c, xa(c), ca, 1 if ca > 5 and R.random() < 0.5 else 0, 0])
    w("sot-xuat-huyet-theo-tuan-2025.csv", [("Năm", "Năm"), ("Tuần", "Tuần dịch tễ"), ("Ngày bắt đầu tuần", "Thứ Hai đầu tuần"),
        ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"), ("Số ca mắc", "Số ca sốt xuất huyết Dengue ghi nhận"), ("Ổ dịch mới", "Số ổ dịch mới phát hiện"), ("Tử vong", "Số ca tử vong")], rows)

    # 25. COVID-19
    rows = []
    for y, m in months(2021, 4, 21):
        peak = {(2021, 8): 2500, (2021, 9): 2100, (2021, 10): 1600, (2021, 11): 3200, (2021, 12): 6900, (2022, 1): 9800, (2022, 2): 21000, (2022, 3): 34000, (2022, 4): 12000}.get((y, m), 0)
        ca = peak or R.randint(5, 400)
        rows.append([f"{y}-{m:02d}", ca, int(ca * R.uniform(0.6, 0.95)), int(ca * R.uniform(0.0005, 0.004)), R.randint(20000, 450000)])
    w("covid-19-theo-thang-2021-2022.csv", [("Tháng", "Tháng"), ("Ca mắc mới", "Số ca COVID-19 ghi nhận"), ("Khỏi bệnh", "Số ca khỏi bệnh"),
        ("Tử vong", "Số ca tử vong"), ("Liều vắc xin đã tiêm", "Số liều vắc xin COVID-19 tiêm trong tháng")], rows)

    # 26. Lao động việc làm
    rows = []
    for nam in range(2018, 2025):
        ld = int(1010000 * (1.006 ** (nam - 2020)))
        for kv, tl in (("Nông, lâm nghiệp và thủy sản", 0.37 - 0.012 * (nam - 2020)), ("Công nghiệp và xây dựng", 0.29 + 0.006 * (nam - 2020)), ("Dịch vụ", 0.34 + 0.006 * (nam - 2020))):
            rows.append([nam, kv, int(ld * tl), round(tl * 100, 1), rnd(2.2, 3.6, 2), rnd(24, 31, 1)])
    w("lao-dong-viec-lam-2018-2024.csv", [("Năm", "Năm"), ("Khu vực", "Khu vực kinh tế"), ("Lao động có việc làm (người)", "Từ 15 tuổi trở lên"),
        ("Cơ cấu (%)", "Tỷ trọng lao động"), ("Tỉ lệ thất nghiệp chung (%)", "Tỉ lệ thất nghiệp của lực lượng lao động toàn tỉnh"), ("Tỉ lệ qua đào tạo có bằng cấp (%)", "Lao động đã qua đào tạo có bằng, chứng chỉ")], rows)

    # 27. Trợ cấp thất nghiệp
    rows = []
    for y, m in months(2024, 1, 22):
        hs = R.randint(900, 2100)
        rows.append([f"{y}-{m:02d}", hs, int(hs * R.uniform(0.9, 0.98)), round(hs * R.uniform(0.045, 0.06), 2), R.randint(300, 1100), R.randint(10, 80)])
    w("tro-cap-that-nghiep-2024-2025.csv", [("Tháng", "Tháng"), ("Hồ sơ đề nghị", "Số người nộp hồ sơ hưởng trợ cấp thất nghiệp"),
        ("Có quyết định hưởng", "Số người có quyết định hưởng"), ("Số tiền chi trả (tỷ đồng)", "Tổng tiền trợ cấp"),
        ("Được tư vấn, giới thiệu việc làm", "Lượt người được tư vấn"), ("Hỗ trợ học nghề", "Người được hỗ trợ học nghề")], rows)

    # 28. Lao động KCN
    rows = []
    for k in kcn:
        for q in ("2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"):
            t = R.randint(800, 21000) if k == "KKT Dung Quất" else R.randint(300, 9000)
            rows.append([q, k, t, int(t * R.uniform(0.3, 0.65)), R.randint(0, 160), int(R.uniform(6.5, 11.5) * 1000000)])
    w("lao-dong-kcn-2024-2025.csv", [("Quý", "Quý"), ("Khu", "KKT hoặc KCN"), ("Tổng lao động", "Lao động đang làm việc"), ("Lao động nữ", "Trong đó nữ"),
        ("Lao động nước ngoài", "Người nước ngoài có giấy phép lao động"), ("Thu nhập bình quân (đồng/tháng)", "Thu nhập bình quân của người lao động")], rows)

    # 29. Quan trắc không khí
    tram = [("KK01", "Trạm tự động Cẩm Thành", "21025"), ("KK02", "Trạm KKT Dung Quất", "21061"), ("KK03", "Trạm Đức Phổ", "21439"), ("KK04", "Trạm Kon Tum", "23293")]
    rows = []
    d0 = dt.date(2025, 9, 1)
    for i in range(45):
        d = d0 + dt.timedelta(days=i)
        for ma, t, c in tram:
            pm25 = rnd(9, 38) + (12 if ma == "KK02" else 0)
            pm10 = round(pm25 * R.uniform(1.5, 2.1), 1)
            aqi = int(min(160, pm25 * 2.4 + R.uniform(-5, 8)))
            rows.append([d.isoformat(), ma, t, c, pm25, pm10, rnd(4, 40 if ma == "KK02" else 15), rnd(8, 45), rnd(400, 1900, 0), aqi])
    w("quan-trac-khong-khi-2025.csv", [("Ngày", "Ngày quan trắc"), ("Mã trạm", "Mã trạm"), ("Tên trạm", "Tên trạm quan trắc tự động"), ("Mã xã", "Mã ĐVHC đặt trạm"),
        ("PM2.5 (µg/m³)", "Trung bình 24 giờ bụi mịn PM2.5"), ("PM10 (µg/m³)", "Trung bình 24 giờ bụi PM10"), ("SO2 (µg/m³)", "Trung bình 24 giờ"),
        ("NO2 (µg/m³)", "Trung bình 24 giờ"), ("CO (µg/m³)", "Trung bình 24 giờ"), ("VN_AQI", "Chỉ số chất lượng không khí ngày theo Quyết định 1459/QĐ-TCMT")], rows)

    # 30. Chất lượng nước sông
    diem = [("NM01", "Sông Trà Khúc – cầu Trà Khúc", "21025"), ("NM02", "Sông Trà Khúc – đập Thạch Nham", "21289"), ("NM03", "Sông Vệ – cầu Sông Vệ", "21238"),
            ("NM04", "Sông Trà Bồng – cầu Châu Ổ", "21040"), ("NM05", "Sông Đăk Bla – cầu Đăk Bla", "23302"), ("NM06", "Sông Trà Câu – cửa Mỹ Á", "21451")]
    rows = []
    for y, m in months(2024, 2, 20):
        if m % 2:
            continue
        for ma, t, c in diem:
            rows.append([f"{y}-{m:02d}-{R.randint(10, 20)}", ma, t, c, rnd(6.6, 7.9, 2), rnd(4.2, 7.4, 2), rnd(2, 9, 1), rnd(6, 24, 1), rnd(8, 65, 0),
                         rnd(0.02, 0.45, 2), R.randint(300, 9000)])
    w("chat-luong-nuoc-song-2024-2025.csv", [("Ngày lấy mẫu", "Ngày lấy mẫu"), ("Mã điểm", "Mã điểm quan trắc"), ("Vị trí", "Sông và vị trí lấy mẫu"), ("Mã xã", "Mã ĐVHC"),
        ("pH", "Độ pH"), ("DO (mg/l)", "Ôxy hòa tan"), ("BOD5 (mg/l)", "Nhu cầu ôxy sinh hóa"), ("COD (mg/l)", "Nhu cầu ôxy hóa học"), ("TSS (mg/l)", "Tổng chất rắn lơ lửng"),
        ("Amoni (mg/l)", "N-NH4+"), ("Coliform (MPN/100ml)", "Tổng Coliform")], rows)

    # 31. Lượng mưa, mực nước
    st = [("Trà Khúc", "21025", 1.2), ("Sông Vệ", "21238", 1.0), ("Châu Ổ", "21040", 1.1), ("Kon Tum", "23293", 518.0)]
    rows = []
    d0 = dt.date(2025, 10, 1)
    for i in range(46):
        d = d0 + dt.timedelta(days=i)
        for t, c, h0 in st:
            mua = max(0, round(R.gauss(35 if 20 <= i <= 32 else 6, 25), 1))
            rows.append([d.isoformat(), f"Trạm thủy văn {t}", c, mua, round(h0 + mua / 60 + R.uniform(0, 0.5), 2),
                         "Báo động II" if mua > 90 and h0 < 10 else ("Báo động I" if mua > 60 and h0 < 10 else "")])
    w("luong-mua-muc-nuoc-mua-lu-2025.csv", [("Ngày", "Ngày quan trắc"), ("Trạm", "Trạm khí tượng thủy văn"), ("Mã xã", "Mã ĐVHC"),
        ("Lượng mưa ngày (mm)", "Tổng lượng mưa 24 giờ (7h–7h)"), ("Mực nước cao nhất (m)", "Mực nước lớn nhất trong ngày (cao độ quốc gia)"),
        ("Cấp báo động", "Cấp báo động lũ nếu vượt ngưỡng; để trống nếu dưới báo động I")], rows)

    # 32. Dự toán ngân sách
    linh_vuc = [("Chi đầu tư phát triển", 9850000), ("Chi giáo dục – đào tạo và dạy nghề", 5120000), ("Chi khoa học và công nghệ", 98000),
                ("Chi y tế, dân số và gia đình", 1620000), ("Chi văn hóa thông tin", 210000), ("Chi phát thanh, truyền hình", 95000),
                ("Chi thể dục thể thao", 88000), ("Chi bảo vệ môi trường", 340000), ("Chi các hoạt động kinh tế", 2350000),
                ("Chi quản lý hành chính, Đảng, đoàn thể", 2480000), ("Chi bảo đảm xã hội", 980000), ("Chi quốc phòng, an ninh", 420000),
                ("Chi trả nợ lãi vay", 35000), ("Dự phòng ngân sách", 410000),
                ("Chi các chương trình mục tiêu quốc gia", 1150000), ("Chi tạo nguồn cải cách tiền lương", 620000), ("Chi bổ sung quỹ dự trữ tài chính", 1500),
                ("Chi bảo đảm trật tự an toàn giao thông", 42000), ("Chi hỗ trợ doanh nghiệp, hợp tác xã", 56000), ("Chi chuyển đổi số và hạ tầng số", 145000)]
    rows = []
    for i, (lv_, v) in enumerate(linh_vuc):
        v25 = int(v * R.uniform(0.88, 0.97))
        rows.append([i + 1, lv_, v25, v, round(v * 100 / v25, 1)])
    w("du-toan-ngan-sach-2026.csv", [("STT", "Số thứ tự"), ("Nội dung chi", "Lĩnh vực chi ngân sách địa phương"),
        ("Dự toán 2025 (triệu đồng)", "Dự toán HĐND tỉnh giao năm 2025"), ("Dự toán 2026 (triệu đồng)", "Dự toán năm 2026 trình HĐND tỉnh"),
        ("So sánh (%)", "Dự toán 2026 so với 2025")], rows)
    COLUMNS["_ns"] = rows

    # 33. Thu ngân sách theo tháng
    rows = []
    for y, m in months(2024, 1, 22):
        noi_dia = R.randint(1600, 2900)
        rows.append([f"{y}-{m:02d}", noi_dia, R.randint(600, 1500), R.randint(120, 420), R.randint(80, 260), R.randint(40, 650)])
    w("thu-ngan-sach-theo-thang-2024-2025.csv", [("Tháng", "Tháng"), ("Thu nội địa (tỷ đồng)", "Tổng thu nội địa"), ("Trong đó từ Nhà máy lọc dầu (tỷ đồng)", "Thu từ hoạt động lọc hóa dầu Dung Quất"),
        ("Thu xuất nhập khẩu (tỷ đồng)", "Thuế xuất nhập khẩu do Hải quan thu"), ("Thu tiền sử dụng đất (tỷ đồng)", "Thu tiền sử dụng đất"), ("Thu khác (tỷ đồng)", "Phí, lệ phí, thu khác")], rows)

    # 34. Kế hoạch đầu tư công
    da = ["Đường ven biển Dung Quất – Sa Huỳnh giai đoạn 2", "Cầu Trà Khúc 3", "Kè chống sạt lở bờ sông Trà Khúc", "Trường THPT Vạn Tường (mở rộng)",
          "Bệnh viện Đa khoa khu vực Đặng Thùy Trâm (nâng cấp)", "Hồ chứa nước Nước Trong (hạng mục hoàn thiện)", "Đường Trà Bồng – Tây Trà",
          "Cảng cá Sa Huỳnh (nạo vét)", "Trung tâm dữ liệu tỉnh", "Khu tái định cư Tịnh Khê", "Đường Măng Đen – Măng Bút", "Hệ thống thoát nước phường Nghĩa Lộ",
          "Cầu treo dân sinh xã Ba Vì", "Nhà văn hóa đặc khu Lý Sơn", "Đường tránh phía Tây phường Kon Tum", "Cấp nước sinh hoạt xã Ngọc Linh",
          "Chợ trung tâm xã Sơn Hà", "Trường PT DTNT Tu Mơ Rông (ký túc xá)", "Đê biển Đức Phổ", "Bến cảng Sa Kỳ (nâng cấp)"]
    rows = []
    for i, t in enumerate(da):
        tm = rnd(15, 1800, 1)
        rows.append([f"DTC-2026-{i+1:02d}", t, R.choice(["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "UBND xã"]),
                     R.choice(["2024–2026", "2025–2027", "2026–2028"]), tm, round(tm * R.uniform(0.1, 0.45), 1), R.choice(["Ngân sách tỉnh", "Ngân sách trung ương", "Vốn ODA", "Ngân sách tỉnh"])])
    w("ke-hoach-dau-tu-cong-2026.csv", [("Mã dự án", "Mã dự án đầu tư công"), ("Tên dự án", "Tên dự án"), ("Chủ đầu tư", "Cơ quan làm chủ đầu tư"),
        ("Thời gian thực hiện", "Giai đoạn thực hiện"), ("Tổng mức đầu tư (tỷ đồng)", "Tổng mức đầu tư được duyệt"), ("Kế hoạch vốn 2026 (tỷ đồng)", "Vốn bố trí năm 2026"),
        ("Nguồn vốn", "Nguồn vốn chính")], rows)

    # 35. Thủy điện
    td = [("Thủy điện Đăkđrinh", "21289", 125, 14.962, 108.412), ("Thủy điện Nước Trong", "21340", 16.5, 14.98, 108.47), ("Thủy điện Sơn Tây", "21340", 18, 14.93, 108.35),
          ("Thủy điện Hà Nang", "21115", 11, 15.20, 108.47), ("Thủy điện Trà Khúc 1", "21289", 30, 15.01, 108.52), ("Thủy điện Sơn Trà 1", "21289", 30, 15.03, 108.45),
          ("Thủy điện Đăk Re", "21336" if False else "21340", 60, 14.90, 108.30), ("Thủy điện Thượng Kon Tum", "23476", 220, 14.66, 108.22),
          ("Thủy điện Plei Krông", "23500", 100, 14.52, 107.93), ("Thủy điện Đăk Psi", "23401", 30, 14.75, 107.95), ("Thủy điện Trà Xom", "21154", 20, 15.15, 108.40),
          ("Thủy điện Nước Long", "21484", 4, 14.74, 108.66), ("Thủy điện Huy Măng", "21361", 1.8, 14.96, 108.62), ("Thủy điện Đăk Lô", "23365", 8, 15.04, 107.99),
          ("Thủy điện Trà Khúc 2", "21289", 20, 15.02, 108.55), ("Thủy điện Kon Plông 2", "23476", 12, 14.70, 108.30), ("Thủy điện Đăk Pô Kô", "23401", 15, 14.72, 107.92),
          ("Thủy điện Trà Phong", "21154", 9, 15.19, 108.35), ("Thủy điện Ba Vì", "21529", 6, 14.70, 108.69), ("Thủy điện Măng Bút", "23473", 10, 14.62, 108.24)]
    rows = []
    for i, (t, c, mw, la, lo) in enumerate(td):
        rows.append([f"TD{i+1:02d}", t, c, xa(c), mw, round(mw * R.uniform(3.2, 4.6), 1), R.choice([2008, 2011, 2013, 2015, 2017, 2019, 2021]), la, lo,
                     R.choice(["Đang vận hành"] * 5 + ["Đang xây dựng"])])
    w("nha-may-thuy-dien-2025.csv", [("Mã", "Mã nội bộ"), ("Tên nhà máy", "Tên công trình thủy điện"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"),
        ("Công suất lắp máy (MW)", "Công suất lắp máy"), ("Điện lượng trung bình năm (triệu kWh)", "Điện lượng thiết kế"), ("Năm vận hành", "Năm phát điện"),
        ("Vĩ độ", "WGS84"), ("Kinh độ", "WGS84"), ("Tình trạng", "Tình trạng")], rows)
    COLUMNS["_td"] = rows

    # 36. Điện mặt trời mái nhà
    rows = []
    for c in DONG_BANG + ["23293", "23284", "23302", "23500", "21548"]:
        n = R.randint(12, 900)
        rows.append([c, xa(c), n, round(n * R.uniform(0.009, 0.025), 2), R.randint(0, 25), round(n * R.uniform(10, 30)), "2025-09-30"])
    w("dien-mat-troi-mai-nha-2025.csv", [("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"), ("Số hệ thống", "Số hệ thống điện mặt trời mái nhà đã đấu nối"),
        ("Tổng công suất (MWp)", "Tổng công suất tấm pin"), ("Hệ thống tự sản tự tiêu mới", "Đăng ký mới theo Nghị định 135/2024/NĐ-CP"),
        ("Sản lượng phát lên lưới 9 tháng (MWh)", "Điện năng phát lên lưới"), ("Ngày chốt số liệu", "Ngày chốt")], rows)

    # 37. Tiêu thụ điện
    tp = ["Công nghiệp – xây dựng", "Nông, lâm nghiệp, thủy sản", "Thương mại – dịch vụ", "Quản lý và tiêu dùng dân cư", "Hoạt động khác"]
    rows = []
    for y, m in months(2024, 1, 21):
        for t in tp:
            base_ = {"Công nghiệp – xây dựng": 165, "Nông, lâm nghiệp, thủy sản": 6, "Thương mại – dịch vụ": 14, "Quản lý và tiêu dùng dân cư": 92, "Hoạt động khác": 9}[t]
            he = 1.15 if m in (5, 6, 7, 8) else 1.0
            rows.append([f"{y}-{m:02d}", t, round(base_ * he * R.uniform(0.93, 1.08), 2)])
    w("tieu-thu-dien-theo-thanh-phan-2024-2025.csv", [("Tháng", "Tháng"), ("Thành phần phụ tải", "Thành phần phụ tải theo phân loại của ngành điện"),
        ("Điện thương phẩm (triệu kWh)", "Sản lượng điện thương phẩm")], rows)

    # 38. Đường tỉnh
    dtinh = [("ĐT.621", "Dung Quất – Trà Bồng"), ("ĐT.622", "Sơn Tịnh – Trà Bồng"), ("ĐT.622B", "Dung Quất – Trà Bồng – Tây Trà"), ("ĐT.623", "Quảng Ngãi – Thạch Nham – Sơn Hà"),
             ("ĐT.623B", "Sơn Hà – Sơn Tây"), ("ĐT.623C", "Quảng Ngãi – Thạch Nham"), ("ĐT.624", "Quảng Ngãi – Nghĩa Hành – Minh Long"), ("ĐT.624B", "Mộ Đức – Nghĩa Hành"),
             ("ĐT.625", "Đức Phổ – Ba Tơ"), ("ĐT.626", "Tư Nghĩa – Sơn Hà"), ("ĐT.627", "Đức Phổ – Phổ Phong"), ("ĐT.628", "Mộ Đức – Minh Long"),
             ("ĐT.629", "Sa Huỳnh – Ba Tơ"), ("ĐT.671", "Kon Tum – Đăk Hà"), ("ĐT.672", "Kon Tum – Măng Đen"), ("ĐT.673", "Đăk Tô – Tu Mơ Rông"),
             ("ĐT.675", "Sa Thầy – Rờ Kơi"), ("ĐT.676", "Măng Đen – Măng Bút"), ("ĐT.674", "Đăk Hà – Ngọc Linh"), ("Đường ven biển", "Dung Quất – Sa Huỳnh")]
    rows = []
    for s, t in dtinh:
        dai = rnd(12, 95, 1)
        ntr = round(dai * R.uniform(0.55, 0.95), 1)
        rows.append([s, t, dai, ntr, round(dai - ntr, 1), R.choice(["Cấp III", "Cấp IV", "Cấp IV miền núi", "Cấp V"]), R.randint(1, 14), R.choice(["Tốt", "Trung bình", "Trung bình", "Xấu"])])
    w("mang-luoi-duong-tinh-2025.csv", [("Số hiệu", "Số hiệu đường tỉnh"), ("Điểm đầu – điểm cuối", "Hướng tuyến"), ("Chiều dài (km)", "Tổng chiều dài"),
        ("Mặt đường bê tông nhựa (km)", "Chiều dài mặt đường nhựa/bê tông nhựa"), ("Mặt đường bê tông xi măng, khác (km)", "Phần còn lại"),
        ("Cấp kỹ thuật", "Cấp đường theo TCVN 4054"), ("Số cầu", "Số cầu trên tuyến"), ("Tình trạng", "Đánh giá tình trạng mặt đường năm 2025")], rows)

    # 39. Cảng Dung Quất
    rows = []
    for y, m in months(2024, 1, 22):
        rows.append([f"{y}-{m:02d}", R.randint(2300, 3200), R.randint(420, 860), R.randint(9000, 24000), R.randint(160, 260), R.randint(45, 90)])
    w("hang-hoa-qua-cang-dung-quat-2024-2025.csv", [("Tháng", "Tháng"), ("Tổng hàng hóa (nghìn tấn)", "Hàng hóa thông qua cảng biển Dung Quất"),
        ("Trong đó hàng xuất khẩu (nghìn tấn)", "Hàng xuất khẩu"), ("Container (TEU)", "Số TEU"), ("Lượt tàu cập cảng", "Lượt tàu hàng"), ("Lượt tàu nước ngoài", "Tàu mang cờ nước ngoài")], rows)

    # 40. Hộ nghèo
    rows = []
    for code, name, typ in all_communes():
        nui = typ != "phường" and (code >= "23000" or code in MIEN_NUI or code in ("21124", "21127", "21157", "21292", "21307", "21319", "21325", "21334", "21343", "21349", "21490", "21496", "21499", "21520", "21523", "21538"))
        ho = R.randint(1800, 9000) if not nui else R.randint(900, 4200)
        tlng = rnd(18, 45) if nui else rnd(0.8, 6)
        rows.append([2024, code, name, ho, int(ho * tlng / 100), round(tlng, 2), int(ho * R.uniform(0.02, 0.09)), "Có" if nui else "Không"])
    w("ho-ngheo-can-ngheo-2024.csv", [("Năm", "Kết quả rà soát cuối năm"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường/đặc khu"), ("Tổng số hộ", "Tổng số hộ dân cư"),
        ("Số hộ nghèo", "Theo chuẩn nghèo đa chiều giai đoạn 2022–2025"), ("Tỉ lệ hộ nghèo (%)", "Số hộ nghèo / tổng số hộ"), ("Số hộ cận nghèo", "Hộ cận nghèo"),
        ("Vùng đồng bào DTTS và miền núi", "Xã thuộc vùng đồng bào dân tộc thiểu số và miền núi")], rows)
    COLUMNS["_ngheo"] = {r[1]: r for r in rows}

    # 41. Dân số theo xã (toàn bộ 96 đơn vị)
    rows = []
    for code, name, typ in all_communes():
        ho = COLUMNS["_ngheo"][code][3]
        ds = int(ho * R.uniform(3.3, 4.1))
        dtich = rnd(8, 60, 2) if typ == "phường" else (rnd(9.5, 11, 2) if code == "21548" else rnd(30, 420, 2))
        nu = int(ds * R.uniform(0.495, 0.515))
        rows.append([code, name, typ, ds, ds - nu, nu, dtich, round(ds / dtich, 1)])
    w("dan-so-theo-xa-2024.csv", [("Mã xã", "Mã ĐVHC cấp xã"), ("Tên đơn vị", "Tên xã/phường/đặc khu"), ("Loại đơn vị", "xã, phường hoặc đặc khu"),
        ("Dân số trung bình (người)", "Dân số trung bình năm 2024 quy đổi theo địa giới mới"), ("Nam", "Dân số nam"), ("Nữ", "Dân số nữ"),
        ("Diện tích (km²)", "Diện tích tự nhiên"), ("Mật độ (người/km²)", "Mật độ dân số")], rows)
    COLUMNS["_danso"] = rows

    # 42. Dân tộc thiểu số
    dtoc = [("Hrê", ["21289", "21361", "21484", "21529", "21364"]), ("Cor", ["21115", "21136", "21154"]), ("Ca Dong", ["21340", "21289"]),
            ("Xơ Đăng", ["23365", "23425", "23401", "23476", "23473"]), ("Ba Na", ["23293", "23302", "23500", "23284"]), ("Giẻ Triêng", ["23377", "23401"]),
            ("Gia Rai", ["23527"]), ("Brâu", ["23377"]), ("Rơ Măm", ["23527"])]
    rows = []
    for d, cs_ in dtoc:
        for c in cs_:
            n = R.randint(600, 19000)
            rows.append([d, c, xa(c), n, int(n / R.uniform(3.8, 4.6)), rnd(60, 98, 1)])
    w("dan-toc-thieu-so-theo-xa-2024.csv", [("Dân tộc", "Tên dân tộc theo danh mục 54 dân tộc"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"),
        ("Số người", "Số nhân khẩu"), ("Số hộ", "Số hộ"), ("Tỉ lệ biết chữ phổ thông (%)", "Người 15 tuổi trở lên biết đọc, viết tiếng Việt")], rows)

    # 43. Di tích
    dt_ = [("Di chỉ văn hóa Sa Huỳnh", "Khảo cổ", "Quốc gia", "21478"), ("Khu chứng tích Sơn Mỹ", "Lịch sử", "Quốc gia đặc biệt", "21211"),
           ("Thành cổ Châu Sa", "Khảo cổ", "Quốc gia", "21220"), ("Chùa Hang (Thiên Khổng Thạch Tự)", "Kiến trúc nghệ thuật", "Quốc gia", "21548"),
           ("Âm Linh Tự và Đình làng An Vĩnh", "Lịch sử – văn hóa", "Quốc gia", "21548"), ("Đền thờ Trương Định", "Lịch sử", "Quốc gia", "21220"),
           ("Núi Thiên Ấn – mộ cụ Huỳnh Thúc Kháng", "Danh lam thắng cảnh", "Quốc gia", "21172"), ("Địa điểm khởi nghĩa Ba Tơ", "Lịch sử", "Quốc gia đặc biệt", "21484"),
           ("Trường Lũy Quảng Ngãi – Bình Định", "Lịch sử", "Quốc gia", "21361"), ("Bệnh xá Đức Phổ – nơi bác sĩ Đặng Thùy Trâm công tác", "Lịch sử", "Quốc gia", "21439"),
           ("Thành cổ Quảng Ngãi", "Lịch sử", "Cấp tỉnh", "21025"), ("Gành Yến – Cổ Lũy", "Danh lam thắng cảnh", "Cấp tỉnh", "21211"),
           ("Ngục Kon Tum", "Lịch sử", "Quốc gia", "23293"), ("Nhà thờ gỗ Kon Tum", "Kiến trúc nghệ thuật", "Cấp tỉnh", "23293"),
           ("Chiến thắng Đăk Tô – Tân Cảnh", "Lịch sử", "Quốc gia", "23401"), ("Thác Pa Sỹ", "Danh lam thắng cảnh", "Cấp tỉnh", "23473"),
           ("Hồ Đăk Ke", "Danh lam thắng cảnh", "Cấp tỉnh", "23473"), ("Đình làng Thu Xà", "Kiến trúc nghệ thuật", "Cấp tỉnh", "21235"),
           ("Chùa Ông Thu Xà", "Kiến trúc nghệ thuật", "Quốc gia", "21235"), ("Nhà lưu niệm Phạm Văn Đồng", "Lịch sử", "Quốc gia", "21400")]
    rows = []
    for i, (t, l, cap, c) in enumerate(dt_):
        n, la, lo = XA_BY[c]
        rows.append([f"DT{i+1:03d}", t, l, cap, c, n, R.choice([1991, 1994, 1997, 2001, 2005, 2009, 2013, 2018]), round(la + R.uniform(-0.01, 0.01), 5), round(lo + R.uniform(-0.01, 0.01), 5)])
    w("di-tich-lich-su-van-hoa-2025.csv", [("Mã", "Mã nội bộ"), ("Tên di tích", "Tên di tích, danh thắng"), ("Loại hình", "Loại hình di tích"),
        ("Cấp xếp hạng", "Quốc gia đặc biệt, quốc gia hoặc cấp tỉnh"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường/đặc khu"), ("Năm xếp hạng", "Năm có quyết định xếp hạng"),
        ("Vĩ độ", "WGS84"), ("Kinh độ", "WGS84")], rows)
    COLUMNS["_ditich"] = rows

    # 44. Dịch vụ công trực tuyến
    linh = ["Đất đai", "Hộ tịch", "Đăng ký doanh nghiệp", "Xây dựng", "Giáo dục", "Y tế", "Lao động – việc làm", "Giao thông vận tải", "Tư pháp"]
    rows = []
    for y, m in months(2025, 1, 10):
        for l in linh:
            tn = R.randint(300, 9000)
            tt = int(tn * R.uniform(0.35, 0.98))
            rows.append([f"{y}-{m:02d}", l, tn, tt, round(tt * 100 / tn, 1), round(R.uniform(92, 99.8), 1), int(tt * R.uniform(0.2, 0.8))])
    w("dich-vu-cong-truc-tuyen-2025.csv", [("Tháng", "Tháng"), ("Lĩnh vực", "Lĩnh vực thủ tục hành chính"), ("Hồ sơ tiếp nhận", "Tổng hồ sơ tiếp nhận"),
        ("Hồ sơ trực tuyến", "Hồ sơ nộp trực tuyến toàn trình và một phần"), ("Tỉ lệ trực tuyến (%)", "Tỉ lệ hồ sơ trực tuyến"),
        ("Giải quyết đúng hạn (%)", "Tỉ lệ hồ sơ giải quyết đúng hạn"), ("Thanh toán trực tuyến", "Số hồ sơ thanh toán phí, lệ phí trực tuyến")], rows)

    # 45. Trạm BTS
    rows = []
    for code, name, typ in all_communes():
        n = R.randint(3, 40) if typ == "phường" else R.randint(1, 14)
        rows.append([code, name, n, min(n, R.randint(1, n)), R.randint(0, n // 3 + 1), R.choice(["Viettel, VNPT, MobiFone", "Viettel, VNPT", "Viettel", "Viettel, MobiFone"]),
                     R.randint(0, 6) if typ != "phường" else 0])
    w("tram-bts-theo-xa-2025.csv", [("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường/đặc khu"), ("Số trạm BTS", "Tổng số trạm thu phát sóng"),
        ("Trạm có 4G", "Trạm phát sóng 4G"), ("Trạm có 5G", "Trạm phát sóng 5G"), ("Nhà mạng", "Doanh nghiệp viễn thông có hạ tầng"),
        ("Thôn lõm sóng", "Số thôn, làng chưa có sóng di động ổn định")], rows)

    # 46. Mã bưu chính
    rows = []
    for i, (code, name, typ) in enumerate(all_communes()):
        mbc = (57000 if code < "23000" else 60000) + 100 + i * 7
        rows.append([code, name, typ, str(mbc), f"Bưu điện {name[0].lower() + name[1:]}"])
    w("ma-buu-chinh-xa-phuong-2025.csv", [("Mã xã", "Mã ĐVHC (mã định danh đơn vị hành chính)"), ("Tên đơn vị", "Xã/phường/đặc khu"), ("Loại đơn vị", "Loại ĐVHC"),
        ("Mã bưu chính", "Mã bưu chính quốc gia 5 chữ số (dữ liệu minh họa)"), ("Bưu cục trung tâm", "Bưu cục phục vụ")], rows)

    # 47. Đơn vị hành chính
    rows = []
    for code, name, typ in all_communes():
        rows.append(["51", "Tỉnh Quảng Ngãi", code, name, typ, "2025-07-01"])
    w("don-vi-hanh-chinh-cap-xa-2025.csv", [("Mã tỉnh", "Mã tỉnh"), ("Tên tỉnh", "Tên tỉnh"), ("Mã xã", "Mã ĐVHC cấp xã"), ("Tên đơn vị", "Tên xã/phường/đặc khu"),
        ("Loại đơn vị", "xã, phường, đặc khu"), ("Hiệu lực từ", "Ngày có hiệu lực")], rows)

    # 48. Hộ tịch
    rows = []
    for c in DONG_BANG + MIEN_NUI + ["21548", "21478", "23293"]:
        ds = next(r[3] for r in COLUMNS["_danso"] if r[0] == c)
        rows.append([2024, c, xa(c), int(ds * R.uniform(0.011, 0.017)), int(ds * R.uniform(0.005, 0.007)), int(ds * R.uniform(0.006, 0.009)), R.randint(0, 30), R.randint(2, 60)])
    w("dang-ky-ho-tich-2024.csv", [("Năm", "Năm"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"), ("Khai sinh", "Số đăng ký khai sinh"), ("Khai tử", "Số đăng ký khai tử"),
        ("Kết hôn", "Số đăng ký kết hôn"), ("Kết hôn có yếu tố nước ngoài", "Đăng ký tại UBND cấp xã theo phân cấp 2025"), ("Trích lục, cấp bản sao", "Số bản trích lục cấp lại")], rows)

    # 49. Homestay Măng Đen
    ten_hs = ["Măng Đen Pine Hill", "Homestay Thông Xanh", "Nhà Gỗ Đồi Mây", "Homestay Hồ Đăk Ke", "Măng Đen Lodge", "Homestay Vườn Hồng", "Nhà Sàn Kon Pring",
              "Homestay Sương Sớm", "Măng Đen Garden", "Homestay Ngọc Lan", "Làng Kon Vơng Kia Homestay", "Nhà Nghỉ Đồi Thông", "Homestay Thác Pa Sỹ", "Măng Đen Cottage",
              "Homestay Hoa Dã Quỳ", "Farmstay Chanh Dây", "Nhà Rông Homestay", "Homestay Gió Lạnh", "Măng Đen Hill Villa", "Homestay Mây Trắng", "Nhà Gỗ Bên Suối",
              "Homestay Sâm Xanh"]
    rows = []
    for i, t in enumerate(ten_hs):
        loai_hs = ("Biệt thự du lịch" if "Villa" in t or "Cottage" in t else "Farmstay" if "Farmstay" in t else "Nhà nghỉ" if "Nhà Nghỉ" in t or "Lodge" in t
                   else "Homestay" if "Homestay" in t else R.choice(["Homestay", "Nhà nghỉ"]))
        rows.append([i + 1, t, loai_hs,
                     R.choice(["Thôn Măng Đen", "Thôn Kon Pring", "Thôn Kon Vơng Kia", "Thôn Măng Đen 2", "Thôn Đăk Ke"]), R.randint(3, 12),
                     R.randint(250, 1500) * 1000, "Có" if R.random() < 0.6 else "Không", f"09{R.randint(10000000, 99999999)}"])
    w("homestay-mang-den-2025.csv", [("STT", "Số thứ tự"), ("Tên cơ sở", "Tên homestay, nhà nghỉ"), ("Loại hình", "Loại hình lưu trú"), ("Thôn", "Thôn/làng trên địa bàn xã Măng Đen"),
        ("Số phòng", "Số phòng cho thuê"), ("Giá phòng tham khảo (đồng/đêm)", "Giá do cơ sở tự kê khai"), ("Đạt chuẩn phục vụ khách du lịch", "Đã được thẩm định đạt chuẩn"), ("Điện thoại", "Điện thoại")], rows)

    # 50. Tỏi, hành Lý Sơn
    rows = []
    for nam in range(2005, 2026):
        dtoi = rnd(300, 360, 1)
        rows.append([nam, dtoi, round(dtoi * rnd(5.5, 7.8, 2), 0), rnd(85, 140, 1), round(rnd(3.5, 5, 2) * 85, 0), R.randint(80, 260) * 1000])
    w("toi-hanh-ly-son-2005-2025.csv", [("Năm", "Năm thu hoạch"), ("Diện tích tỏi (ha)", "Diện tích trồng tỏi"), ("Sản lượng tỏi (tấn)", "Sản lượng tỏi củ khô"),
        ("Diện tích hành (ha)", "Diện tích hành tím"), ("Sản lượng hành (tấn)", "Sản lượng hành"), ("Giá tỏi bình quân (đồng/kg)", "Giá tỏi khô bán tại ruộng")], rows)

    # 51. Tổ dân phố phường Cẩm Thành
    rows = []
    duong = ["Phan Đình Phùng", "Quang Trung", "Hùng Vương", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Nghiêm", "Phan Bội Châu", "Bà Triệu", "Lê Trung Đình", "Đinh Tiên Hoàng"]
    for i in range(1, 29):
        h = R.randint(180, 520)
        rows.append([f"Tổ dân phố {i}", h, int(h * R.uniform(3.3, 3.9)), f"Nhà văn hóa tổ {i}, đường {R.choice(duong)}", R.choice(["Ông", "Bà"]) + " " + R.choice(["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ"]) + " " + R.choice(["Văn", "Thị", "Minh", "Ngọc"]) + " " + R.choice(["Hùng", "Lan", "Tuấn", "Hoa", "Phúc", "Dũng", "Thảo"])])
    w("to-dan-pho-phuong-cam-thanh-2025.csv", [("Tổ dân phố", "Tên tổ dân phố sau sắp xếp"), ("Số hộ", "Số hộ"), ("Số nhân khẩu", "Nhân khẩu thường trú"),
        ("Điểm sinh hoạt cộng đồng", "Nhà văn hóa/điểm sinh hoạt"), ("Tổ trưởng", "Họ tên tổ trưởng tổ dân phố")], rows)

    # 52. Ngân sách phường Cẩm Thành
    rows = [["Thu", "Thu ngân sách phường hưởng theo phân cấp", 18650, 19820], ["Thu", "Thu bổ sung từ ngân sách tỉnh", 24300, 25100],
            ["Chi", "Chi đầu tư phát triển", 9800, 10250], ["Chi", "Chi sự nghiệp giáo dục", 1120, 1180], ["Chi", "Chi sự nghiệp văn hóa, thể thao", 640, 690],
            ["Chi", "Chi sự nghiệp môi trường, vệ sinh đô thị", 3150, 3420], ["Chi", "Chi quản lý nhà nước, Đảng, đoàn thể", 17400, 18050],
            ["Chi", "Chi đảm bảo xã hội", 2380, 2560], ["Chi", "Chi an ninh, quốc phòng", 1860, 1920], ["Chi", "Dự phòng ngân sách", 1020, 1060],
            ["Chi", "Chi khác", 640, 720], ["Chi", "Chi sự nghiệp kinh tế (chỉnh trang đô thị, chiếu sáng)", 4940, 5070],
            ["Thu", "Thu phí, lệ phí", 1240, 1310], ["Thu", "Thu hoa lợi công sản, quỹ đất công ích", 180, 150], ["Thu", "Thu kết dư ngân sách năm trước", 2650, 0],
            ["Chi", "Chi sự nghiệp y tế, dân số", 420, 460], ["Chi", "Chi bộ phận tiếp nhận và trả kết quả", 380, 410], ["Chi", "Chi hỗ trợ hoạt động tổ dân phố", 1180, 1240],
            ["Chi", "Chi phổ biến, giáo dục pháp luật", 95, 110], ["Chi", "Chi sửa chữa trụ sở, nhà văn hóa", 750, 520]]
    w("ngan-sach-phuong-cam-thanh-2025-2026.csv", [("Loại", "Thu hoặc chi"), ("Nội dung", "Nội dung thu, chi"), ("Dự toán 2025 (triệu đồng)", "Dự toán 6 tháng cuối 2025 quy năm"),
        ("Dự toán 2026 (triệu đồng)", "Dự toán năm 2026")], rows)

    # 53. Văn bản QPPL
    vb = [("Nghị quyết", "HĐND tỉnh", "Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2025–2026"),
          ("Quyết định", "UBND tỉnh", "Ban hành Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Quảng Ngãi"),
          ("Quyết định", "UBND tỉnh", "Quy định chức năng, nhiệm vụ của Sở Nông nghiệp và Môi trường"),
          ("Nghị quyết", "HĐND tỉnh", "Quy định chính sách hỗ trợ phát triển sản phẩm OCOP"),
          ("Quyết định", "UBND tỉnh", "Quy định phân cấp quản lý đường tỉnh, đường xã"),
          ("Nghị quyết", "HĐND tỉnh", "Dự toán thu, chi ngân sách địa phương năm 2026"),
          ("Quyết định", "UBND tỉnh", "Quy chế quản lý, khai thác và chia sẻ dữ liệu của tỉnh Quảng Ngãi"),
          ("Quyết định", "UBND tỉnh", "Quy định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt"),
          ("Nghị quyết", "HĐND tỉnh", "Chính sách hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng"),
          ("Quyết định", "UBND tỉnh", "Quy định hạn mức giao đất ở, công nhận quyền sử dụng đất"),
          ("Quyết định", "UBND tỉnh", "Ban hành đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất"),
          ("Nghị quyết", "HĐND tỉnh", "Quy định mức chi hỗ trợ đối tượng bảo trợ xã hội"),
          ("Quyết định", "UBND tỉnh", "Quy định về quản lý hoạt động khai thác cát, sỏi lòng sông"),
          ("Quyết định", "UBND tỉnh", "Danh mục thủ tục hành chính thực hiện tại UBND cấp xã"),
          ("Nghị quyết", "HĐND tỉnh", "Kế hoạch đầu tư công năm 2026"),
          ("Quyết định", "UBND tỉnh", "Quy định tiêu chí xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp"),
          ("Quyết định", "UBND tỉnh", "Quy định khung giá dịch vụ sử dụng đò, phà trên địa bàn tỉnh"), ("Nghị quyết", "HĐND tỉnh", "Quy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo"),
          ("Quyết định", "UBND tỉnh", "Quy chế phối hợp quản lý cụm công nghiệp"), ("Quyết định", "UBND tỉnh", "Quy định quản lý hoạt động nuôi trồng thủy sản trên biển")]
    rows = []
    d = dt.date(2025, 7, 10)
    for i, (l, cq, t) in enumerate(vb):
        d += dt.timedelta(days=R.randint(5, 30))
        so = f"{R.randint(10, 90)}/2025/NQ-HĐND" if l == "Nghị quyết" else f"{R.randint(30, 120)}/2025/QĐ-UBND"
        rows.append([so, l, cq, d.isoformat(), (d + dt.timedelta(days=10)).isoformat(), t, "Còn hiệu lực"])
    w("van-ban-quy-pham-phap-luat-2025.csv", [("Số, ký hiệu", "Số và ký hiệu văn bản"), ("Loại văn bản", "Nghị quyết hoặc quyết định"), ("Cơ quan ban hành", "HĐND hoặc UBND tỉnh"),
        ("Ngày ban hành", "Ngày ký"), ("Ngày hiệu lực", "Ngày có hiệu lực"), ("Trích yếu", "Nội dung tóm tắt"), ("Tình trạng", "Tình trạng hiệu lực")], rows)

    # 54. Giá vật liệu xây dựng
    vl = [("Xi măng PCB40", "tấn", 1480000), ("Thép cuộn phi 6–8", "kg", 15200), ("Thép thanh vằn phi 10–25", "kg", 15600), ("Cát xây tô", "m³", 240000),
          ("Cát bê tông", "m³", 290000), ("Đá 1x2", "m³", 330000), ("Gạch tuynel 2 lỗ", "viên", 1350), ("Bê tông thương phẩm M250", "m³", 1250000),
          ("Nhựa đường đặc 60/70", "tấn", 15800000), ("Đất đắp nền", "m³", 95000)]
    rows = []
    for q in ("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"):
        for kv in ("Khu vực đồng bằng", "Khu vực miền núi phía Tây"):
            for t, dv, g in vl:
                rows.append([q, kv, t, dv, int(round(g * R.uniform(0.97, 1.1) * (1.07 if "miền núi" in kv else 1), -1 if g < 100000 else -3))])
    w("gia-vat-lieu-xay-dung-2025.csv", [("Quý", "Quý công bố"), ("Khu vực", "Khu vực áp dụng"), ("Vật liệu", "Tên vật liệu"), ("Đơn vị", "Đơn vị tính"),
        ("Giá chưa VAT (đồng)", "Giá đến hiện trường xây lắp trung tâm khu vực, chưa gồm thuế GTGT")], rows)

    # 55. Nhà ở xã hội
    rows = [["Nhà ở xã hội Nghĩa Lộ", "21028", "Công ty CP Đầu tư Phát triển Nhà Sông Trà", 512, 3.1, "Đang xây dựng", "2026-Q4"],
            ["Khu nhà ở xã hội Trương Quang Trọng", "21172", "Công ty TNHH Địa ốc Thiên Ấn", 860, 4.5, "Mở bán", "2025-Q4"],
            ["Nhà ở công nhân KCN VSIP", "21211", "Công ty TNHH VSIP Quảng Ngãi", 1200, 6.2, "Đã bàn giao 1 phần", "2025-Q2"],
            ["Nhà ở xã hội Vạn Tường", "21061", "Công ty CP Xây dựng Dung Quất", 740, 3.8, "Đang xây dựng", "2027-Q2"],
            ["Nhà ở xã hội phường Kon Tum", "23293", "Công ty CP Đầu tư Bắc Tây Nguyên", 420, 2.4, "Chuẩn bị đầu tư", "2027-Q4"],
            ["Nhà ở xã hội Đăk Bla", "23302", "Chưa lựa chọn nhà đầu tư", 300, 1.9, "Chuẩn bị đầu tư", ""],
            ["Nhà ở xã hội Đức Phổ", "21439", "Công ty TNHH Bất động sản Sa Huỳnh", 380, 2.1, "Đang xây dựng", "2026-Q3"],
            ["Chung cư thu nhập thấp Cẩm Thành", "21025", "Công ty CP Phát triển Đô thị Quảng Ngãi", 264, 0.9, "Đã hoàn thành", "2024-Q3"]]
    for c in ["21040", "21220", "21235", "21400", "21364", "21115", "21484", "23500", "23401", "23284", "21451", "21196"]:
        rows.append([f"Quỹ đất nhà ở xã hội khu dân cư {short(c)}", c, "Chủ đầu tư dự án nhà ở thương mại (dành 20% quỹ đất)", R.randint(60, 240), rnd(0.4, 1.5, 1), "Quy hoạch", ""])
    rows = [[r[0], r[1], xa(r[1])] + r[2:] for r in rows]
    w("nha-o-xa-hoi-2025.csv", [("Tên dự án", "Tên dự án nhà ở xã hội"), ("Mã xã", "Mã ĐVHC"), ("Tên xã", "Xã/phường"), ("Chủ đầu tư", "Chủ đầu tư"),
        ("Số căn hộ", "Tổng số căn"), ("Diện tích đất (ha)", "Quy mô diện tích"), ("Tình trạng", "Tình trạng dự án"), ("Dự kiến hoàn thành", "Quý dự kiến hoàn thành")], rows)


def gen_geojson():
    def fc(feats):
        return {"type": "FeatureCollection", "features": feats}

    def save(fname, obj):
        with open(os.path.join(FILES, fname), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)

    feats = []
    for r in COLUMNS["_cs_yte"]:
        if 14.5 <= r[8] <= 15.4 and 107.9 <= r[9] <= 109.1:
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r[9], r[8]]},
                          "properties": {"ma": r[0], "ten": r[1], "loai_hinh": r[2], "ma_xa": r[3], "ten_xa": r[4], "giuong_benh": r[5], "so_hu": r[10]}})
    save("co-so-kham-chua-benh-2024.geojson", fc(feats))

    feats = []
    for r in COLUMNS["_ditich"]:
        if 14.5 <= r[7] <= 15.4 and 107.9 <= r[8] <= 109.1:
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r[8], r[7]]},
                          "properties": {"ma": r[0], "ten": r[1], "loai_hinh": r[2], "cap_xep_hang": r[3], "ma_xa": r[4], "ten_xa": r[5]}})
    save("di-tich-lich-su-van-hoa-2025.geojson", fc(feats))

    feats = []
    for r in COLUMNS["_td"]:
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r[8], r[7]]},
                      "properties": {"ma": r[0], "ten": r[1], "ma_xa": r[2], "ten_xa": r[3], "cong_suat_mw": r[4], "tinh_trang": r[9]}})
    save("nha-may-thuy-dien-2025.geojson", fc(feats))

    # Vùng cấm khai thác cát sỏi (đa giác đơn giản dọc sông)
    zones = [("VC01", "Sông Trà Khúc – đoạn cầu Trà Khúc đến cầu Thạch Bích", "21025", [(108.77, 15.125), (108.82, 15.13), (108.82, 15.12), (108.77, 15.115)]),
             ("VC02", "Sông Vệ – đoạn qua xã Vệ Giang", "21238", [(108.80, 15.065), (108.85, 15.068), (108.85, 15.058), (108.80, 15.055)]),
             ("VC03", "Sông Trà Bồng – hạ lưu cầu Châu Ổ", "21040", [(108.74, 15.30), (108.79, 15.305), (108.79, 15.295), (108.74, 15.29)]),
             ("VC04", "Sông Trà Câu – cửa Mỹ Á", "21451", [(108.97, 14.775), (109.0, 14.78), (109.0, 14.768), (108.97, 14.764)]),
             ("VC05", "Sông Đăk Snghé – khu vực Măng Đen", "23473", [(108.26, 14.60), (108.30, 14.605), (108.30, 14.595), (108.26, 14.59)])]
    feats = []
    for ma, t, c, pts in zones:
        ring = [list(p) for p in pts] + [list(pts[0])]
        feats.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]},
                      "properties": {"ma": ma, "ten": t, "ma_xa": c, "ten_xa": xa(c), "loai": "Khu vực cấm hoạt động khoáng sản", "can_cu": "Quyết định phê duyệt khu vực cấm (minh họa)"}})
    save("khu-vuc-cam-khai-thac-cat-soi.geojson", fc(feats))


if __name__ == "__main__":
    os.makedirs(FILES, exist_ok=True)
    gen_csv()
    gen_geojson()
    json.dump({k: v for k, v in COLUMNS.items() if not k.startswith("_")}, open(os.path.join(HERE, "columns.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print(len([k for k in COLUMNS if not k.startswith("_")]), "CSV files")
