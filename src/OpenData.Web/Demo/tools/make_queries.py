# -*- coding: utf-8 -*-
"""Sinh tests/OpenData.Search.Tests/Relevance/queries.jsonl (bộ truy vấn đánh giá độ liên quan tìm kiếm).

Các trường `telex` và `unaccented` được tính tự động từ `query`.
"""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "OpenData.Search.Tests", "Relevance", "queries.jsonl")

TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
SHAPE = {"\u0302": None, "\u0306": "w", "\u031b": "w"}   # mũ (â ê ô: gõ đôi nguyên âm), trăng (ă), móc (ơ ư)


def telex_word(word):
    out, tone = [], ""
    for ch in word:
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        s = base
        for m in marks:
            if m in TONE:
                tone = TONE[m]
            elif m == "\u0302":
                s += base
            elif m in SHAPE:
                s += "w"
        out.append(s)
    return "".join(out) + tone


def telex(q):
    return " ".join(telex_word(w) for w in q.split(" "))


def unaccent(q):
    q = q.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", q) if unicodedata.category(c) != "Mn"))


Q = []


def q(query, relevant, note, kind="keyword"):
    Q.append(dict(query=query, relevant=relevant, note=note, kind=kind))


SYT_ALL = ["co-so-kham-chua-benh", "tram-y-te-xa", "tiem-chung-mo-rong", "sot-xuat-huyet-theo-tuan", "covid-19-so-ca-mac-va-tiem-vac-xin",
           "nha-thuoc-quay-thuoc", "ngo-doc-thuc-pham", "bao-hiem-y-te-ty-le-bao-phu", "doi-tuong-bao-tro-xa-hoi", "co-so-cai-nghien-ma-tuy"]
NGAN_SACH = ["du-toan-ngan-sach-dia-phuong-2026", "quyet-toan-ngan-sach-dia-phuong", "thu-ngan-sach-nha-nuoc-theo-thang",
             "ngan-sach-phuong-cam-thanh", "ke-hoach-dau-tu-cong-2026"]

