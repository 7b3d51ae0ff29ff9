# -*- coding: utf-8 -*-
"""Nội dung các bộ dữ liệu demo (hư cấu). Mỗi lời gọi add() là một bộ dữ liệu."""
from datasets_def import add, up, link

NN, KT, GD, YT, LD, MT, TC, NL, HT, XH, CN, DP = ("nong-nghiep", "kinh-te-thuong-mai", "giao-duc", "y-te", "lao-dong", "moi-truong",
                                                  "tai-chinh", "nang-luong", "co-so-ha-tang", "xa-hoi", "cong-nghe", "dia-phuong")
SNNMT = "so-nong-nghiep-va-moi-truong"
SNN = "https://snnmt.quangngai.gov.vn"

# ============================ NÔNG NGHIỆP ============================
add("nang-suat-lua-theo-vu-va-xa", "Diện tích, năng suất và sản lượng lúa theo vụ và theo xã", SNNMT, [NN],
    ["lúa", "trồng trọt", "sản lượng", "năng suất"],
    """Bộ dữ liệu tổng hợp diện tích gieo cấy, năng suất và sản lượng lúa của hai vụ chính (**Đông Xuân** và **Hè Thu**) tại các xã, phường vùng đồng bằng của tỉnh từ năm 2023 đến 2025.

Số liệu phục vụ theo dõi an ninh lương thực, lập kế hoạch cung ứng giống, phân bón và điều tiết nước tưới từ hệ thống thủy lợi Thạch Nham.""",
    [up("nang-suat-lua-2023-2025.csv", "Năng suất lúa theo vụ, 2023–2025", "Số liệu theo xã, mỗi dòng là một vụ của một xã trong một năm.")],
    freq="SEMIANNUAL", method="Phòng Trồng trọt và Bảo vệ thực vật tổng hợp báo cáo của UBND các xã sau mỗi vụ, đối chiếu với kết quả điều tra năng suất của Thống kê tỉnh.",
    caveat="Vụ Hè Thu 2025 tại xã Mộ Đức và xã Long Phụng bị ảnh hưởng nắng hạn cục bộ nên năng suất thấp hơn bình thường. Số liệu trước tháng 7/2025 đã được quy đổi theo địa giới xã mới.",
    t=("2023-01-01", "2025-12-31"), cadence="Sau mỗi vụ thu hoạch (2 lần/năm)", pop=2.2)

add("dien-tich-cay-trong-chinh", "Diện tích và sản lượng các loại cây trồng chính năm 2024", SNNMT, [NN],
    ["trồng trọt", "cây công nghiệp", "quế", "sắn", "mía", "cà phê"],
    """Diện tích hiện có và sản lượng thu hoạch của các cây trồng chủ lực theo xã: lúa, ngô, lạc, sắn (mì), mía ở đồng bằng; keo lai, quế, cà phê, cao su ở miền núi phía Tây; sâm Ngọc Linh, rau ôn đới và chanh dây tại vùng Ngọc Linh – Măng Đen.

Dữ liệu dùng cho quy hoạch vùng nguyên liệu (nhà máy đường, nhà máy tinh bột sắn) và chương trình phát triển dược liệu.""",
    [up("dien-tich-cay-trong-2024.csv", "Cây trồng chính theo xã, 2024", "Diện tích (ha) và sản lượng (tấn).")],
    method="Tổng hợp từ báo cáo thống kê trồng trọt của UBND cấp xã và số liệu điều tra của Thống kê tỉnh.",
    caveat="Keo lai là cây lâm nghiệp, sản lượng khai thác gỗ được theo dõi riêng nên để trống. Diện tích sâm Ngọc Linh chỉ tính diện tích trồng dưới tán rừng đã được cấp mã số vùng trồng.",
    t=("2024-01-01", "2024-12-31"), year=2025)

add("dan-gia-suc-gia-cam", "Tổng đàn gia súc, gia cầm theo xã", SNNMT, [NN],
    ["chăn nuôi", "gia súc", "gia cầm", "dịch bệnh"],
    """Số lượng trâu, bò, lợn và gia cầm tại thời điểm 01/10/2024 trên địa bàn từng xã, kèm số ổ dịch (dịch tả lợn châu Phi, cúm gia cầm) đã được xử lý trong năm.

Bộ dữ liệu hỗ trợ kế hoạch tiêm phòng, quy hoạch vùng chăn nuôi tập trung và xử lý môi trường chăn nuôi.""",
    [up("dan-gia-suc-gia-cam-2024.csv", "Tổng đàn gia súc, gia cầm 01/10/2024", "Số liệu theo xã.")],
    basis="Luật Chăn nuôi 2018; Thông tư 20/2019/TT-BNNPTNT về báo cáo thống kê ngành nông nghiệp.",
    method="Điều tra chăn nuôi kỳ 01/10 do Thống kê tỉnh phối hợp Chi cục Chăn nuôi và Thú y thực hiện.", t=("2024-10-01", "2024-10-01"))

add("san-luong-thuy-san-theo-thang", "Sản lượng thủy sản khai thác và nuôi trồng theo tháng", SNNMT, [NN, KT],
    ["thủy sản", "khai thác hải sản", "cá ngừ", "sản lượng"],
    """Sản lượng thủy sản khai thác biển, nuôi trồng và một số loài chủ lực (cá ngừ, mực) theo tháng từ 2023 đến 2025, kèm số lượt tàu cá xuất bến.

Quảng Ngãi có đội tàu khai thác xa bờ lớn tại Bình Sơn, Tịnh Khê, Đức Phổ, Sa Huỳnh và Lý Sơn; sản lượng tăng mạnh vào vụ cá Nam (tháng 3–8).""",
    [up("san-luong-thuy-san-2023-2025.csv", "Sản lượng thủy sản theo tháng 2023–2025", "Đơn vị: tấn."),
     link(f"{SNN}/thuy-san/bao-cao-thang", "Báo cáo tháng ngành thủy sản", "Trang tin báo cáo tình hình khai thác hằng tháng.", "PDF")],
    freq="MONTHLY", method="Tổng hợp nhật ký khai thác, số liệu cảng cá Tịnh Kỳ, Sa Huỳnh, Lý Sơn và báo cáo của Chi cục Thủy sản.",
    caveat="Số liệu tháng gần nhất là số ước tính và có thể được điều chỉnh ở kỳ sau.", t=("2023-01-01", "2025-12-31"))

add("tau-ca-dang-ky", "Danh sách tổng hợp tàu cá đăng ký theo nhóm chiều dài", SNNMT, [NN],
    ["thủy sản", "tàu cá", "IUU", "khai thác hải sản"],
    """Số tàu cá đã đăng ký, tổng công suất và số tàu đã lắp thiết bị giám sát hành trình (VMS) theo xã/phường ven biển và nhóm chiều dài tàu.

Dữ liệu phục vụ công tác chống khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU) và gỡ “thẻ vàng” của Ủy ban châu Âu.""",
    [up("tau-ca-dang-ky-2025.csv", "Tàu cá đăng ký theo nhóm chiều dài, 2025", "Tổng hợp theo xã ven biển và đặc khu Lý Sơn.")],
    freq="QUARTERLY", basis="Luật Thủy sản 2017; Nghị định 26/2019/NĐ-CP; Nghị định 37/2024/NĐ-CP sửa đổi, bổ sung.",
    caveat="Không công bố thông tin cá nhân của chủ tàu. Danh sách chi tiết từng tàu chỉ chia sẻ cho cơ quan chức năng.",
    spatial=["21061", "21211", "21196", "21409", "21439", "21451", "21478", "21548"], access="open", pop=1.3)

add("gia-nong-san-hang-tuan", "Giá một số mặt hàng nông sản hằng tuần", "so-cong-thuong", [NN, KT],
    ["giá cả", "nông sản", "thị trường", "tỏi Lý Sơn"],
    """Giá bán buôn bình quân hằng tuần của các mặt hàng nông sản chủ lực: gạo tẻ thường, thịt lợn hơi, sắn tươi (mì), mía cây, tỏi Lý Sơn, cá ngừ đại dương và cà phê nhân.

Người dân, thương lái và doanh nghiệp có thể dùng để theo dõi xu hướng giá; cơ quan quản lý dùng để cảnh báo biến động thị trường.""",
    [up("gia-nong-san-hang-tuan-2025.csv", "Giá nông sản hằng tuần (từ tháng 7/2025)", "Đơn vị: đồng/kg hoặc đồng/tấn.")],
    freq="WEEKLY", method="Cán bộ thị trường thu thập giá vào thứ Hai hằng tuần tại 4 chợ đầu mối và điểm thu mua.",
    caveat="Giá mang tính tham khảo, không phải giá do Nhà nước quy định.", t=("2025-07-07", "2025-11-17"),
    contact=("Phòng Quản lý thương mại, Sở Công Thương", "thuongmai.sct@quangngai.gov.vn"), pop=2.5)

add("hop-tac-xa-nong-nghiep", "Danh sách hợp tác xã nông nghiệp", SNNMT, [NN, KT],
    ["hợp tác xã", "nông nghiệp", "doanh nghiệp"],
    """Danh sách hợp tác xã (HTX) hoạt động trong lĩnh vực nông nghiệp, lâm nghiệp, thủy sản: tên, xã đặt trụ sở, lĩnh vực chính, số thành viên, năm thành lập và tình trạng hoạt động.

Dữ liệu giúp doanh nghiệp tìm đối tác liên kết tiêu thụ nông sản và giúp cơ quan nhà nước theo dõi kinh tế tập thể.""",
    [up("hop-tac-xa-nong-nghiep-2025.csv", "Hợp tác xã nông nghiệp 2025", "Danh sách HTX.")],
    freq="SEMIANNUAL", basis="Luật Hợp tác xã 2023.", caveat="Tình trạng “Tạm ngừng” là HTX đã thông báo tạm ngừng kinh doanh với cơ quan đăng ký.")

add("san-pham-ocop", "Sản phẩm OCOP được công nhận", SNNMT, [NN, KT],
    ["OCOP", "đặc sản", "nông sản", "tỏi Lý Sơn", "quế"],
    """Danh sách sản phẩm đạt chuẩn Chương trình Mỗi xã một sản phẩm (OCOP) hạng 3 sao trở lên: tỏi và hành Lý Sơn, quế Trà Bồng, mạch nha Thi Phổ, đường phèn, cá bống sông Trà, sâm Ngọc Linh, cà phê Măng Đen, nước mắm Sa Huỳnh, thổ cẩm Ba Tơ, dệt lụa tơ tằm…

Bộ dữ liệu được cập nhật sau mỗi đợt đánh giá, phân hạng của Hội đồng OCOP tỉnh.""",
    [up("san-pham-ocop-2025.csv", "Sản phẩm OCOP 2022–2025", "Danh sách sản phẩm, chủ thể và hạng sao.")],
    freq="SEMIANNUAL", basis="Quyết định 148/QĐ-TTg năm 2023 về Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP.",
    caveat="Sản phẩm hạng 5 sao do Thủ tướng Chính phủ công nhận; hạng 3–4 sao do UBND tỉnh công nhận. Giấy chứng nhận có thời hạn 36 tháng.",
    contact=("Văn phòng Điều phối nông thôn mới tỉnh", "nongthonmoi@quangngai.gov.vn"), pop=2.0)

add("dich-benh-dong-vat", "Tình hình dịch bệnh động vật trên cạn", SNNMT, [NN],
    ["dịch bệnh", "chăn nuôi", "thú y", "dịch tả lợn châu Phi"],
    """Thông tin các ổ dịch bệnh động vật đã được phát hiện và xử lý: dịch tả lợn châu Phi, lở mồm long móng, viêm da nổi cục trâu bò, cúm gia cầm, bệnh dại.

Dữ liệu gồm ngày phát hiện, xã có dịch, loài vật nuôi, số con mắc/tiêu hủy và ngày công bố hết dịch. Dữ liệu được cung cấp qua API của hệ thống báo cáo dịch bệnh động vật.""",
    [link(f"{SNN}/api/thu-y/o-dich?tinh=51", "API ổ dịch động vật", "Trả về JSON, lọc theo khoảng thời gian và mã xã.", "API"),
     link(f"{SNN}/thu-y/thong-bao-dich", "Thông báo dịch bệnh", "Văn bản công bố dịch, hết dịch.", "PDF")],
    freq="CONT", basis="Luật Thú y 2015; Thông tư 04/2016/TT-BNNPTNT về phòng, chống dịch bệnh động vật thủy sản.",
    caveat="Ổ dịch đang xử lý có thể chưa có số liệu tiêu hủy cuối cùng.", lic="cc-zero",
    contact=("Chi cục Chăn nuôi và Thú y", "thuy.snnmt@quangngai.gov.vn"))