# --- từ khóa ngắn, nhiều âm tiết
q("dân số theo xã", ["dan-so-theo-xa-phuong", "dan-toc-thieu-so-theo-xa", "ho-ngheo-ho-can-ngheo"], "Dân số từng xã, phường sau sắp xếp")
q("năng suất lúa", ["nang-suat-lua-theo-vu-va-xa", "dien-tich-cay-trong-chinh"], "Năng suất lúa theo vụ, theo xã")
q("lúa", ["nang-suat-lua-theo-vu-va-xa", "dien-tich-cay-trong-chinh"], "Số liệu về cây lúa; không được lẫn với “lụa”", "homograph")
q("lụa", ["lang-nghe-truyen-thong", "san-pham-ocop"], "Nghề dệt lụa tơ tằm; không được trả về bộ dữ liệu lúa gạo", "homograph")
q("giá đất", ["bang-gia-dat", "quy-hoach-su-dung-dat"], "Bảng giá đất để tính tiền sử dụng đất")
q("ma túy", ["co-so-cai-nghien-ma-tuy"], "Cai nghiện ma túy; không lẫn với “mã”", "homograph")
q("mã bưu chính", ["ma-buu-chinh-xa-phuong", "danh-muc-don-vi-hanh-chinh-cap-xa"], "Mã bưu chính (postcode) xã, phường mới", "homograph")
q("mã số vùng trồng", ["vung-trong-sam-ngoc-linh"], "Mã số vùng trồng sâm để truy xuất nguồn gốc", "homograph")
q("trường THPT", ["truong-trung-hoc-pho-thong", "ket-qua-thi-tot-nghiep-thpt", "truong-pho-thong-dan-toc-noi-tru"], "Danh sách trường trung học phổ thông")
q("THPT", ["truong-trung-hoc-pho-thong", "ket-qua-thi-tot-nghiep-thpt"], "Viết tắt trung học phổ thông", "abbreviation")
q("KCN", ["du-an-dau-tu-kkt-dung-quat-va-cac-kcn", "lao-dong-trong-khu-cong-nghiep"], "Viết tắt khu công nghiệp", "abbreviation")
q("khu công nghiệp", ["du-an-dau-tu-kkt-dung-quat-va-cac-kcn", "lao-dong-trong-khu-cong-nghiep"], "Dự án và lao động trong khu công nghiệp")
q("điểm thi tốt nghiệp", ["ket-qua-thi-tot-nghiep-thpt"], "Điểm thi tốt nghiệp THPT theo môn")
q("bệnh viện", ["co-so-kham-chua-benh", "tram-y-te-xa"], "Danh sách bệnh viện, giường bệnh")
q("tỉnh có bao nhiêu bệnh viện", ["co-so-kham-chua-benh"], "Câu hỏi tự nhiên về số bệnh viện", "question")
q("trạm y tế", ["tram-y-te-xa", "co-so-kham-chua-benh"], "Trạm y tế xã, phường")
q("tiêm chủng cho trẻ", ["tiem-chung-mo-rong", "covid-19-so-ca-mac-va-tiem-vac-xin"], "Tỉ lệ tiêm vắc xin cho trẻ em")
q("sốt xuất huyết", ["sot-xuat-huyet-theo-tuan"], "Số ca sốt xuất huyết theo tuần")
q("chất lượng không khí", ["quan-trac-chat-luong-khong-khi"], "Chỉ số AQI, bụi mịn")
q("bụi mịn PM2.5", ["quan-trac-chat-luong-khong-khi"], "Nồng độ bụi PM2.5")
q("nước sông Trà Khúc", ["chat-luong-nuoc-mat-song", "luong-mua-va-muc-nuoc-mua-lu", "khu-vuc-cam-hoat-dong-khoang-san"], "Chất lượng nước, mực nước sông Trà Khúc", "place")
q("mực nước lũ", ["luong-mua-va-muc-nuoc-mua-lu"], "Mực nước, cấp báo động lũ")
q("ngân sách", NGAN_SACH, "Mọi bộ dữ liệu ngân sách nhà nước")
q("dự toán ngân sách 2026", ["du-toan-ngan-sach-dia-phuong-2026", "ngan-sach-phuong-cam-thanh"], "Dự toán chi ngân sách năm 2026")
q("đầu tư công", ["ke-hoach-dau-tu-cong-2026"], "Kế hoạch vốn đầu tư công")
q("thủy điện", ["nha-may-thuy-dien"], "Danh sách nhà máy thủy điện")
q("điện mặt trời mái nhà", ["dien-mat-troi-mai-nha"], "Điện mặt trời áp mái theo xã")
q("tiêu thụ điện", ["tieu-thu-dien-theo-thanh-phan-phu-tai"], "Điện thương phẩm theo tháng")
q("cây xăng gần nhất", ["cua-hang-xang-dau"], "Cửa hàng xăng dầu trên bản đồ", "question")
q("lọc dầu Dung Quất", ["san-luong-nha-may-loc-dau-dung-quat", "thu-ngan-sach-nha-nuoc-theo-thang", "kim-ngach-xuat-nhap-khau"], "Sản lượng và đóng góp của Nhà máy lọc dầu")
q("xe buýt", ["tuyen-xe-buyt"], "Tuyến và điểm dừng xe buýt")
q("đường tỉnh", ["mang-luoi-duong-tinh", "cau-tren-duong-tinh"], "Mạng lưới đường tỉnh")
q("đường", ["mang-luoi-duong-tinh", "cau-tren-duong-tinh", "tuyen-xe-buyt", "san-pham-ocop", "lang-nghe-truyen-thong"], "Mơ hồ: đường giao thông hoặc đường ăn (đường phèn)", "ambiguous")
q("cầu treo", ["cau-tren-duong-tinh"], "Cầu treo dân sinh miền núi")
q("nhà ở xã hội", ["nha-o-xa-hoi"], "Dự án nhà ở xã hội, tình trạng mở bán")
q("mua nhà ở xã hội ở đâu", ["nha-o-xa-hoi"], "Câu hỏi tìm dự án đang mở bán", "question")
q("hộ nghèo", ["ho-ngheo-ho-can-ngheo"], "Tỉ lệ hộ nghèo theo xã")
q("xã nào tỉ lệ hộ nghèo cao nhất", ["ho-ngheo-ho-can-ngheo"], "Câu hỏi so sánh giữa các xã", "question")
q("dân tộc thiểu số", ["dan-toc-thieu-so-theo-xa", "truong-pho-thong-dan-toc-noi-tru", "lang-dan-toc-va-nha-rong-phuong-kon-tum"], "Số liệu về đồng bào dân tộc thiểu số")
q("di tích lịch sử", ["di-tich-lich-su-van-hoa"], "Di tích đã xếp hạng")
q("văn hóa Sa Huỳnh", ["di-tich-lich-su-van-hoa"], "Di chỉ văn hóa Sa Huỳnh", "place")
q("du lịch Lý Sơn", ["khach-du-lich-va-doanh-thu", "luot-khach-va-tau-ra-dao-ly-son", "co-so-luu-tru-du-lich"], "Khách du lịch, tàu ra đảo Lý Sơn", "place")
q("tỏi Lý Sơn", ["toi-hanh-ly-son", "san-pham-ocop", "gia-nong-san-hang-tuan", "nhan-hieu-chi-dan-dia-ly"], "Diện tích, giá tỏi Lý Sơn", "place")
q("giá tỏi hôm nay", ["gia-nong-san-hang-tuan", "toi-hanh-ly-son"], "Giá tỏi mới nhất", "question")
q("homestay Măng Đen", ["homestay-va-co-so-luu-tru-mang-den", "co-so-luu-tru-du-lich"], "Chỗ nghỉ tại Măng Đen", "place")
q("khách sạn", ["co-so-luu-tru-du-lich", "homestay-va-co-so-luu-tru-mang-den"], "Danh sách khách sạn")
q("xã Măng Đen", ["homestay-va-co-so-luu-tru-mang-den", "vung-trong-sam-ngoc-linh", "khach-du-lich-va-doanh-thu"], "Mọi dữ liệu về xã Măng Đen", "place")
q("phường Cẩm Thành", ["ngan-sach-phuong-cam-thanh", "to-dan-pho-phuong-cam-thanh"], "Dữ liệu do UBND phường Cẩm Thành công bố", "place")
q("nhà rông Kon Tum", ["lang-dan-toc-va-nha-rong-phuong-kon-tum", "thiet-che-van-hoa-the-thao"], "Nhà rông văn hóa ở phường Kon Tum", "place")
q("sâm Ngọc Linh", ["vung-trong-sam-ngoc-linh", "san-pham-ocop", "nhan-hieu-chi-dan-dia-ly", "dien-tich-cay-trong-chinh"], "Vùng trồng và sản phẩm sâm Ngọc Linh")
q("OCOP", ["san-pham-ocop", "lang-nghe-truyen-thong"], "Sản phẩm OCOP", "abbreviation")
q("cà phê", ["dien-tich-cay-trong-chinh", "gia-nong-san-hang-tuan", "san-pham-ocop", "nhan-hieu-chi-dan-dia-ly"], "Diện tích, giá cà phê (không lẫn với cá)", "homograph")
q("cá ngừ", ["san-luong-thuy-san-theo-thang", "gia-nong-san-hang-tuan"], "Sản lượng và giá cá ngừ")
q("tàu cá", ["tau-ca-dang-ky", "san-luong-thuy-san-theo-thang"], "Tàu cá đăng ký, chống khai thác IUU")
q("dịch tả lợn châu Phi", ["dich-benh-dong-vat", "dan-gia-suc-gia-cam"], "Ổ dịch tả lợn châu Phi")
q("hợp tác xã", ["hop-tac-xa-nong-nghiep"], "Danh sách HTX")
q("thành lập doanh nghiệp", ["doanh-nghiep-dang-ky-thanh-lap-moi", "doanh-nghiep-khoi-nghiep-doi-moi-sang-tao"], "Số doanh nghiệp mới thành lập")
q("CPI", ["chi-so-gia-tieu-dung-cpi"], "Chỉ số giá tiêu dùng", "abbreviation")
q("giá cả thị trường", ["gia-nong-san-hang-tuan", "chi-so-gia-tieu-dung-cpi", "gia-vat-lieu-xay-dung"], "Biến động giá cả")
q("xuất khẩu", ["kim-ngach-xuat-nhap-khau", "nguoi-lao-dong-di-lam-viec-o-nuoc-ngoai"], "Kim ngạch xuất khẩu; mơ hồ với xuất khẩu lao động", "ambiguous")
q("xuất khẩu lao động", ["nguoi-lao-dong-di-lam-viec-o-nuoc-ngoai"], "Người lao động đi làm việc ở nước ngoài")
q("việc làm", ["phien-giao-dich-viec-lam", "lao-dong-co-viec-lam-theo-khu-vuc", "tro-cap-that-nghiep-theo-thang"], "Thị trường lao động, tuyển dụng")
q("tìm việc làm ở Quảng Ngãi", ["phien-giao-dich-viec-lam"], "Người tìm việc muốn xem vị trí tuyển dụng", "question")
q("trợ cấp thất nghiệp", ["tro-cap-that-nghiep-theo-thang", "lao-dong-co-viec-lam-theo-khu-vuc"], "Số người hưởng trợ cấp thất nghiệp")
q("lương tối thiểu vùng", ["muc-luong-toi-thieu-vung-theo-xa"], "Mức lương tối thiểu áp dụng cho từng xã")
q("học phí", ["muc-hoc-phi-nam-hoc-2025-2026"], "Mức học phí năm học mới")
q("trường mầm non gần nhà", ["truong-mam-non-theo-xa"], "Phụ huynh tìm trường mầm non", "question")
q("giáo viên", ["doi-ngu-giao-vien", "truong-trung-hoc-pho-thong", "truong-mam-non-theo-xa"], "Số lượng giáo viên")
q("học nghề", ["co-so-giao-duc-nghe-nghiep", "tro-cap-that-nghiep-theo-thang"], "Cơ sở đào tạo nghề")
q("rác thải", ["diem-thu-gom-chat-thai-ran", "gia-dich-vu-thu-gom-rac-va-nuoc-sach"], "Thu gom, xử lý rác")
q("giá nước sạch", ["gia-dich-vu-thu-gom-rac-va-nuoc-sach", "cong-trinh-cap-nuoc-sinh-hoat-nong-thon"], "Giá nước sinh hoạt")
q("khai thác cát sỏi", ["khu-vuc-cam-hoat-dong-khoang-san"], "Khu vực cấm khai thác cát")
q("độ che phủ rừng", ["hien-trang-rung-va-do-che-phu", "chi-tieu-kinh-te-xa-hoi-chu-yeu"], "Tỉ lệ che phủ rừng")
q("thủ tục hành chính", ["thu-tuc-hanh-chinh-cap-xa", "ho-so-dich-vu-cong-truc-tuyen"], "Danh mục TTHC và hồ sơ")
q("dịch vụ công trực tuyến", ["ho-so-dich-vu-cong-truc-tuyen", "thu-tuc-hanh-chinh-cap-xa"], "Tỉ lệ hồ sơ trực tuyến")
q("sóng 4G", ["tram-phat-song-di-dong-bts"], "Vùng phủ sóng di động, thôn lõm sóng")
q("wifi miễn phí", ["diem-wifi-cong-cong"], "Điểm Wi-Fi công cộng", "english")
q("đơn vị hành chính sau sáp nhập", ["danh-muc-don-vi-hanh-chinh-cap-xa", "ranh-gioi-hanh-chinh-cap-xa", "ma-buu-chinh-xa-phuong", "dan-so-theo-xa-phuong"], "Danh sách xã, phường mới từ 01/7/2025")
q("bản đồ ranh giới xã", ["ranh-gioi-hanh-chinh-cap-xa"], "Lớp ranh giới hành chính")
q("đăng ký khai sinh", ["dang-ky-ho-tich"], "Số liệu hộ tịch")
q("văn bản pháp luật", ["van-ban-quy-pham-phap-luat-cua-tinh"], "Văn bản QPPL của tỉnh")
q("người có công", ["nguoi-co-cong-voi-cach-mang"], "Người có công với cách mạng")
q("bảo hiểm y tế", ["bao-hiem-y-te-ty-le-bao-phu", "tram-y-te-xa"], "Tỉ lệ tham gia BHYT")
q("ngộ độc thực phẩm", ["ngo-doc-thuc-pham"], "Các vụ ngộ độc thực phẩm")
q("nhà thuốc", ["nha-thuoc-quay-thuoc"], "Nhà thuốc đạt GPP")
q("chợ", ["danh-sach-cho", "gia-nong-san-hang-tuan"], "Danh sách chợ")
q("giá vật liệu xây dựng", ["gia-vat-lieu-xay-dung"], "Giá xi măng, thép, cát")
q("cảng Dung Quất", ["hang-hoa-qua-cang-bien-dung-quat"], "Hàng hóa qua cảng", "place")
q("đất", ["bang-gia-dat", "quy-hoach-su-dung-dat"], "Dữ liệu đất đai; “dat” không dấu còn trùng “đạt chuẩn”", "homograph")
# --- tên cơ quan
q("Sở Y tế", SYT_ALL, "Các bộ dữ liệu công khai do Sở Y tế công bố", "organization")
q("Ban quản lý khu kinh tế Dung Quất", ["du-an-dau-tu-kkt-dung-quat-va-cac-kcn", "lao-dong-trong-khu-cong-nghiep", "hang-hoa-qua-cang-bien-dung-quat", "san-luong-nha-may-loc-dau-dung-quat"], "Dữ liệu của Ban Quản lý KKT", "organization")
q("Thống kê tỉnh", ["dan-so-theo-xa-phuong", "tong-san-pham-tren-dia-ban-grdp", "chi-so-gia-tieu-dung-cpi", "lao-dong-co-viec-lam-theo-khu-vuc"], "Số liệu chính thức của ngành thống kê", "organization")
q("Sở Xây dựng", ["mang-luoi-duong-tinh", "cau-tren-duong-tinh", "tuyen-xe-buyt", "cap-phep-xay-dung", "nha-o-xa-hoi", "gia-vat-lieu-xay-dung"], "Dữ liệu ngành xây dựng, giao thông", "organization")
# --- tiếng Anh, viết tắt
q("gdp", ["tong-san-pham-tren-dia-ban-grdp", "chi-tieu-kinh-te-xa-hoi-chu-yeu"], "Người dùng gõ GDP thay vì GRDP", "english")
q("covid", ["covid-19-so-ca-mac-va-tiem-vac-xin"], "Số ca COVID-19", "english")
q("startup", ["doanh-nghiep-khoi-nghiep-doi-moi-sang-tao"], "Khởi nghiệp đổi mới sáng tạo", "english")
q("AQI", ["quan-trac-chat-luong-khong-khi"], "Chỉ số chất lượng không khí", "abbreviation")
q("api", ["api-danh-muc-dung-chung"], "Dịch vụ API dữ liệu", "english")
q("IUU", ["tau-ca-dang-ky"], "Chống khai thác hải sản bất hợp pháp", "abbreviation")
# --- lỗi chính tả
q("năng xuất lúa", ["nang-suat-lua-theo-vu-va-xa", "dien-tich-cay-trong-chinh"], "Nhầm s/x phổ biến", "typo")
q("bênh viện", ["co-so-kham-chua-benh", "tram-y-te-xa"], "Sai dấu thanh", "typo")
q("trương học", ["truong-mam-non-theo-xa", "truong-trung-hoc-pho-thong", "truong-pho-thong-dan-toc-noi-tru"], "Thiếu dấu móc ư", "typo")
q("ngân sác", NGAN_SACH, "Thiếu chữ cái cuối", "typo")
q("xuất nhâp khẩu", ["kim-ngach-xuat-nhap-khau"], "Thiếu dấu nặng", "typo")
q("sốt suất huyết", ["sot-xuat-huyet-theo-tuan"], "Nhầm x/s", "typo")
q("homstay", ["homestay-va-co-so-luu-tru-mang-den", "co-so-luu-tru-du-lich"], "Thiếu chữ e", "typo")
q("covd 19", ["covid-19-so-ca-mac-va-tiem-vac-xin"], "Thiếu chữ i", "typo")
q("thuỷ điện", ["nha-may-thuy-dien"], "Dấu đặt kiểu cũ (thuỷ/thủy) — cần chuẩn hóa vị trí dấu", "variant")


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, x in enumerate(Q, start=1):
            query = unicodedata.normalize("NFC", x["query"])
            row = {"id": f"q{i:02d}", "query": query, "relevant": x["relevant"], "note": x["note"], "kind": x["kind"],
                   "telex": telex(query), "unaccented": unaccent(query)}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(Q), "queries")


if __name__ == "__main__":
    main()