add("vung-trong-sam-ngoc-linh", "Vùng trồng sâm Ngọc Linh đã được cấp mã số", SNNMT, [NN, DP],
    ["sâm Ngọc Linh", "dược liệu", "mã số vùng trồng", "trồng trọt"],
    """Thông tin các vùng trồng sâm Ngọc Linh dưới tán rừng tự nhiên đã được cấp mã số vùng trồng tại xã Ngọc Linh, xã Tu Mơ Rông, xã Măng Đen và các xã lân cận: mã vùng trồng, chủ thể, diện tích, số cây, năm trồng.

Bộ dữ liệu hỗ trợ truy xuất nguồn gốc, chống hàng giả và bảo hộ chỉ dẫn địa lý “Ngọc Linh” cho sản phẩm sâm.""",
    [link(f"{SNN}/duoc-lieu/vung-trong-sam.geojson", "Ranh giới vùng trồng (GeoJSON)", "Đa giác vùng trồng, hệ tọa độ WGS84.", "GeoJSON"),
     link(f"{SNN}/duoc-lieu/vung-trong-sam.xlsx", "Danh sách vùng trồng (XLSX)", "Mã vùng trồng, chủ thể, diện tích.", "XLSX")],
    freq="IRREG", access="on-request", lic="other-open", spatial=["23365", "23425", "23473"],
    caveat="Tọa độ chi tiết vùng trồng được cung cấp theo yêu cầu nhằm bảo vệ tài sản của người trồng sâm; bản công khai chỉ ở mức ranh giới tổng quát.")

add("lang-nghe-truyen-thong", "Làng nghề và nghề truyền thống được công nhận", SNNMT, [NN, XH],
    ["làng nghề", "nghề truyền thống", "thổ cẩm", "OCOP"],
    """Danh sách làng nghề, nghề truyền thống được UBND tỉnh công nhận: làm mạch nha, đường phèn, bánh tráng, nước mắm, dệt thổ cẩm của đồng bào Hrê và Xơ Đăng, đan lát mây tre, rèn, ươm tơ dệt lụa.

Thông tin gồm tên làng nghề, xã, số hộ tham gia, số lao động, sản phẩm chính và năm công nhận.

| Nhóm nghề | Số làng nghề |
|---|---|
| Chế biến nông, lâm, thủy sản | 14 |
| Thủ công mỹ nghệ (dệt thổ cẩm, mây tre, dệt lụa) | 9 |
| Nghề khác (rèn, mộc, gốm) | 5 |""",
    [link(f"{SNN}/nong-thon/lang-nghe.xlsx", "Danh sách làng nghề (XLSX)", "Cập nhật đến năm 2025.", "XLSX")],
    freq="IRREG", basis="Nghị định 52/2018/NĐ-CP về phát triển ngành nghề nông thôn.",
    contact=("Chi cục Phát triển nông thôn", "ptnt.snnmt@quangngai.gov.vn"))

# ============================ KINH TẾ, THƯƠNG MẠI ============================
add("doanh-nghiep-dang-ky-thanh-lap-moi", "Doanh nghiệp đăng ký thành lập mới theo tháng và ngành kinh tế", "so-tai-chinh", [KT],
    ["doanh nghiệp", "đăng ký kinh doanh", "đầu tư"],
    """Số doanh nghiệp thành lập mới, vốn đăng ký và số doanh nghiệp quay lại hoạt động theo tháng và ngành kinh tế cấp 1 (VSIC 2018) năm 2025.

Dữ liệu được trích từ Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, do Phòng Đăng ký kinh doanh thuộc Sở Tài chính tổng hợp.""",
    [up("doanh-nghiep-dang-ky-moi-2025.csv", "Doanh nghiệp thành lập mới 2025", "Theo tháng và ngành."),
     link("https://stc.quangngai.gov.vn/dang-ky-kinh-doanh/thong-ke", "Trang thống kê đăng ký doanh nghiệp", "Biểu đồ và báo cáo tháng.", "PDF")],
    freq="MONTHLY", basis="Luật Doanh nghiệp 2020; Nghị định 168/2025/NĐ-CP về đăng ký doanh nghiệp.",
    caveat="Không bao gồm hộ kinh doanh cá thể và chi nhánh, văn phòng đại diện.", t=("2025-01-01", "2025-10-31"),
    contact=("Phòng Đăng ký kinh doanh, Sở Tài chính", "dkkd.stc@quangngai.gov.vn"), pop=2.0)

add("chi-so-gia-tieu-dung-cpi", "Chỉ số giá tiêu dùng (CPI) hằng tháng", "thong-ke-tinh", [KT],
    ["CPI", "giá cả", "lạm phát", "thống kê"],
    """Chỉ số giá tiêu dùng (CPI) của tỉnh theo tháng, gồm chỉ số chung và một số nhóm hàng chính, so với tháng trước và so với cùng kỳ năm trước.

CPI phản ánh xu hướng biến động giá của rổ hàng hóa, dịch vụ tiêu dùng đại diện; là căn cứ điều chỉnh lương, hợp đồng và chính sách giá.""",
    [up("chi-so-gia-tieu-dung-2024-2025.csv", "CPI theo tháng 2024–2025", "Kỳ gốc 2019 = 100.")],
    freq="MONTHLY", method="Điều tra giá tiêu dùng hằng tháng tại các điểm điều tra trên địa bàn tỉnh theo phương án của Tổng cục Thống kê (nay là Cục Thống kê).",
    caveat="Từ tháng 7/2025 rổ hàng và điểm điều tra được mở rộng sang khu vực Kon Tum cũ; số liệu trước đó chỉ tính địa bàn Quảng Ngãi cũ.",
    t=("2024-01-01", "2025-10-31"), pop=1.8)

add("tong-san-pham-tren-dia-ban-grdp", "Tổng sản phẩm trên địa bàn (GRDP) theo khu vực kinh tế", "thong-ke-tinh", [KT, TC],
    ["GRDP", "tăng trưởng kinh tế", "thống kê", "cơ cấu kinh tế"],
    """Tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá hiện hành và cơ cấu theo ba khu vực kinh tế cùng thuế sản phẩm trừ trợ cấp sản phẩm, giai đoạn 2020–2025.

Số liệu đã được biên soạn lại theo địa giới hành chính tỉnh Quảng Ngãi mới (bao gồm tỉnh Kon Tum cũ) để so sánh được qua các năm.""",
    [up("grdp-theo-khu-vuc-2020-2025.csv", "GRDP theo khu vực 2020–2025", "Đơn vị: tỷ đồng."),
     link("https://thongke.quangngai.gov.vn/nien-giam-thong-ke-2024.pdf", "Niên giám thống kê 2024", "Bản đầy đủ dạng PDF.", "PDF")],
    method="Biên soạn theo phương pháp tính GRDP thống nhất toàn quốc.", caveat="Số liệu năm 2025 là số sơ bộ.",
    t=("2020-01-01", "2025-12-31"), pop=1.6)

add("kim-ngach-xuat-nhap-khau", "Kim ngạch xuất khẩu, nhập khẩu theo nhóm hàng", "so-cong-thuong", [KT],
    ["xuất khẩu", "nhập khẩu", "thương mại", "lọc hóa dầu"],
    """Kim ngạch xuất khẩu, nhập khẩu ước tính theo quý và nhóm hàng chủ yếu năm 2025: sản phẩm lọc hóa dầu, thép, dăm gỗ, tinh bột sắn, thủy sản, dệt may; nhập khẩu dầu thô, than, quặng sắt, máy móc.

Dữ liệu giúp doanh nghiệp và nhà đầu tư nắm cơ cấu thương mại quốc tế của tỉnh.""",
    [up("kim-ngach-xuat-nhap-khau-2025.csv", "Xuất nhập khẩu theo quý 2025", "Đơn vị: triệu USD.")],
    freq="QUARTERLY", method="Tổng hợp từ số liệu Chi cục Hải quan khu vực và báo cáo của doanh nghiệp.",
    contact=("Phòng Quản lý thương mại, Sở Công Thương", "thuongmai.sct@quangngai.gov.vn"), t=("2025-01-01", "2025-09-30"))

add("danh-sach-cho", "Danh sách chợ trên địa bàn tỉnh", "so-cong-thuong", [KT, HT],
    ["chợ", "thương mại", "hạ tầng thương mại", "an toàn thực phẩm"],
    """Danh sách chợ đang hoạt động: tên chợ, hạng chợ, xã/phường, số hộ kinh doanh cố định, hình thức quản lý và việc công nhận chợ kinh doanh thực phẩm an toàn.

Chợ hạng I gồm Chợ Quảng Ngãi (phường Cẩm Thành) và Chợ Kon Tum (phường Kon Tum).""",
    [up("cho-tren-dia-ban-2025.csv", "Danh sách chợ 2025", "Chợ theo xã, phường.")],
    freq="ANNUAL", basis="Nghị định 60/2024/NĐ-CP về phát triển và quản lý chợ.",
    contact=("Phòng Quản lý thương mại, Sở Công Thương", "thuongmai.sct@quangngai.gov.vn"))

add("du-an-dau-tu-kkt-dung-quat-va-cac-kcn", "Dự án đầu tư tại Khu kinh tế Dung Quất và các khu công nghiệp", "ban-quan-ly-kkt-dung-quat", [KT],
    ["KCN", "khu kinh tế", "đầu tư", "doanh nghiệp", "Dung Quất"],
    """Danh mục dự án đầu tư còn hiệu lực tại Khu kinh tế Dung Quất, Khu kinh tế cửa khẩu quốc tế Bờ Y và các khu công nghiệp (KCN VSIP Quảng Ngãi, KCN Tịnh Phong, KCN Quảng Phú, KCN Sao Mai): nhà đầu tư, lĩnh vực, quốc gia, vốn đăng ký, diện tích thuê đất, tình trạng và số lao động.

Các lĩnh vực chủ lực: lọc hóa dầu, luyện thép, cơ khí chế tạo, chế biến gỗ, dệt may, logistics.""",
    [up("du-an-kkt-kcn-2025.csv", "Dự án trong KKT, KCN (2025)", "Danh mục dự án.")],
    freq="QUARTERLY", basis="Luật Đầu tư 2020; Nghị định 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế.",
    caveat="Vốn đăng ký theo giấy chứng nhận đăng ký đầu tư, không phải vốn đã giải ngân.", pop=1.7)

add("khach-du-lich-va-doanh-thu", "Lượt khách du lịch và doanh thu du lịch theo tháng", "so-van-hoa-the-thao-va-du-lich", [KT, DP],
    ["du lịch", "khách du lịch", "Lý Sơn", "Măng Đen"],
    """Tổng lượt khách tham quan, lưu trú, khách quốc tế và doanh thu du lịch theo tháng; riêng lượt khách ra đảo Lý Sơn (qua cảng Sa Kỳ) và khách đến khu du lịch Măng Đen được thống kê tách riêng.""",
    [up("khach-du-lich-2024-2025.csv", "Khách du lịch theo tháng 2024–2025", "Lượt khách và doanh thu.")],
    freq="MONTHLY", method="Tổng hợp báo cáo của cơ sở lưu trú, khu điểm du lịch, cảng Sa Kỳ và ước tính của Sở.",
    caveat="Một du khách có thể được tính nhiều lượt nếu tham quan nhiều điểm.", t=("2024-01-01", "2025-10-31"), pop=1.5)

add("co-so-luu-tru-du-lich", "Cơ sở lưu trú du lịch đã được công nhận hạng", "so-van-hoa-the-thao-va-du-lich", [KT],
    ["du lịch", "khách sạn", "homestay", "lưu trú"],
    """Danh sách khách sạn, nhà nghỉ du lịch, homestay, biệt thự du lịch đã được thẩm định hoặc công nhận hạng: tên cơ sở, loại hình, hạng sao, xã/phường, số buồng và điện thoại liên hệ.""",
    [up("co-so-luu-tru-du-lich-2025.csv", "Cơ sở lưu trú du lịch 2025", "Danh sách cơ sở lưu trú.")],
    freq="QUARTERLY", basis="Luật Du lịch 2017; Thông tư 06/2017/TT-BVHTTDL.", pop=1.4)

add("gia-vat-lieu-xay-dung", "Công bố giá vật liệu xây dựng theo quý", "so-xay-dung", [KT, HT],
    ["giá cả", "vật liệu xây dựng", "xây dựng"],
    """Giá vật liệu xây dựng chủ yếu (xi măng, thép, cát, đá, gạch, bê tông thương phẩm, nhựa đường) đến hiện trường xây lắp, chưa gồm thuế GTGT, công bố theo quý cho khu vực đồng bằng và khu vực miền núi phía Tây.

Giá công bố là cơ sở để chủ đầu tư lập và quản lý chi phí đầu tư xây dựng các công trình sử dụng vốn nhà nước.""",
    [up("gia-vat-lieu-xay-dung-2025.csv", "Giá VLXD 2025 (CSV)", "4 quý năm 2025."),
     up("gia-vat-lieu-xay-dung-2025.xlsx", "Giá VLXD 2025 (Excel)", "Cùng nội dung, định dạng Excel.")],
    freq="QUARTERLY", basis="Nghị định 10/2021/NĐ-CP về quản lý chi phí đầu tư xây dựng.",
    contact=("Phòng Kinh tế và Vật liệu xây dựng, Sở Xây dựng", "ktvl.sxd@quangngai.gov.vn"), t=("2025-01-01", "2025-12-31"), pop=1.8)

add("danh-muc-du-an-keu-goi-dau-tu", "Danh mục dự án kêu gọi đầu tư giai đoạn 2025–2030", "so-tai-chinh", [KT],
    ["đầu tư", "xúc tiến đầu tư", "dự án"],
    """Danh mục dự án tỉnh kêu gọi đầu tư: du lịch biển Sa Huỳnh – Mỹ Khê, khu đô thị ven sông Trà Khúc, hạ tầng KCN, nông nghiệp công nghệ cao tại Măng Đen, trung tâm logistics Dung Quất, điện gió ngoài khơi.

Mỗi dự án có thông tin địa điểm, quy mô, tổng vốn dự kiến, hình thức đầu tư (PPP, ngoài ngân sách) và đầu mối liên hệ.""",
    [link("https://stc.quangngai.gov.vn/xuc-tien-dau-tu/danh-muc-2025-2030.pdf", "Danh mục dự án kêu gọi đầu tư (PDF)", "Song ngữ Việt – Anh.", "PDF"),
     link("https://stc.quangngai.gov.vn/xuc-tien-dau-tu/danh-muc-2025-2030.json", "Danh mục dự án (JSON)", "Dạng máy đọc được.", "JSON")],
    freq="IRREG", contact=("Trung tâm Xúc tiến đầu tư, Sở Tài chính", "xtdt.stc@quangngai.gov.vn"), lic="cc-by")

# ============================ GIÁO DỤC ============================
SGD = "so-giao-duc-va-dao-tao"
add("truong-mam-non-theo-xa", "Danh sách trường mầm non theo xã, năm học 2024–2025", SGD, [GD],
    ["trường học", "mầm non", "học sinh", "giáo viên"],
    """Danh sách trường mầm non công lập và tư thục theo xã/phường: số nhóm, lớp, số trẻ, số giáo viên và tình trạng đạt chuẩn quốc gia, năm học 2024–2025.

Phụ huynh có thể dùng để tìm trường gần nơi ở; cơ quan quản lý dùng để rà soát mạng lưới trường lớp sau sắp xếp đơn vị hành chính.""",
    [up("truong-mam-non-2024-2025.csv", "Trường mầm non 2024–2025", "Danh sách trường theo xã.")],
    method="Trích xuất từ Cơ sở dữ liệu ngành giáo dục (CSDL ngành) tại thời điểm đầu năm học.",
    caveat="Nhóm trẻ độc lập tư thục quy mô nhỏ chưa được đưa vào danh sách.", t=("2024-09-05", "2025-05-31"), pop=1.6)

add("truong-trung-hoc-pho-thong", "Trường trung học phổ thông (THPT): quy mô lớp, học sinh, giáo viên", SGD, [GD],
    ["trường học", "THPT", "học sinh", "giáo viên", "dân tộc thiểu số"],
    """Danh sách các trường THPT, trường phổ thông dân tộc nội trú (PT DTNT) và trường chuyên trên địa bàn tỉnh: số lớp, số học sinh, số học sinh dân tộc thiểu số, số giáo viên, đạt chuẩn quốc gia. Năm học 2024–2025.

Bao gồm Trường THPT chuyên Lê Khiết và Trường THPT chuyên Nguyễn Tất Thành (phường Kon Tum).""",
    [up("truong-thpt-2024-2025.csv", "Trường THPT năm học 2024–2025", "Danh sách trường THPT.")],
    method="Trích xuất từ CSDL ngành giáo dục, kỳ báo cáo đầu năm học.", t=("2024-09-05", "2025-05-31"), pop=1.9)

add("ket-qua-thi-tot-nghiep-thpt", "Kết quả kỳ thi tốt nghiệp THPT theo môn thi", SGD, [GD],
    ["thi tốt nghiệp", "THPT", "điểm thi", "học sinh"],
    """Thống kê điểm thi tốt nghiệp THPT của thí sinh dự thi tại tỉnh theo từng môn giai đoạn 2023–2025: số thí sinh, điểm trung bình, tỉ lệ bài thi dưới 5 điểm, số điểm 10 và tỉ lệ đỗ tốt nghiệp toàn tỉnh.

Từ năm 2025 thi theo Chương trình giáo dục phổ thông 2018 (thêm môn Tin học, Giáo dục kinh tế và pháp luật…).""",
    [up("ket-qua-thi-tot-nghiep-thpt-2023-2025.csv", "Điểm thi tốt nghiệp THPT 2023–2025", "Theo môn thi.")],
    caveat="Không công bố điểm của từng thí sinh. Tỉ lệ đỗ tốt nghiệp chỉ ghi ở dòng môn Toán để tránh lặp.",
    t=("2023-06-28", "2025-07-16"), cadence="Hằng năm, sau khi công bố kết quả thi (tháng 7)", pop=2.4,
    contact=("Phòng Quản lý chất lượng, Sở Giáo dục và Đào tạo", "qlcl.sgddt@quangngai.gov.vn"))

add("doi-ngu-giao-vien", "Đội ngũ giáo viên theo cấp học và trình độ đào tạo", SGD, [GD, LD],
    ["giáo viên", "nhân lực", "giáo dục"],
    """Số giáo viên theo cấp học (mầm non, tiểu học, THCS, THPT, giáo dục thường xuyên), số đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019, số có trình độ thạc sĩ trở lên và số còn thiếu so với định mức, từ năm học 2020–2021 đến 2024–2025.""",
    [up("doi-ngu-giao-vien-2020-2025.csv", "Giáo viên theo cấp học 2020–2025", "Số liệu tổng hợp toàn tỉnh.")],
    contact=("Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo", "tccb.sgddt@quangngai.gov.vn"), t=("2020-09-01", "2025-05-31"))

add("muc-hoc-phi-nam-hoc-2025-2026", "Mức thu học phí cơ sở giáo dục công lập năm học 2025–2026", SGD, [GD, TC],
    ["học phí", "giá dịch vụ", "giáo dục"],
    """Mức thu học phí đối với trẻ mầm non, học sinh phổ thông và giáo dục thường xuyên tại các cơ sở giáo dục công lập theo vùng (thành thị, nông thôn, miền núi).

Từ năm học 2025–2026, học sinh phổ thông công lập được miễn học phí theo Nghị quyết 217/2025/QH15; bảng mức thu vẫn được công bố làm căn cứ cấp bù và áp dụng cho cơ sở giáo dục thường xuyên.

| Cấp học | Thành thị (đồng/tháng) | Nông thôn | Miền núi |
|---|---|---|---|
| Mầm non | 180.000 | 90.000 | 45.000 |
| THCS | 180.000 | 90.000 | 45.000 |
| THPT | 200.000 | 100.000 | 50.000 |""",
    [link("https://sgddt.quangngai.gov.vn/van-ban/nq-hoc-phi-2025-2026.pdf", "Nghị quyết HĐND tỉnh về học phí", "Văn bản gốc.", "PDF")],
    basis="Nghị định 81/2021/NĐ-CP; Nghị định 97/2023/NĐ-CP; Nghị quyết 217/2025/QH15.", lic="cc-zero", t=("2025-09-01", "2026-05-31"))

add("co-so-giao-duc-nghe-nghiep", "Cơ sở giáo dục nghề nghiệp và quy mô tuyển sinh", SGD, [GD, LD],
    ["giáo dục nghề nghiệp", "học nghề", "đào tạo nghề", "tuyển sinh"],
    """Danh sách trường cao đẳng, trung cấp, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên trên địa bàn tỉnh: ngành nghề đào tạo, trình độ, chỉ tiêu và kết quả tuyển sinh năm 2025.

Từ tháng 3/2025, quản lý nhà nước về giáo dục nghề nghiệp chuyển từ ngành lao động sang ngành giáo dục.""",
    [link("https://sgddt.quangngai.gov.vn/gdnn/co-so-gdnn-2025.xlsx", "Cơ sở GDNN 2025 (XLSX)", "Danh sách cơ sở và ngành nghề.", "XLSX"),
     link("https://sgddt.quangngai.gov.vn/api/gdnn/tuyen-sinh", "API tuyển sinh GDNN", "Số liệu tuyển sinh theo trình độ.", "API")],
    contact=("Phòng Giáo dục nghề nghiệp – Giáo dục thường xuyên", "gdnn.sgddt@quangngai.gov.vn"))

add("pho-cap-giao-duc-xoa-mu-chu", "Kết quả phổ cập giáo dục, xóa mù chữ cấp xã", SGD, [GD, XH],
    ["phổ cập giáo dục", "xóa mù chữ", "giáo dục"],
    """Mức độ đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập tiểu học, THCS và xóa mù chữ của từng xã, phường năm 2024, theo kết quả kiểm tra công nhận của tỉnh.

Dữ liệu tổng hợp được công bố dạng báo cáo PDF và bảng Excel.""",
    [link("https://sgddt.quangngai.gov.vn/pcgd/ket-qua-2024.pdf", "Báo cáo kết quả phổ cập 2024", "Báo cáo tổng hợp.", "PDF"),
     link("https://sgddt.quangngai.gov.vn/pcgd/ket-qua-2024.xlsx", "Kết quả theo xã (XLSX)", "Mức độ đạt chuẩn từng xã.", "XLSX")],
    basis="Nghị định 20/2014/NĐ-CP về phổ cập giáo dục, xóa mù chữ.", lic="notspecified")

add("truong-pho-thong-dan-toc-noi-tru", "Trường phổ thông dân tộc nội trú, bán trú và học sinh được hỗ trợ", SGD, [GD, XH],
    ["dân tộc thiểu số", "trường học", "học sinh", "chính sách"],
    """Danh sách trường PT DTNT, PT DTBT ở các xã miền núi (Trà Bồng, Sơn Hà, Sơn Tây, Ba Tơ, Minh Long, Tu Mơ Rông, Kon Plông, Đăk Tô…) và số học sinh được hưởng chính sách hỗ trợ tiền ăn, gạo theo Nghị định 116/2016/NĐ-CP (nay là Nghị định 66/2025/NĐ-CP).""",
    [link("https://sgddt.quangngai.gov.vn/dan-toc/truong-noi-tru-2025.csv", "Trường nội trú, bán trú 2025 (CSV)", "Danh sách trường và số học sinh.", "CSV")],
    basis="Nghị định 66/2025/NĐ-CP về chính sách cho trẻ em nhà trẻ, học sinh, học viên ở vùng đặc biệt khó khăn.",
    spatial=["21115", "21289", "21340", "21484", "21361", "23425", "23476", "23401"])

# ============================ Y TẾ ============================
SYT = "so-y-te"
add("co-so-kham-chua-benh", "Cơ sở khám bệnh, chữa bệnh và giường bệnh", SYT, [YT],
    ["bệnh viện", "cơ sở y tế", "giường bệnh", "bác sĩ"],
    """Danh sách bệnh viện, trung tâm y tế khu vực và phòng khám đa khoa trên địa bàn tỉnh: loại hình, địa chỉ theo xã, số giường bệnh kế hoạch và thực kê, số bác sĩ, vị trí tọa độ.

Sau khi bỏ cấp huyện, các trung tâm y tế huyện được tổ chức lại thành **trung tâm y tế khu vực** trực thuộc Sở Y tế.""",
    [up("co-so-kham-chua-benh-2024.csv", "Cơ sở khám chữa bệnh 2024 (CSV)", "Bảng đầy đủ."),
     up("co-so-kham-chua-benh-2024.geojson", "Bản đồ cơ sở khám chữa bệnh (GeoJSON)", "Điểm, WGS84; chỉ gồm cơ sở trong khung bản đồ phía Đông.")],
    basis="Luật Khám bệnh, chữa bệnh 2023.", method="Tổng hợp từ hồ sơ cấp giấy phép hoạt động và báo cáo thống kê y tế năm 2024.",
    caveat="Giường thực kê có thể vượt giường kế hoạch do quá tải; tọa độ là vị trí cổng chính, sai số khoảng 50–200 m.",
    conforms="https://datatracker.ietf.org/doc/html/rfc7946", t=("2024-01-01", "2024-12-31"), pop=3.0)

add("tram-y-te-xa", "Trạm y tế xã, phường: nhân lực và đạt chuẩn", SYT, [YT, DP],
    ["trạm y tế", "cơ sở y tế", "bác sĩ", "bảo hiểm y tế"],
    """Thông tin trạm y tế của tất cả xã, phường, đặc khu (sau sắp xếp 01/7/2025): số bác sĩ, y sĩ, điều dưỡng – hộ sinh, đạt Bộ tiêu chí quốc gia về y tế xã và có khám chữa bệnh bảo hiểm y tế.""",
    [up("tram-y-te-xa-2025.csv", "Trạm y tế xã, phường 2025", "Một dòng cho mỗi đơn vị hành chính cấp xã.")],
    basis="Quyết định 1300/QĐ-BYT năm 2023 ban hành Bộ tiêu chí quốc gia về y tế xã.", caveat="Trạm y tế của các xã cũ sáp nhập được giữ làm điểm trạm; bảng này chỉ tính trạm chính.",
    freq="SEMIANNUAL", pop=1.5)

add("tiem-chung-mo-rong", "Tỉ lệ tiêm chủng mở rộng cho trẻ em dưới 1 tuổi theo xã", SYT, [YT],
    ["tiêm chủng", "vắc xin", "trẻ em", "y tế dự phòng"],
    """Số trẻ trong diện, số trẻ đã tiêm và tỉ lệ bao phủ các loại vắc xin trong Chương trình tiêm chủng mở rộng năm 2024 theo xã: BCG, viêm gan B sơ sinh, DPT-VGB-Hib, bại liệt, sởi, sởi – rubella, viêm não Nhật Bản.""",
    [up("tiem-chung-mo-rong-2024.csv", "Tiêm chủng mở rộng 2024", "Theo xã và loại vắc xin.")],
    method="Trích xuất từ Hệ thống thông tin tiêm chủng quốc gia.", caveat="Tỉ lệ ở một số xã miền núi thấp do trẻ di cư theo gia đình làm rẫy.",
    contact=("Trung tâm Kiểm soát bệnh tật tỉnh", "cdc.syt@quangngai.gov.vn"), t=("2024-01-01", "2024-12-31"))

add("sot-xuat-huyet-theo-tuan", "Số ca mắc sốt xuất huyết Dengue theo tuần", SYT, [YT],
    ["sốt xuất huyết", "bệnh truyền nhiễm", "dịch bệnh", "y tế dự phòng"],
    """Số ca mắc sốt xuất huyết Dengue, ổ dịch mới và tử vong theo tuần dịch tễ năm 2025 tại các xã, phường có số ca cao.

Mùa cao điểm sốt xuất huyết thường từ tháng 6 đến tháng 10; người dân có thể theo dõi để chủ động diệt lăng quăng, bọ gậy.""",
    [up("sot-xuat-huyet-theo-tuan-2025.csv", "Sốt xuất huyết theo tuần 2025", "Theo xã, tuần dịch tễ.")],
    freq="WEEKLY", basis="Thông tư 54/2015/TT-BYT về thông tin báo cáo bệnh truyền nhiễm.",
    contact=("Trung tâm Kiểm soát bệnh tật tỉnh", "cdc.syt@quangngai.gov.vn"), t=("2025-01-06", "2025-10-26"), pop=1.7)

add("covid-19-so-ca-mac-va-tiem-vac-xin", "COVID-19: số ca mắc và số liều vắc xin theo tháng (2021–2022)", SYT, [YT],
    ["COVID-19", "dịch bệnh", "vắc xin", "bệnh truyền nhiễm"],
    """Dữ liệu lưu trữ về dịch COVID-19 trên địa bàn tỉnh Quảng Ngãi cũ từ tháng 4/2021 đến tháng 12/2022: số ca mắc mới, khỏi bệnh, tử vong và số liều vắc xin đã tiêm theo tháng.

Bộ dữ liệu không còn được cập nhật; giữ lại phục vụ nghiên cứu.""",
    [up("covid-19-theo-thang-2021-2022.csv", "COVID-19 theo tháng 2021–2022", "Dữ liệu lưu trữ.")],
    freq="IRREG", cadence="Đã ngừng cập nhật từ tháng 01/2023", caveat="Giai đoạn 2022 thực hiện xét nghiệm tại nhà nên số ca ghi nhận thấp hơn số ca thực tế.",
    lic="cc-zero", t=("2021-04-01", "2022-12-31"), ver="1.3", pop=1.2)

add("nha-thuoc-quay-thuoc", "Danh sách nhà thuốc, quầy thuốc đạt GPP", SYT, [YT, KT],
    ["nhà thuốc", "dược", "cơ sở y tế"],
    """Danh sách cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc, tủ thuốc trạm y tế) đã được cấp giấy chứng nhận đủ điều kiện kinh doanh dược và đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP).

Thông tin: tên cơ sở, người chịu trách nhiệm chuyên môn, địa chỉ, số giấy chứng nhận, ngày hết hạn GPP.""",
    [link("https://syt.quangngai.gov.vn/duoc/co-so-gpp.xlsx", "Danh sách cơ sở GPP (XLSX)", "Cập nhật hằng tháng.", "XLSX"),
     link("https://syt.quangngai.gov.vn/api/duoc/co-so-ban-le", "API tra cứu nhà thuốc", "Tìm theo xã, tên cơ sở.", "API")],
    freq="MONTHLY", basis="Luật Dược 2016 (sửa đổi 2024); Thông tư 02/2018/TT-BYT.", contact=("Phòng Quản lý dược, Sở Y tế", "duoc.syt@quangngai.gov.vn"))

add("co-so-cai-nghien-ma-tuy", "Cơ sở cai nghiện ma túy và kết quả điều trị nghiện", SYT, [YT, XH],
    ["ma túy", "cai nghiện", "tệ nạn xã hội", "methadone"],
    """Danh sách cơ sở cai nghiện ma túy công lập và tự nguyện, cơ sở điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế (methadone), kèm số người đang cai nghiện, điều trị theo quý.

Từ năm 2025, nhiệm vụ phòng, chống tệ nạn xã hội được chuyển sang ngành y tế.""",
    [link("https://syt.quangngai.gov.vn/tnxh/co-so-cai-nghien.csv", "Cơ sở cai nghiện (CSV)", "Danh sách và công suất tiếp nhận.", "CSV")],
    freq="QUARTERLY", basis="Luật Phòng, chống ma túy 2021; Nghị định 116/2021/NĐ-CP.", access="restricted",
    caveat="Chỉ công bố số liệu tổng hợp; không công bố thông tin cá nhân người nghiện.", contact=("Phòng Bảo trợ xã hội, Sở Y tế", "btxh.syt@quangngai.gov.vn"))

add("ngo-doc-thuc-pham", "Các vụ ngộ độc thực phẩm và kiểm tra an toàn thực phẩm", SYT, [YT],
    ["an toàn thực phẩm", "ngộ độc thực phẩm", "kiểm tra"],
    """Thống kê các vụ ngộ độc thực phẩm (ngày xảy ra, xã, số người mắc, số người nhập viện, nguyên nhân) và kết quả các đợt thanh tra, kiểm tra an toàn thực phẩm theo năm 2023–2025.""",
    [link("https://syt.quangngai.gov.vn/attp/ngo-doc-thuc-pham-2023-2025.csv", "Vụ ngộ độc thực phẩm 2023–2025", "CSV.", "CSV"),
     link("https://syt.quangngai.gov.vn/attp/bao-cao-kiem-tra-2025.pdf", "Báo cáo kiểm tra ATTP 2025", "PDF.", "PDF")],
    basis="Luật An toàn thực phẩm 2010.", contact=("Chi cục An toàn vệ sinh thực phẩm", "attp.syt@quangngai.gov.vn"), t=("2023-01-01", "2025-09-30"))

add("bao-hiem-y-te-ty-le-bao-phu", "Tỉ lệ bao phủ bảo hiểm y tế theo xã", SYT, [YT, XH],
    ["bảo hiểm y tế", "an sinh xã hội", "chính sách"],
    """Số người tham gia bảo hiểm y tế và tỉ lệ bao phủ so với dân số theo xã năm 2024, chia theo nhóm đối tượng (ngân sách đóng, hộ gia đình, học sinh – sinh viên, người lao động).""",
    [link("https://syt.quangngai.gov.vn/bhyt/bao-phu-2024.xlsx", "Bao phủ BHYT 2024 (XLSX)", "Theo xã.", "XLSX")],
    method="Đối chiếu dữ liệu thẻ BHYT của Bảo hiểm xã hội tỉnh với dân số trung bình.", caveat="Người có thẻ BHYT nhưng đang cư trú ngoài tỉnh vẫn được tính theo nơi đăng ký.",
    lic="odc-odbl")

add("doi-tuong-bao-tro-xa-hoi", "Đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng", SYT, [XH, YT],
    ["bảo trợ xã hội", "an sinh xã hội", "người cao tuổi", "người khuyết tật"],
    """Số đối tượng bảo trợ xã hội đang hưởng trợ cấp xã hội hằng tháng theo xã và theo nhóm: người cao tuổi, người khuyết tật, trẻ em mồ côi, người đơn thân nghèo nuôi con, người nhiễm HIV thuộc hộ nghèo; kèm kinh phí chi trả.""",
    [link("https://syt.quangngai.gov.vn/btxh/doi-tuong-2025.csv", "Đối tượng BTXH 2025 (CSV)", "Tổng hợp theo xã.", "CSV")],
    freq="QUARTERLY", basis="Nghị định 20/2021/NĐ-CP về chính sách trợ giúp xã hội; Nghị định 76/2024/NĐ-CP.",
    contact=("Phòng Bảo trợ xã hội, Sở Y tế", "btxh.syt@quangngai.gov.vn"))

add("tre-em-co-hoan-canh-dac-biet", "Trẻ em có hoàn cảnh đặc biệt (dữ liệu nội bộ)", SYT, [XH],
    ["trẻ em", "bảo vệ trẻ em", "bảo trợ xã hội"],
    """Dữ liệu chi tiết về trẻ em có hoàn cảnh đặc biệt được quản lý theo từng trường hợp để thực hiện kế hoạch hỗ trợ, can thiệp.

Bộ dữ liệu **không công khai**; chỉ chia sẻ cho cơ quan bảo vệ trẻ em theo quy định. Số liệu tổng hợp được công bố trong báo cáo xã hội hằng năm.""",
    [link("https://syt.quangngai.gov.vn/noi-bo/tre-em-hcdb", "Hệ thống quản lý trường hợp (nội bộ)", "Chỉ truy cập trong mạng chuyên dùng.", "API")],
    freq="CONT", access="restricted", private=True, lic="notspecified", basis="Luật Trẻ em 2016; Nghị định 56/2017/NĐ-CP.",
    contact=("Phòng Bảo trợ xã hội, Sở Y tế", "btxh.syt@quangngai.gov.vn"), pop=0.2)
