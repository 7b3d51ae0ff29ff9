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
    basis="Luật Chăn nuôi 2018; Luật Thống kê 2015.",
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
    freq="CONT", basis="Luật Thú y 2015; Thông tư 07/2016/TT-BNNPTNT quy định về phòng, chống dịch bệnh động vật trên cạn.",
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
    caveat="Không công bố điểm của từng thí sinh. Tỉ lệ đỗ tốt nghiệp (%) chỉ ghi ở dòng môn Toán để tránh lặp.",
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

# ============================ LAO ĐỘNG ============================
SNV = "so-noi-vu"
add("lao-dong-co-viec-lam-theo-khu-vuc", "Lao động có việc làm và tỉ lệ thất nghiệp", "thong-ke-tinh", [LD],
    ["lao động", "việc làm", "thất nghiệp", "thống kê"],
    """Số lao động từ 15 tuổi trở lên có việc làm theo ba khu vực kinh tế, cơ cấu lao động, tỉ lệ thất nghiệp chung và tỉ lệ lao động qua đào tạo có bằng cấp, chứng chỉ giai đoạn 2018–2024.

Xu hướng: lao động nông, lâm nghiệp và thủy sản giảm dần, chuyển dịch sang công nghiệp – xây dựng và dịch vụ.""",
    [up("lao-dong-viec-lam-2018-2024.csv", "Lao động việc làm 2018–2024", "Toàn tỉnh, theo khu vực kinh tế.")],
    method="Điều tra lao động việc làm hằng quý của ngành thống kê; số liệu năm là bình quân 4 quý.", t=("2018-01-01", "2024-12-31"))

add("tro-cap-that-nghiep-theo-thang", "Giải quyết hưởng trợ cấp thất nghiệp theo tháng", SNV, [LD, XH],
    ["bảo hiểm thất nghiệp", "thất nghiệp", "việc làm", "an sinh xã hội"],
    """Số người nộp hồ sơ, số người có quyết định hưởng trợ cấp thất nghiệp, số tiền chi trả, số lượt được tư vấn giới thiệu việc làm và hỗ trợ học nghề theo tháng.""",
    [up("tro-cap-that-nghiep-2024-2025.csv", "Trợ cấp thất nghiệp 2024–2025", "Theo tháng.")],
    freq="MONTHLY", basis="Luật Việc làm 2013 (Luật Việc làm 2025 có hiệu lực từ 01/01/2026).",
    contact=("Trung tâm Dịch vụ việc làm tỉnh", "dvvl.snv@quangngai.gov.vn"), t=("2024-01-01", "2025-10-31"), pop=1.3)

add("phien-giao-dich-viec-lam", "Phiên giao dịch việc làm và nhu cầu tuyển dụng", SNV, [LD],
    ["việc làm", "tuyển dụng", "sàn giao dịch việc làm"],
    """Lịch và kết quả các phiên giao dịch việc làm định kỳ, lưu động tại các xã: số doanh nghiệp tham gia, số vị trí tuyển dụng, số người được phỏng vấn và nhận việc.

Nhu cầu tuyển dụng hiện hành của doanh nghiệp được cung cấp qua API và cập nhật liên tục.""",
    [link("https://vieclam.quangngai.gov.vn/api/tuyen-dung", "API nhu cầu tuyển dụng", "Danh sách vị trí tuyển dụng đang mở (JSON).", "API"),
     link("https://vieclam.quangngai.gov.vn/phien-giao-dich/ket-qua-2025.csv", "Kết quả phiên giao dịch 2025", "CSV.", "CSV")],
    freq="CONT", contact=("Trung tâm Dịch vụ việc làm tỉnh", "dvvl.snv@quangngai.gov.vn"), lic="cc-by", pop=2.1)

add("lao-dong-trong-khu-cong-nghiep", "Lao động làm việc trong khu kinh tế, khu công nghiệp", "ban-quan-ly-kkt-dung-quat", [LD, KT],
    ["lao động", "KCN", "khu kinh tế", "thu nhập"],
    """Số lao động, lao động nữ, lao động nước ngoài và thu nhập bình quân của người lao động tại KKT Dung Quất, KKT cửa khẩu quốc tế Bờ Y và các KCN theo quý.""",
    [up("lao-dong-kcn-2024-2025.csv", "Lao động KKT, KCN theo quý", "2024-Q4 đến 2025-Q3.")],
    freq="QUARTERLY", method="Tổng hợp báo cáo tình hình sử dụng lao động của doanh nghiệp gửi Ban Quản lý.",
    contact=("Phòng Quản lý lao động, Ban Quản lý KKT Dung Quất", "laodong.bqldq@quangngai.gov.vn"), t=("2024-10-01", "2025-09-30"))

add("nguoi-lao-dong-di-lam-viec-o-nuoc-ngoai", "Người lao động đi làm việc ở nước ngoài theo hợp đồng", SNV, [LD],
    ["xuất khẩu lao động", "lao động", "việc làm"],
    """Số người lao động đi làm việc ở nước ngoài theo hợp đồng theo năm và thị trường (Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc), châu Âu), số người được hỗ trợ vay vốn, học ngoại ngữ theo chính sách của tỉnh.

| Năm | Tổng số | Nhật Bản | Hàn Quốc | Đài Loan (TQ) |
|---|---|---|---|---|
| 2023 | 2.184 | 1.102 | 356 | 640 |
| 2024 | 2.517 | 1.215 | 498 | 701 |""",
    [link("https://snv.quangngai.gov.vn/lao-dong-ngoai-nuoc/thong-ke-2019-2025.xlsx", "Thống kê 2019–2025 (XLSX)", "Theo năm và thị trường.", "XLSX")],
    basis="Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng 2020.")

add("tai-nan-lao-dong", "Tình hình tai nạn lao động hằng năm", SNV, [LD, XH],
    ["tai nạn lao động", "an toàn lao động", "lao động"],
    """Số vụ tai nạn lao động, số người bị nạn, số người chết, nguyên nhân và lĩnh vực xảy ra (xây dựng, khai thác khoáng sản, cơ khí, điện) trong khu vực có quan hệ lao động, giai đoạn 2020–2025.""",
    [link("https://snv.quangngai.gov.vn/an-toan-lao-dong/bao-cao-tnld-2025.pdf", "Thông báo tình hình TNLĐ 2025", "PDF.", "PDF")],
    basis="Luật An toàn, vệ sinh lao động 2015; Nghị định 39/2016/NĐ-CP.", lic="other-open",
    contact=("Phòng Lao động – Việc làm, Sở Nội vụ", "laodong.snv@quangngai.gov.vn"))

add("muc-luong-toi-thieu-vung-theo-xa", "Mức lương tối thiểu vùng áp dụng theo xã, phường", SNV, [LD, DP],
    ["lương tối thiểu", "tiền lương", "lao động"],
    """Phân loại vùng lương tối thiểu (vùng II, III, IV) của từng xã, phường, đặc khu sau sắp xếp đơn vị hành chính và mức lương tối thiểu tháng, giờ tương ứng từ ngày 01/01/2026.

| Vùng | Lương tối thiểu tháng (đồng) | Lương tối thiểu giờ (đồng) |
|---|---|---|
| Vùng II | 4.730.000 | 22.700 |
| Vùng III | 4.140.000 | 20.000 |
| Vùng IV | 3.700.000 | 17.800 |""",
    [link("https://snv.quangngai.gov.vn/tien-luong/vung-luong-2026.csv", "Vùng lương theo xã 2026 (CSV)", "Mã xã, tên xã, vùng.", "CSV")],
    basis="Nghị định về mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động (áp dụng từ 01/01/2026).",
    lic="cc-zero", freq="ANNUAL", t=("2026-01-01", "2026-12-31"), pop=1.8)

# ============================ MÔI TRƯỜNG ============================
add("quan-trac-chat-luong-khong-khi", "Kết quả quan trắc chất lượng không khí tự động", SNNMT, [MT],
    ["không khí", "quan trắc môi trường", "bụi mịn", "AQI"],
    """Giá trị trung bình 24 giờ của bụi mịn PM2.5, PM10, SO2, NO2, CO và chỉ số chất lượng không khí VN_AQI tại 4 trạm quan trắc tự động: Cẩm Thành, KKT Dung Quất, Đức Phổ và Kon Tum.

Dữ liệu thời gian thực (theo giờ) được cung cấp qua API; tệp CSV là số liệu ngày đã được kiểm tra.""",
    [up("quan-trac-khong-khi-2025.csv", "Quan trắc không khí theo ngày (9–10/2025)", "Số liệu ngày đã kiểm tra."),
     link(f"{SNN}/api/quan-trac/khong-khi?tram=all", "API quan trắc không khí theo giờ", "JSON, cập nhật mỗi giờ.", "API"),
     up("bao-cao-tom-tat-quan-trac-moi-truong-2025.pdf", "Báo cáo tóm tắt quan trắc môi trường 2025", "Bản PDF (viết không dấu).")],
    freq="DAILY", method="Trạm quan trắc tự động, liên tục; dữ liệu truyền về Trung tâm Quan trắc Tài nguyên và Môi trường.",
    basis="QCVN 05:2023/BTNMT; Quyết định 1459/QĐ-TCMT về hướng dẫn tính chỉ số VN_AQI.",
    caveat="Những ngày trạm bảo trì hoặc mất tín hiệu không có dữ liệu.", spatial=["21025", "21061", "21439", "23293"],
    contact=("Trung tâm Quan trắc Tài nguyên và Môi trường", "quantrac.snnmt@quangngai.gov.vn"), t=("2025-09-01", "2025-10-15"), pop=2.3)

add("chat-luong-nuoc-mat-song", "Chất lượng nước mặt các sông chính", SNNMT, [MT],
    ["nước mặt", "quan trắc môi trường", "sông Trà Khúc", "chất lượng nước"],
    """Kết quả quan trắc định kỳ (2 tháng/lần) chất lượng nước mặt tại 6 điểm trên sông Trà Khúc, sông Vệ, sông Trà Bồng, sông Trà Câu và sông Đăk Bla: pH, DO, BOD5, COD, TSS, amoni, coliform.""",
    [up("chat-luong-nuoc-song-2024-2025.csv", "Chất lượng nước sông 2024–2025", "Kết quả phân tích mẫu."),
     up("bao-cao-tom-tat-quan-trac-moi-truong-2025.pdf", "Báo cáo tóm tắt quan trắc 2025", "PDF.")],
    freq="IRREG", cadence="2 tháng một lần", basis="QCVN 08:2023/BTNMT về chất lượng nước mặt.",
    contact=("Trung tâm Quan trắc Tài nguyên và Môi trường", "quantrac.snnmt@quangngai.gov.vn"), t=("2024-02-01", "2025-10-31"))

add("luong-mua-va-muc-nuoc-mua-lu", "Lượng mưa và mực nước các trạm thủy văn mùa mưa lũ", SNNMT, [MT, DP],
    ["lượng mưa", "mực nước", "lũ lụt", "thiên tai", "khí tượng thủy văn"],
    """Lượng mưa ngày, mực nước cao nhất và cấp báo động lũ tại các trạm thủy văn Trà Khúc, Sông Vệ, Châu Ổ và Kon Tum trong mùa mưa lũ năm 2025.

Dữ liệu phục vụ phòng, chống thiên tai và nghiên cứu thủy văn. Cảnh báo chính thức vẫn theo bản tin của Đài Khí tượng Thủy văn.""",
    [up("luong-mua-muc-nuoc-mua-lu-2025.csv", "Mưa, mực nước mùa lũ 2025", "Từ 01/10 đến 15/11/2025."),
     link("https://kttv.quangngai.gov.vn/api/tram-do-mua", "API đo mưa tự động", "Trạm đo mưa tự động, 10 phút/lần.", "API")],
    freq="DAILY", caveat="Cao độ mực nước theo hệ cao độ quốc gia; trạm Kon Tum có cao độ nền khác các trạm đồng bằng.",
    contact=("Đài Khí tượng Thủy văn tỉnh", "kttv@quangngai.gov.vn"), t=("2025-10-01", "2025-11-15"), pop=1.9)

add("bang-gia-dat", "Bảng giá đất áp dụng từ năm 2026", SNNMT, [MT, DP, TC],
    ["đất đai", "giá đất", "bảng giá đất"],
    """Bảng giá các loại đất trên địa bàn tỉnh áp dụng từ ngày 01/01/2026: đất ở tại đô thị theo tuyến đường, đất ở nông thôn theo khu vực, đất nông nghiệp, đất thương mại dịch vụ.

Bảng giá đất là căn cứ tính tiền sử dụng đất, thuế sử dụng đất, phí, lệ phí và bồi thường khi Nhà nước thu hồi đất.""",
    [link(f"{SNN}/dat-dai/bang-gia-dat-2026.pdf", "Quyết định ban hành Bảng giá đất 2026", "Văn bản và phụ lục (PDF).", "PDF"),
     link(f"{SNN}/dat-dai/bang-gia-dat-2026.xlsx", "Bảng giá đất theo tuyến đường (XLSX)", "Dạng bảng tính.", "XLSX"),
     link(f"{SNN}/api/gia-dat?ma_xa=", "API tra cứu giá đất", "Tra cứu theo mã xã, tên đường.", "API")],
    basis="Luật Đất đai 2024; Nghị định 71/2024/NĐ-CP quy định về giá đất.", lic="cc-by",
    contact=("Phòng Quản lý đất đai, Sở Nông nghiệp và Môi trường", "datdai.snnmt@quangngai.gov.vn"), t=("2026-01-01", "2026-12-31"), pop=3.5)

add("quy-hoach-su-dung-dat", "Quy hoạch, kế hoạch sử dụng đất cấp tỉnh", SNNMT, [MT, DP],
    ["đất đai", "quy hoạch", "sử dụng đất"],
    """Bản đồ và số liệu quy hoạch sử dụng đất tỉnh Quảng Ngãi thời kỳ 2021–2030, kế hoạch sử dụng đất hằng năm: chỉ tiêu đất nông nghiệp, đất rừng, đất ở, đất khu công nghiệp, đất hạ tầng.

Lớp bản đồ được cung cấp qua dịch vụ WMS/WFS của hệ thống thông tin đất đai.""",
    [link(f"{SNN}/gis/wfs?layer=qhsdd_2030", "Dịch vụ WFS quy hoạch sử dụng đất", "GeoJSON qua WFS.", "API"),
     link(f"{SNN}/dat-dai/ke-hoach-sdd-2026.pdf", "Kế hoạch sử dụng đất năm 2026", "PDF.", "PDF")],
    basis="Luật Đất đai 2024; Luật Quy hoạch 2017.", freq="ANNUAL",
    contact=("Phòng Quản lý đất đai, Sở Nông nghiệp và Môi trường", "datdai.snnmt@quangngai.gov.vn"), pop=2.2)

add("hien-trang-rung-va-do-che-phu", "Hiện trạng rừng và tỉ lệ che phủ rừng", SNNMT, [MT, NN],
    ["rừng", "lâm nghiệp", "che phủ rừng", "môi trường"],
    """Diện tích rừng tự nhiên, rừng trồng, đất chưa có rừng quy hoạch cho lâm nghiệp và tỉ lệ che phủ rừng theo xã năm 2024, theo kết quả theo dõi diễn biến rừng.

Tỉ lệ che phủ rừng toàn tỉnh (sau hợp nhất) đạt khoảng 57%; khu vực Kon Tum cũ có nhiều rừng tự nhiên (Vườn quốc gia Chư Mom Ray, Khu bảo tồn Ngọc Linh).""",
    [link(f"{SNN}/lam-nghiep/dien-bien-rung-2024.xlsx", "Diễn biến rừng 2024 (XLSX)", "Theo xã và loại rừng.", "XLSX"),
     link(f"{SNN}/gis/wfs?layer=hien_trang_rung_2024", "Bản đồ hiện trạng rừng (WFS)", "Lớp đa giác.", "API")],
    basis="Luật Lâm nghiệp 2017; Thông tư 33/2018/TT-BNNPTNT.", contact=("Chi cục Kiểm lâm", "kiemlam.snnmt@quangngai.gov.vn"))

add("khu-vuc-cam-hoat-dong-khoang-san", "Khu vực cấm khai thác cát, sỏi lòng sông", SNNMT, [MT],
    ["khoáng sản", "cát sỏi", "bản đồ", "sông"],
    """Ranh giới các khu vực cấm hoạt động khai thác cát, sỏi lòng sông nhằm bảo vệ công trình cầu, kè, đê và chống sạt lở bờ sông tại sông Trà Khúc, sông Vệ, sông Trà Bồng, sông Trà Câu và sông Đăk Snghé.""",
    [up("khu-vuc-cam-khai-thac-cat-soi.geojson", "Khu vực cấm khai thác (GeoJSON)", "Đa giác WGS84 (minh họa).")],
    freq="IRREG", basis="Luật Địa chất và khoáng sản 2024.", caveat="Ranh giới đã được đơn giản hóa; khi cần chính xác phải dùng bản đồ kèm quyết định phê duyệt.",
    spatial=["21025", "21238", "21040", "21451", "23473"], conforms="https://datatracker.ietf.org/doc/html/rfc7946",
    contact=("Phòng Khoáng sản, Sở Nông nghiệp và Môi trường", "khoangsan.snnmt@quangngai.gov.vn"))

add("giay-phep-moi-truong", "Giấy phép môi trường đã cấp", SNNMT, [MT, KT],
    ["giấy phép môi trường", "môi trường", "doanh nghiệp"],
    """Danh sách giấy phép môi trường do UBND tỉnh cấp cho dự án, cơ sở sản xuất kinh doanh: số giấy phép, ngày cấp, tên cơ sở, địa điểm, loại hình, nội dung cấp phép (xả nước thải, khí thải, quản lý chất thải).""",
    [link(f"{SNN}/moi-truong/giay-phep-moi-truong.csv", "Giấy phép môi trường (CSV)", "Cập nhật hằng tháng.", "CSV")],
    freq="MONTHLY", basis="Luật Bảo vệ môi trường 2020; Nghị định 08/2022/NĐ-CP.", lic="odc-odbl",
    contact=("Phòng Môi trường, Sở Nông nghiệp và Môi trường", "moitruong.snnmt@quangngai.gov.vn"))

add("diem-thu-gom-chat-thai-ran", "Điểm tập kết, trung chuyển và khu xử lý chất thải rắn sinh hoạt", SNNMT, [MT, HT],
    ["rác thải", "chất thải rắn", "môi trường", "vệ sinh môi trường"],
    """Danh sách điểm tập kết, trạm trung chuyển, bãi chôn lấp và nhà máy xử lý chất thải rắn sinh hoạt; khối lượng rác thu gom bình quân ngày và lịch thu gom tại các phường trung tâm.""",
    [link(f"{SNN}/moi-truong/diem-thu-gom-rac.geojson", "Điểm thu gom rác (GeoJSON)", "Điểm WGS84.", "GeoJSON"),
     link(f"{SNN}/moi-truong/khoi-luong-rac-2025.csv", "Khối lượng rác thu gom 2025", "CSV theo tháng.", "CSV")],
    freq="QUARTERLY", contact=("Phòng Môi trường, Sở Nông nghiệp và Môi trường", "moitruong.snnmt@quangngai.gov.vn"))

# ============================ TÀI CHÍNH ============================
STC = "so-tai-chinh"
add("du-toan-ngan-sach-dia-phuong-2026", "Dự toán chi ngân sách địa phương năm 2026 theo lĩnh vực", STC, [TC],
    ["ngân sách", "dự toán", "chi ngân sách", "công khai ngân sách"],
    """Dự toán chi ngân sách địa phương năm 2026 theo lĩnh vực (đầu tư phát triển, giáo dục – đào tạo, y tế, khoa học công nghệ, môi trường, quản lý hành chính…) so sánh với dự toán năm 2025.

Số liệu được công khai theo biểu mẫu của Thông tư 343/2016/TT-BTC, sau khi HĐND tỉnh quyết định dự toán.""",
    [up("du-toan-ngan-sach-2026.csv", "Dự toán chi NSĐP 2026 (CSV)", "Đơn vị: triệu đồng."),
     up("du-toan-ngan-sach-2026.xlsx", "Dự toán chi NSĐP 2026 (Excel)", "Cùng nội dung, định dạng Excel.")],
    basis="Luật Ngân sách nhà nước 2025; Thông tư 343/2016/TT-BTC hướng dẫn công khai ngân sách.",
    caveat="Dự toán 2025 là dự toán của tỉnh sau hợp nhất, đã cộng số liệu tỉnh Kon Tum cũ.", t=("2026-01-01", "2026-12-31"), pop=2.0)

add("thu-ngan-sach-nha-nuoc-theo-thang", "Thu ngân sách nhà nước trên địa bàn theo tháng", STC, [TC],
    ["ngân sách", "thu ngân sách", "thuế", "lọc hóa dầu"],
    """Thu ngân sách nhà nước trên địa bàn theo tháng: thu nội địa (trong đó thu từ Nhà máy lọc dầu Dung Quất), thu từ hoạt động xuất nhập khẩu, thu tiền sử dụng đất và các khoản thu khác.""",
    [up("thu-ngan-sach-theo-thang-2024-2025.csv", "Thu NSNN theo tháng 2024–2025", "Đơn vị: tỷ đồng.")],
    freq="MONTHLY", method="Số liệu từ Kho bạc Nhà nước khu vực và Thuế tỉnh, tổng hợp theo Hệ thống TABMIS.",
    caveat="Số liệu tháng gần nhất là số ước thực hiện.", t=("2024-01-01", "2025-10-31"))

add("quyet-toan-ngan-sach-dia-phuong", "Quyết toán ngân sách địa phương", STC, [TC],
    ["ngân sách", "quyết toán", "công khai ngân sách"],
    """Quyết toán thu, chi ngân sách địa phương các năm 2021–2024 đã được HĐND tỉnh phê chuẩn, gồm các biểu công khai: cân đối ngân sách, quyết toán thu theo lĩnh vực, quyết toán chi theo lĩnh vực và theo từng cơ quan, đơn vị.""",
    [link("https://stc.quangngai.gov.vn/cong-khai-ngan-sach/quyet-toan-2024.pdf", "Quyết toán NSĐP 2024 (PDF)", "Biểu công khai.", "PDF"),
     link("https://stc.quangngai.gov.vn/cong-khai-ngan-sach/quyet-toan-2021-2024.xlsx", "Quyết toán 2021–2024 (XLSX)", "Dạng bảng tính.", "XLSX")],
    basis="Luật Ngân sách nhà nước; Thông tư 343/2016/TT-BTC.", t=("2021-01-01", "2024-12-31"), lic="other-open")

add("ke-hoach-dau-tu-cong-2026", "Kế hoạch đầu tư công năm 2026", STC, [TC, HT],
    ["đầu tư công", "ngân sách", "dự án", "giao thông"],
    """Danh mục dự án bố trí vốn đầu tư công năm 2026: chủ đầu tư, thời gian thực hiện, tổng mức đầu tư, kế hoạch vốn năm 2026 và nguồn vốn (ngân sách tỉnh, ngân sách trung ương, ODA).""",
    [up("ke-hoach-dau-tu-cong-2026.csv", "Kế hoạch đầu tư công 2026", "Danh mục dự án.")],
    basis="Luật Đầu tư công 2024.", caveat="Kế hoạch có thể được điều chỉnh giữa năm; xem bản mới nhất trên trang Sở Tài chính.",
    contact=("Phòng Quản lý đầu tư, Sở Tài chính", "qldt.stc@quangngai.gov.vn"), t=("2026-01-01", "2026-12-31"), pop=1.5)

add("ngan-sach-phuong-cam-thanh", "Công khai dự toán ngân sách phường Cẩm Thành", "ubnd-phuong-cam-thanh", [TC, DP],
    ["ngân sách", "công khai ngân sách", "Cẩm Thành"],
    """Dự toán thu, chi ngân sách phường Cẩm Thành năm 2025 (quy năm, sau khi thành lập phường mới) và năm 2026, theo biểu công khai ngân sách cấp xã.""",
    [up("ngan-sach-phuong-cam-thanh-2025-2026.csv", "Dự toán ngân sách phường 2025–2026", "Đơn vị: triệu đồng.")],
    basis="Thông tư 343/2016/TT-BTC; Luật Ngân sách nhà nước 2025.", spatial="21025", t=("2025-07-01", "2026-12-31"))

add("gia-dich-vu-thu-gom-rac-va-nuoc-sach", "Giá nước sạch sinh hoạt và giá dịch vụ thu gom rác thải", STC, [TC, MT],
    ["giá cả", "nước sạch", "rác thải", "giá dịch vụ"],
    """Giá nước sạch sinh hoạt theo bậc thang tiêu thụ và giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt áp dụng cho hộ gia đình, cơ quan, hộ kinh doanh tại khu vực đô thị và nông thôn.

| Mức tiêu thụ nước (m³/hộ/tháng) | Giá (đồng/m³, chưa VAT) |
|---|---|
| 0–10 | 7.800 |
| trên 10–20 | 9.600 |
| trên 20–30 | 11.500 |
| trên 30 | 13.900 |""",
    [link("https://stc.quangngai.gov.vn/quan-ly-gia/gia-nuoc-sach-2025.pdf", "Quyết định giá nước sạch", "PDF.", "PDF")],
    basis="Luật Giá 2023.", lic="cc-zero", contact=("Phòng Quản lý giá và công sản, Sở Tài chính", "gia.stc@quangngai.gov.vn"))

add("tai-san-cong-xe-o-to", "Công khai tài sản công: xe ô tô phục vụ công tác", STC, [TC],
    ["tài sản công", "công khai", "ngân sách"],
    """Danh sách xe ô tô phục vụ công tác chung của các cơ quan, đơn vị cấp tỉnh và cấp xã sau sắp xếp bộ máy: đơn vị sử dụng, loại xe, năm sản xuất, nguyên giá, hình thức xử lý (điều chuyển, thanh lý).""",
    [link("https://stc.quangngai.gov.vn/tai-san-cong/xe-o-to-2025.xlsx", "Xe ô tô công 2025 (XLSX)", "Danh sách.", "XLSX")],
    basis="Luật Quản lý, sử dụng tài sản công 2017; Nghị định 72/2023/NĐ-CP.", access="default-shared", freq="ANNUAL",
    contact=("Phòng Quản lý giá và công sản, Sở Tài chính", "gia.stc@quangngai.gov.vn"))

# ============================ NĂNG LƯỢNG ============================
SCT = "so-cong-thuong"
add("nha-may-thuy-dien", "Nhà máy thủy điện trên địa bàn tỉnh", SCT, [NL],
    ["thủy điện", "điện", "năng lượng", "hồ chứa"],
    """Danh sách công trình thủy điện đang vận hành và đang xây dựng: vị trí, công suất lắp máy (MW), điện lượng trung bình năm, năm phát điện và tình trạng.

Các nhà máy lớn gồm Thượng Kon Tum (220 MW), Đăkđrinh (125 MW) và Plei Krông (100 MW). Dữ liệu có kèm lớp điểm GeoJSON.""",
    [up("nha-may-thuy-dien-2025.csv", "Nhà máy thủy điện (CSV)", "Danh sách đầy đủ."),
     up("nha-may-thuy-dien-2025.geojson", "Nhà máy thủy điện (GeoJSON)", "Điểm WGS84.")],
    freq="ANNUAL", basis="Luật Điện lực 2024.", caveat="Tọa độ là vị trí nhà máy, không phải vị trí đập.",
    conforms="https://datatracker.ietf.org/doc/html/rfc7946", pop=1.4)

add("dien-mat-troi-mai-nha", "Điện mặt trời mái nhà đã đấu nối theo xã", SCT, [NL, MT],
    ["điện mặt trời", "năng lượng tái tạo", "điện", "năng lượng"],
    """Số hệ thống điện mặt trời mái nhà, tổng công suất lắp đặt (MWp), số hệ thống tự sản tự tiêu đăng ký mới và sản lượng phát lên lưới 9 tháng năm 2025 theo xã, phường.""",
    [up("dien-mat-troi-mai-nha-2025.csv", "Điện mặt trời mái nhà 2025", "Chốt số liệu 30/9/2025.")],
    freq="QUARTERLY", basis="Nghị định 135/2024/NĐ-CP về phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ.",
    method="Tổng hợp từ dữ liệu đấu nối của Công ty Điện lực Quảng Ngãi và Công ty Điện lực Kon Tum.", t=("2025-01-01", "2025-09-30"))

add("tieu-thu-dien-theo-thanh-phan-phu-tai", "Điện thương phẩm theo thành phần phụ tải", SCT, [NL, KT],
    ["điện", "tiêu thụ điện", "năng lượng", "thống kê"],
    """Sản lượng điện thương phẩm theo tháng và theo thành phần phụ tải: công nghiệp – xây dựng; nông, lâm nghiệp, thủy sản; thương mại – dịch vụ; quản lý và tiêu dùng dân cư; hoạt động khác.""",
    [up("tieu-thu-dien-theo-thanh-phan-2024-2025.csv", "Điện thương phẩm 2024–2025", "Đơn vị: triệu kWh.")],
    freq="MONTHLY", lic="odc-odbl", t=("2024-01-01", "2025-09-30"))

add("cua-hang-xang-dau", "Danh sách cửa hàng bán lẻ xăng dầu", SCT, [NL, KT],
    ["xăng dầu", "năng lượng", "thương mại"],
    """Danh sách cửa hàng bán lẻ xăng dầu đã được cấp giấy chứng nhận đủ điều kiện: tên cửa hàng, thương nhân, địa chỉ, xã, tọa độ, loại nhiên liệu (xăng E5 RON 92, RON 95, dầu DO) và thời hạn giấy chứng nhận.

Người dân có thể tìm cửa hàng xăng dầu gần nhất trên bản đồ.""",
    [link("https://sct.quangngai.gov.vn/xang-dau/cua-hang.geojson", "Cửa hàng xăng dầu (GeoJSON)", "Điểm WGS84.", "GeoJSON"),
     link("https://sct.quangngai.gov.vn/xang-dau/cua-hang.csv", "Cửa hàng xăng dầu (CSV)", "Danh sách.", "CSV")],
    freq="QUARTERLY", basis="Nghị định 83/2014/NĐ-CP; Nghị định 80/2023/NĐ-CP về kinh doanh xăng dầu.",
    contact=("Phòng Quản lý thương mại, Sở Công Thương", "thuongmai.sct@quangngai.gov.vn"))

add("san-luong-nha-may-loc-dau-dung-quat", "Sản lượng sản phẩm của Nhà máy lọc dầu Dung Quất", "ban-quan-ly-kkt-dung-quat", [NL, KT],
    ["lọc hóa dầu", "xăng dầu", "Dung Quất", "công nghiệp"],
    """Sản lượng sản xuất theo quý của Nhà máy lọc dầu Dung Quất theo nhóm sản phẩm: xăng, dầu diesel, nhiên liệu phản lực, LPG, polypropylene, dầu nhiên liệu; công suất vận hành so với thiết kế.""",
    [link("https://dungquat.quangngai.gov.vn/du-lieu/loc-dau-san-luong.csv", "Sản lượng theo quý (CSV)", "Nghìn tấn.", "CSV")],
    freq="QUARTERLY", caveat="Số liệu do doanh nghiệp cung cấp; quý có bảo dưỡng tổng thể sản lượng giảm mạnh.", lic="other-open", pop=1.3)

add("du-an-dien-gio", "Dự án điện gió trong quy hoạch và đăng ký đầu tư", SCT, [NL],
    ["điện gió", "năng lượng tái tạo", "đầu tư"],
    """Danh mục dự án điện gió trên bờ và ngoài khơi đã được đưa vào Quy hoạch điện VIII điều chỉnh hoặc đang đề xuất: vị trí, công suất dự kiến, nhà đầu tư đề xuất, tình trạng pháp lý.

Bộ dữ liệu đang được rà soát sau khi hợp nhất tỉnh, chưa công bố chính thức.""",
    [link("https://sct.quangngai.gov.vn/nang-luong/dien-gio-du-thao.xlsx", "Danh mục dự án điện gió (dự thảo)", "XLSX.", "XLSX")],
    freq="IRREG", state="draft", ver="0.3", lic="notspecified")

# ============================ CƠ SỞ HẠ TẦNG ============================
SXD = "so-xay-dung"
add("mang-luoi-duong-tinh", "Mạng lưới đường tỉnh: chiều dài, kết cấu mặt đường, tình trạng", SXD, [HT],
    ["giao thông", "đường bộ", "đường tỉnh", "hạ tầng"],
    """Danh mục các tuyến đường tỉnh (ĐT) do tỉnh quản lý: số hiệu, điểm đầu – điểm cuối, chiều dài, kết cấu mặt đường, cấp kỹ thuật, số cầu trên tuyến và đánh giá tình trạng năm 2025.

Sau hợp nhất, hệ thống gồm cả các tuyến ĐT.67x của tỉnh Kon Tum cũ.""",
    [up("mang-luoi-duong-tinh-2025.csv", "Đường tỉnh 2025", "Danh mục tuyến."),
     link("https://sxd.quangngai.gov.vn/gis/duong-tinh.geojson", "Tim tuyến đường tỉnh (GeoJSON)", "Đường LineString.", "GeoJSON")],
    basis="Luật Đường bộ 2024.", caveat="Tình trạng mặt đường đánh giá bằng mắt, chưa phải kết quả đo IRI.", pop=1.3)

add("cau-tren-duong-tinh", "Danh sách cầu trên các tuyến đường tỉnh và cầu treo dân sinh", SXD, [HT],
    ["cầu", "giao thông", "hạ tầng", "cầu treo"],
    """Danh sách cầu: tên cầu, lý trình, tuyến đường, chiều dài, tải trọng thiết kế, năm xây dựng, kết quả kiểm định; danh sách cầu treo dân sinh tại các xã miền núi và cầu cần sửa chữa, gia cố.""",
    [link("https://sxd.quangngai.gov.vn/ha-tang/danh-sach-cau.xlsx", "Danh sách cầu (XLSX)", "Cầu trên đường tỉnh và cầu treo.", "XLSX")],
    freq="ANNUAL", caveat="Tải trọng khai thác thực tế có thể thấp hơn tải trọng thiết kế; xem biển báo tại cầu.")

add("tuyen-xe-buyt", "Tuyến xe buýt và điểm dừng", SXD, [HT],
    ["xe buýt", "giao thông", "vận tải hành khách"],
    """Các tuyến xe buýt nội tỉnh: Quảng Ngãi – Dung Quất, Quảng Ngãi – Sa Huỳnh, Quảng Ngãi – Sơn Hà, Kon Tum – Măng Đen…; lộ trình, giá vé, tần suất chạy, giờ mở tuyến – đóng tuyến và tọa độ điểm dừng.

Dữ liệu có cả dạng GTFS để tích hợp vào ứng dụng bản đồ.""",
    [link("https://sxd.quangngai.gov.vn/van-tai/gtfs.zip", "Dữ liệu GTFS xe buýt", "Định dạng GTFS (ZIP gồm các tệp CSV).", "CSV"),
     link("https://sxd.quangngai.gov.vn/van-tai/diem-dung.geojson", "Điểm dừng xe buýt (GeoJSON)", "Điểm WGS84.", "GeoJSON")],
    freq="IRREG", conforms="https://gtfs.org/schedule/reference/", contact=("Phòng Quản lý vận tải, Sở Xây dựng", "vantai.sxd@quangngai.gov.vn"), pop=1.7)

add("cap-phep-xay-dung", "Giấy phép xây dựng đã cấp theo tháng", SXD, [HT],
    ["xây dựng", "giấy phép xây dựng", "nhà ở"],
    """Số giấy phép xây dựng đã cấp theo tháng, loại công trình (nhà ở riêng lẻ, công trình công nghiệp, thương mại dịch vụ) và cơ quan cấp (Sở Xây dựng, Ban Quản lý KKT, UBND cấp xã).""",
    [link("https://sxd.quangngai.gov.vn/cap-phep/thong-ke-2025.csv", "Thống kê cấp phép 2025", "CSV.", "CSV")],
    freq="MONTHLY", basis="Luật Xây dựng 2014, sửa đổi 2020.", contact=("Phòng Quản lý xây dựng, Sở Xây dựng", "qlxd.sxd@quangngai.gov.vn"))

add("nha-o-xa-hoi", "Dự án nhà ở xã hội và quỹ đất dành cho nhà ở xã hội", SXD, [HT, XH],
    ["nhà ở xã hội", "nhà ở", "xây dựng", "dự án"],
    """Danh sách dự án nhà ở xã hội, nhà ở công nhân và các quỹ đất 20% trong dự án nhà ở thương mại dành cho nhà ở xã hội: chủ đầu tư, số căn, diện tích, tình trạng và thời gian dự kiến hoàn thành.

Người có nhu cầu mua, thuê mua theo dõi tình trạng “Mở bán” để nộp hồ sơ.""",
    [up("nha-o-xa-hoi-2025.csv", "Nhà ở xã hội 2025", "Danh sách dự án.")],
    freq="QUARTERLY", basis="Luật Nhà ở 2023; Nghị định 100/2024/NĐ-CP về phát triển và quản lý nhà ở xã hội.",
    contact=("Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng", "nhao.sxd@quangngai.gov.vn"), pop=2.1)

add("hang-hoa-qua-cang-bien-dung-quat", "Hàng hóa thông qua cảng biển Dung Quất", "ban-quan-ly-kkt-dung-quat", [HT, KT],
    ["cảng biển", "logistics", "Dung Quất", "vận tải"],
    """Khối lượng hàng hóa thông qua cảng biển Dung Quất theo tháng: tổng hàng hóa, hàng xuất khẩu, container (TEU), lượt tàu cập cảng và lượt tàu nước ngoài.""",
    [up("hang-hoa-qua-cang-dung-quat-2024-2025.csv", "Hàng qua cảng Dung Quất 2024–2025", "Theo tháng.")],
    freq="MONTHLY", method="Tổng hợp từ Cảng vụ Hàng hải Quảng Ngãi.", t=("2024-01-01", "2025-10-31"))

add("cong-trinh-cap-nuoc-sinh-hoat-nong-thon", "Công trình cấp nước sinh hoạt nông thôn", SNNMT, [HT, MT],
    ["nước sạch", "cấp nước", "nông thôn", "hạ tầng"],
    """Danh sách công trình cấp nước sinh hoạt tập trung ở nông thôn: tên công trình, xã, nguồn nước, công suất thiết kế (m³/ngày đêm), số hộ được cấp nước, đơn vị quản lý và tình trạng hoạt động (bền vững, tương đối bền vững, kém hiệu quả, không hoạt động).""",
    [link(f"{SNN}/nuoc-sach/cong-trinh-cap-nuoc.xlsx", "Công trình cấp nước nông thôn (XLSX)", "Bộ chỉ số theo dõi nước sạch nông thôn.", "XLSX")],
    freq="ANNUAL", contact=("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "nuocsach.snnmt@quangngai.gov.vn"))

add("thiet-che-van-hoa-the-thao", "Thiết chế văn hóa, thể thao cơ sở", "so-van-hoa-the-thao-va-du-lich", [HT, XH],
    ["văn hóa", "thể thao", "nhà văn hóa", "sân vận động"],
    """Danh sách trung tâm văn hóa – thể thao, nhà văn hóa xã, nhà văn hóa thôn, tổ dân phố, nhà rông văn hóa, sân vận động và nhà thi đấu: địa điểm, diện tích, năm xây dựng, tình trạng sử dụng.""",
    [link("https://svhttdl.quangngai.gov.vn/thiet-che/danh-sach-2025.csv", "Thiết chế văn hóa, thể thao 2025", "CSV.", "CSV")],
    freq="ANNUAL", contact=("Phòng Quản lý văn hóa, Sở Văn hóa, Thể thao và Du lịch", "vanhoa.svhttdl@quangngai.gov.vn"))

# ============================ XÃ HỘI ============================
add("ho-ngheo-ho-can-ngheo", "Kết quả rà soát hộ nghèo, hộ cận nghèo theo xã", SNNMT, [XH],
    ["hộ nghèo", "giảm nghèo", "an sinh xã hội", "dân tộc thiểu số"],
    """Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 theo chuẩn nghèo đa chiều giai đoạn 2022–2025 của tất cả xã, phường, đặc khu: tổng số hộ, số hộ nghèo, tỉ lệ hộ nghèo, số hộ cận nghèo.

Từ năm 2025, nhiệm vụ giảm nghèo được giao cho ngành nông nghiệp và môi trường.""",
    [up("ho-ngheo-can-ngheo-2024.csv", "Hộ nghèo, cận nghèo 2024", "Một dòng cho mỗi xã.")],
    basis="Nghị định 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2021–2025.",
    caveat="Số liệu đã quy đổi theo địa giới xã mới từ 01/7/2025; tỉ lệ hộ nghèo các xã miền núi phía Tây còn cao.",
    contact=("Chi cục Phát triển nông thôn (bộ phận giảm nghèo)", "giamngheo.snnmt@quangngai.gov.vn"), t=("2024-01-01", "2024-12-31"), pop=2.0)

add("dan-so-theo-xa-phuong", "Dân số, diện tích và mật độ dân số theo xã, phường", "thong-ke-tinh", [XH, DP],
    ["dân số", "mật độ dân số", "đơn vị hành chính", "thống kê"],
    """Dân số trung bình năm 2024 (tổng, nam, nữ), diện tích tự nhiên và mật độ dân số của 96 đơn vị hành chính cấp xã (xã, phường, đặc khu) của tỉnh Quảng Ngãi sau sắp xếp ngày 01/7/2025.

Đây là bộ dữ liệu tham chiếu thường dùng để tính các chỉ tiêu bình quân đầu người theo xã.""",
    [up("dan-so-theo-xa-2024.csv", "Dân số theo xã 2024 (địa giới 2025)", "96 đơn vị hành chính cấp xã.")],
    method="Dân số trung bình được suy rộng từ điều tra biến động dân số và quy đổi theo địa giới mới.",
    caveat="Số liệu quy đổi theo địa giới mới là ước tính; diện tích theo số liệu kiểm kê đất đai 2024.",
    t=("2024-01-01", "2024-12-31"), pop=3.2)

add("dan-toc-thieu-so-theo-xa", "Dân số các dân tộc thiểu số theo xã", "so-dan-toc-va-ton-giao", [XH, DP],
    ["dân tộc thiểu số", "dân số", "Hrê", "Xơ Đăng"],
    """Số người, số hộ và tỉ lệ biết chữ phổ thông của các dân tộc thiểu số sinh sống tập trung tại các xã: Hrê, Cor, Ca Dong, Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai, Brâu, Rơ Măm.""",
    [up("dan-toc-thieu-so-theo-xa-2024.csv", "Dân tộc thiểu số theo xã 2024", "Theo dân tộc và xã.")],
    method="Tổng hợp từ kết quả thu thập thông tin về thực trạng kinh tế – xã hội của 53 dân tộc thiểu số và báo cáo của UBND xã.",
    caveat="Chỉ liệt kê các xã có đông đồng bào của từng dân tộc, không phải toàn bộ.", t=("2024-01-01", "2024-12-31"))

add("co-so-ton-giao", "Cơ sở tôn giáo và tổ chức tôn giáo được công nhận", "so-dan-toc-va-ton-giao", [XH],
    ["tôn giáo", "tín ngưỡng", "cơ sở thờ tự"],
    """Danh sách cơ sở tôn giáo (chùa, nhà thờ, thánh thất, nhà nguyện) của các tổ chức tôn giáo đã được công nhận: Phật giáo, Công giáo, Tin Lành, Cao Đài…; địa chỉ theo xã, năm thành lập.""",
    [link("https://sdttg.quangngai.gov.vn/ton-giao/co-so-ton-giao.csv", "Cơ sở tôn giáo (CSV)", "Danh sách.", "CSV")],
    basis="Luật Tín ngưỡng, tôn giáo 2016.", freq="ANNUAL", contact=("Phòng Quản lý tôn giáo, Sở Dân tộc và Tôn giáo", "tongiao.sdttg@quangngai.gov.vn"))

add("di-tich-lich-su-van-hoa", "Di tích lịch sử – văn hóa và danh lam thắng cảnh đã xếp hạng", "so-van-hoa-the-thao-va-du-lich", [XH, DP],
    ["di tích", "văn hóa", "du lịch", "bản đồ"],
    """Danh sách di tích quốc gia đặc biệt, di tích quốc gia và di tích cấp tỉnh: Khu chứng tích Sơn Mỹ, Địa điểm khởi nghĩa Ba Tơ, Di chỉ văn hóa Sa Huỳnh, Thành cổ Châu Sa, Chùa Hang (Lý Sơn), Ngục Kon Tum, Nhà thờ gỗ Kon Tum…; loại hình, năm xếp hạng và tọa độ.""",
    [up("di-tich-lich-su-van-hoa-2025.csv", "Di tích đã xếp hạng (CSV)", "Danh sách."),
     up("di-tich-lich-su-van-hoa-2025.geojson", "Di tích (GeoJSON)", "Điểm WGS84, chỉ gồm di tích trong khung bản đồ phía Đông.")],
    freq="IRREG", basis="Luật Di sản văn hóa 2024.", contact=("Phòng Quản lý di sản, Sở Văn hóa, Thể thao và Du lịch", "disan.svhttdl@quangngai.gov.vn"), pop=1.6)

add("nguoi-co-cong-voi-cach-mang", "Người có công với cách mạng đang hưởng trợ cấp", SNV, [XH],
    ["người có công", "chính sách", "an sinh xã hội"],
    """Số người có công với cách mạng và thân nhân đang hưởng trợ cấp ưu đãi hằng tháng theo xã và theo diện: Bà mẹ Việt Nam anh hùng, thương binh, bệnh binh, người hoạt động kháng chiến bị nhiễm chất độc hóa học, thân nhân liệt sĩ.""",
    [link("https://snv.quangngai.gov.vn/nguoi-co-cong/tong-hop-2025.xlsx", "Tổng hợp người có công 2025 (XLSX)", "Theo xã và diện.", "XLSX")],
    basis="Pháp lệnh Ưu đãi người có công với cách mạng 2020; Nghị định 55/2023/NĐ-CP.",
    contact=("Phòng Người có công, Sở Nội vụ", "nguoicocong.snv@quangngai.gov.vn"))

add("tro-giup-phap-ly", "Vụ việc trợ giúp pháp lý đã thực hiện", "so-tu-phap", [XH],
    ["trợ giúp pháp lý", "tư pháp", "pháp luật"],
    """Số vụ việc trợ giúp pháp lý theo quý, hình thức (tư vấn, tham gia tố tụng, đại diện ngoài tố tụng) và nhóm người được trợ giúp (người nghèo, người dân tộc thiểu số, trẻ em, người khuyết tật, người có công).""",
    [link("https://stp.quangngai.gov.vn/tgpl/thong-ke-2025.csv", "Thống kê trợ giúp pháp lý 2025", "CSV.", "CSV")],
    freq="QUARTERLY", basis="Luật Trợ giúp pháp lý 2017.", contact=("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "tgpl.stp@quangngai.gov.vn"))

add("dang-ky-ho-tich", "Kết quả đăng ký hộ tịch theo xã: khai sinh, khai tử, kết hôn", "so-tu-phap", [XH, DP],
    ["hộ tịch", "khai sinh", "kết hôn", "tư pháp"],
    """Số việc đăng ký khai sinh, khai tử, kết hôn (trong đó có yếu tố nước ngoài) và số bản trích lục được cấp trong năm 2024 tại các xã, phường.

Từ 01/7/2025, đăng ký hộ tịch có yếu tố nước ngoài được phân cấp cho UBND cấp xã.""",
    [up("dang-ky-ho-tich-2024.csv", "Đăng ký hộ tịch 2024", "Theo xã.")],
    basis="Luật Hộ tịch 2014.", method="Trích xuất từ Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung.",
    contact=("Phòng Hành chính tư pháp, Sở Tư pháp", "hctp.stp@quangngai.gov.vn"), t=("2024-01-01", "2024-12-31"))

# ============================ CÔNG NGHỆ ============================
SKH = "so-khoa-hoc-va-cong-nghe"
add("ho-so-dich-vu-cong-truc-tuyen", "Hồ sơ thủ tục hành chính và dịch vụ công trực tuyến theo lĩnh vực", SKH, [CN],
    ["dịch vụ công trực tuyến", "chuyển đổi số", "thủ tục hành chính", "cải cách hành chính"],
    """Số hồ sơ tiếp nhận, hồ sơ nộp trực tuyến, tỉ lệ trực tuyến, tỉ lệ giải quyết đúng hạn và số hồ sơ thanh toán trực tuyến theo tháng và lĩnh vực trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Số liệu phục vụ đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp (theo Quyết định 766/QĐ-TTg).""",
    [up("dich-vu-cong-truc-tuyen-2025.csv", "Hồ sơ TTHC theo tháng 2025", "Theo lĩnh vực."),
     link("https://dichvucong.quangngai.gov.vn/api/thong-ke", "API thống kê hồ sơ", "JSON, cập nhật hằng ngày.", "API")],
    freq="MONTHLY", basis="Nghị định 45/2020/NĐ-CP về thực hiện TTHC trên môi trường điện tử; Quyết định 766/QĐ-TTg năm 2022.",
    t=("2025-01-01", "2025-10-31"), pop=1.6)

add("tram-phat-song-di-dong-bts", "Trạm thu phát sóng di động (BTS) và thôn lõm sóng theo xã", SKH, [CN, HT],
    ["viễn thông", "BTS", "4G", "5G", "hạ tầng số"],
    """Số trạm BTS, trạm có 4G, 5G, các doanh nghiệp viễn thông có hạ tầng và số thôn, làng chưa có sóng di động ổn định (lõm sóng) tại từng xã, phường, đặc khu năm 2025.

Dữ liệu dùng để ưu tiên đầu tư phủ sóng các thôn vùng sâu thuộc chương trình mục tiêu quốc gia.""",
    [up("tram-bts-theo-xa-2025.csv", "Trạm BTS theo xã 2025", "96 đơn vị hành chính cấp xã.")],
    freq="SEMIANNUAL", method="Tổng hợp báo cáo của Viettel, VNPT, MobiFone tại tỉnh.",
    contact=("Phòng Bưu chính, Viễn thông, Sở Khoa học và Công nghệ", "vienthong.skhcn@quangngai.gov.vn"))

add("ma-buu-chinh-xa-phuong", "Mã bưu chính và mã định danh đơn vị hành chính cấp xã", SKH, [CN, DP],
    ["mã bưu chính", "bưu chính", "đơn vị hành chính", "danh mục dùng chung"],
    """Bảng đối chiếu mã định danh đơn vị hành chính cấp xã (5 chữ số) với mã bưu chính quốc gia và bưu cục trung tâm phục vụ, cập nhật theo đơn vị hành chính mới từ 01/7/2025.

Dữ liệu giúp doanh nghiệp thương mại điện tử, vận chuyển chuẩn hóa địa chỉ giao hàng.""",
    [up("ma-buu-chinh-xa-phuong-2025.csv", "Mã bưu chính theo xã (2025)", "Dữ liệu minh họa.")],
    freq="IRREG", caveat="Mã bưu chính trong tệp là dữ liệu minh họa cho cổng demo, không dùng để gửi thư thật.",
    contact=("Phòng Bưu chính, Viễn thông, Sở Khoa học và Công nghệ", "vienthong.skhcn@quangngai.gov.vn"), lic="cc-zero", pop=1.4)

add("nhiem-vu-khoa-hoc-va-cong-nghe", "Nhiệm vụ khoa học và công nghệ cấp tỉnh", SKH, [CN],
    ["khoa học công nghệ", "nghiên cứu", "đề tài"],
    """Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh (đề tài, dự án sản xuất thử nghiệm) đang thực hiện và đã nghiệm thu giai đoạn 2021–2025: tên nhiệm vụ, tổ chức chủ trì, chủ nhiệm, kinh phí, thời gian, kết quả nghiệm thu.

Một số chủ đề tiêu biểu: nhân giống sâm Ngọc Linh, bảo tồn giống tỏi Lý Sơn, ứng dụng IoT trong nuôi tôm, cảnh báo sạt lở đất.""",
    [link("https://skhcn.quangngai.gov.vn/nhiem-vu-khcn/danh-muc.csv", "Danh mục nhiệm vụ KH&CN (CSV)", "2021–2025.", "CSV"),
     link("https://skhcn.quangngai.gov.vn/nhiem-vu-khcn/ket-qua", "Kết quả nghiệm thu", "Báo cáo tóm tắt.", "PDF")],
    freq="SEMIANNUAL", contact=("Phòng Quản lý khoa học, Sở Khoa học và Công nghệ", "qlkh.skhcn@quangngai.gov.vn"))

add("doanh-nghiep-khoi-nghiep-doi-moi-sang-tao", "Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ", SKH, [CN, KT],
    ["khởi nghiệp", "đổi mới sáng tạo", "doanh nghiệp", "startup"],
    """Danh sách dự án, doanh nghiệp khởi nghiệp đổi mới sáng tạo (startup) được tỉnh hỗ trợ: lĩnh vực (nông nghiệp số, du lịch, thương mại điện tử, giáo dục), năm hỗ trợ, hình thức hỗ trợ (ươm tạo, kinh phí, kết nối đầu tư).""",
    [link("https://skhcn.quangngai.gov.vn/khoi-nghiep/du-an-ho-tro.xlsx", "Dự án khởi nghiệp (XLSX)", "Danh sách.", "XLSX")],
    freq="ANNUAL", contact=("Trung tâm Đổi mới sáng tạo, Sở Khoa học và Công nghệ", "dmst.skhcn@quangngai.gov.vn"))

add("diem-wifi-cong-cong", "Điểm Wi-Fi công cộng miễn phí", SKH, [CN, DP],
    ["wifi", "hạ tầng số", "chuyển đổi số", "bản đồ"],
    """Vị trí các điểm phát Wi-Fi công cộng miễn phí tại quảng trường, công viên, bến xe, chợ, khu du lịch (Mỹ Khê, Sa Huỳnh, Lý Sơn, Măng Đen) và trụ sở UBND xã: tên điểm, địa chỉ, số điểm truy cập, tên mạng (SSID).""",
    [link("https://skhcn.quangngai.gov.vn/ha-tang-so/wifi-cong-cong.geojson", "Điểm Wi-Fi (GeoJSON)", "Điểm WGS84.", "GeoJSON")],
    freq="IRREG", lic="odc-odbl")

add("nhan-hieu-chi-dan-dia-ly", "Nhãn hiệu chứng nhận, nhãn hiệu tập thể và chỉ dẫn địa lý", SKH, [CN, NN],
    ["sở hữu trí tuệ", "chỉ dẫn địa lý", "nhãn hiệu", "đặc sản"],
    """Danh mục sản phẩm của tỉnh đã được bảo hộ nhãn hiệu chứng nhận, nhãn hiệu tập thể và chỉ dẫn địa lý: tỏi Lý Sơn, quế Trà Bồng, sâm Ngọc Linh, cá bống sông Trà, mạch nha Thi Phổ, cà phê Măng Đen…; số văn bằng, ngày cấp, tổ chức quản lý.""",
    [link("https://skhcn.quangngai.gov.vn/so-huu-tri-tue/chi-dan-dia-ly.csv", "Danh mục nhãn hiệu, CDĐL (CSV)", "Danh sách.", "CSV")],
    freq="IRREG", basis="Luật Sở hữu trí tuệ 2005, sửa đổi 2022.", contact=("Phòng Quản lý công nghệ và Sở hữu trí tuệ", "shtt.skhcn@quangngai.gov.vn"))

add("api-danh-muc-dung-chung", "API danh mục dùng chung của tỉnh", SKH, [CN],
    ["API", "danh mục dùng chung", "chuyển đổi số", "LGSP"],
    """Dịch vụ API cung cấp các danh mục dùng chung: đơn vị hành chính, cơ quan nhà nước (mã định danh điện tử), dân tộc, tôn giáo, lĩnh vực thủ tục hành chính. Dịch vụ được công bố qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP).

Yêu cầu đăng ký khóa truy cập (API key) miễn phí.""",
    [link("https://lgsp.quangngai.gov.vn/api/danh-muc/v1", "API danh mục (OpenAPI)", "Tài liệu OpenAPI 3.0.", "API")],
    freq="CONT", access="default-shared", conforms="https://spec.openapis.org/oas/v3.0.3", lic="cc-by", ver="2.1")

# ============================ ĐỊA PHƯƠNG ============================
add("danh-muc-don-vi-hanh-chinh-cap-xa", "Danh mục đơn vị hành chính cấp xã từ ngày 01/7/2025", SNV, [DP],
    ["đơn vị hành chính", "xã phường", "sắp xếp đơn vị hành chính", "danh mục dùng chung"],
    """Danh mục 96 đơn vị hành chính cấp xã của tỉnh Quảng Ngãi (gồm xã, phường và đặc khu Lý Sơn) sau khi sắp xếp và hợp nhất với tỉnh Kon Tum, có hiệu lực từ ngày 01/7/2025: mã, tên, loại đơn vị.

Chính quyền địa phương tổ chức theo mô hình hai cấp: tỉnh và xã; không còn cấp huyện.""",
    [up("don-vi-hanh-chinh-cap-xa-2025.csv", "Đơn vị hành chính cấp xã 2025", "96 đơn vị.")],
    freq="IRREG", basis="Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh; Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã của tỉnh Quảng Ngãi năm 2025.",
    contact=("Phòng Xây dựng chính quyền, Sở Nội vụ", "chinhquyen.snv@quangngai.gov.vn"), lic="cc-zero", t=("2025-07-01", "2026-12-31"), pop=2.6)

add("van-ban-quy-pham-phap-luat-cua-tinh", "Văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "so-tu-phap", [DP],
    ["văn bản pháp luật", "nghị quyết", "quyết định", "tư pháp"],
    """Danh mục văn bản quy phạm pháp luật do HĐND tỉnh và UBND tỉnh ban hành từ tháng 7/2025: số ký hiệu, loại văn bản, ngày ban hành, ngày hiệu lực, trích yếu, tình trạng hiệu lực.

Toàn văn được đăng trên Cơ sở dữ liệu quốc gia về pháp luật.""",
    [up("van-ban-quy-pham-phap-luat-2025.csv", "Văn bản QPPL từ 07/2025", "Danh mục."),
     link("https://stp.quangngai.gov.vn/api/vbqppl", "API văn bản QPPL", "Tìm kiếm theo từ khóa, loại, năm.", "API")],
    freq="MONTHLY", basis="Luật Ban hành văn bản quy phạm pháp luật 2025.", contact=("Phòng Xây dựng và kiểm tra văn bản, Sở Tư pháp", "vbqppl.stp@quangngai.gov.vn"), t=("2025-07-01", "2025-12-31"))

add("to-dan-pho-phuong-cam-thanh", "Danh sách tổ dân phố và điểm sinh hoạt cộng đồng phường Cẩm Thành", "ubnd-phuong-cam-thanh", [DP, XH],
    ["tổ dân phố", "Cẩm Thành", "nhà văn hóa"],
    """Danh sách tổ dân phố của phường Cẩm Thành sau sắp xếp: số hộ, số nhân khẩu, điểm sinh hoạt cộng đồng và tổ trưởng tổ dân phố để người dân liên hệ khi cần xác nhận, thông báo.""",
    [up("to-dan-pho-phuong-cam-thanh-2025.csv", "Tổ dân phố phường Cẩm Thành", "28 tổ dân phố.")],
    freq="IRREG", spatial="21025", caveat="Họ tên tổ trưởng được công khai theo sự đồng ý của người được bầu; số điện thoại không công bố.")

add("toi-hanh-ly-son", "Diện tích, sản lượng tỏi và hành tím Lý Sơn", "ubnd-dac-khu-ly-son", [DP, NN],
    ["tỏi Lý Sơn", "Lý Sơn", "trồng trọt", "nông sản"],
    """Diện tích, sản lượng tỏi, hành tím và giá tỏi khô bình quân tại đặc khu Lý Sơn qua các năm 2005–2025.

Tỏi Lý Sơn được bảo hộ chỉ dẫn địa lý; diện tích canh tác bị giới hạn bởi quỹ đất trên đảo và nguồn nước ngọt.""",
    [up("toi-hanh-ly-son-2005-2025.csv", "Tỏi, hành Lý Sơn 2005–2025", "Theo năm.")],
    spatial="21548", t=("2005-01-01", "2025-12-31"), pop=1.4)

add("luot-khach-va-tau-ra-dao-ly-son", "Lượt khách và chuyến tàu cao tốc tuyến Sa Kỳ – Lý Sơn", "ubnd-dac-khu-ly-son", [DP, HT],
    ["Lý Sơn", "du lịch", "tàu cao tốc", "vận tải"],
    """Số chuyến tàu cao tốc, tàu khách và lượt hành khách theo ngày trên tuyến Sa Kỳ – Lý Sơn, số ngày tạm dừng chạy tàu do thời tiết xấu.""",
    [link("https://lyson.quangngai.gov.vn/du-lieu/tau-khach-2025.csv", "Tàu khách Sa Kỳ – Lý Sơn 2025", "CSV theo ngày.", "CSV")],
    freq="DAILY", spatial=["21548"], caveat="Lịch tàu thay đổi theo thời tiết; kiểm tra thông báo của Cảng vụ trước khi đi.")

add("homestay-va-co-so-luu-tru-mang-den", "Homestay và cơ sở lưu trú tại xã Măng Đen", "ubnd-xa-mang-den", [DP, KT],
    ["homestay", "Măng Đen", "du lịch", "lưu trú"],
    """Danh sách homestay, nhà nghỉ, farmstay và biệt thự du lịch trên địa bàn xã Măng Đen: thôn, số phòng, giá phòng tham khảo, tình trạng đạt chuẩn phục vụ khách du lịch và số điện thoại.""",
    [up("homestay-mang-den-2025.csv", "Homestay Măng Đen 2025", "Danh sách cơ sở.")],
    freq="QUARTERLY", spatial="23473", caveat="Giá phòng do cơ sở tự kê khai, có thể thay đổi theo mùa và ngày lễ.", pop=1.9)

add("lang-dan-toc-va-nha-rong-phuong-kon-tum", "Làng đồng bào dân tộc thiểu số và nhà rông văn hóa phường Kon Tum", "ubnd-phuong-kon-tum", [DP, XH],
    ["nhà rông", "dân tộc thiểu số", "Kon Tum", "văn hóa"],
    """Danh sách các làng đồng bào Ba Na, Xơ Đăng trên địa bàn phường Kon Tum (làng Kon Klor, Kon Tum Kơ Nâm, Plei Đôn…): số hộ, số nhân khẩu, nhà rông văn hóa, đội cồng chiêng và nghề truyền thống.""",
    [link("https://phuongkontum.quangngai.gov.vn/du-lieu/lang-nha-rong.csv", "Làng và nhà rông (CSV)", "Danh sách.", "CSV")],
    freq="ANNUAL", spatial="23293")

add("ranh-gioi-hanh-chinh-cap-xa", "Bản đồ ranh giới hành chính cấp xã", SNNMT, [DP],
    ["bản đồ", "ranh giới hành chính", "đơn vị hành chính", "GIS"],
    """Lớp bản đồ ranh giới hành chính 96 xã, phường, đặc khu sau sắp xếp năm 2025, dạng đa giác (hệ tọa độ VN-2000 và WGS84), kèm mã và tên đơn vị.

Dữ liệu được cung cấp qua dịch vụ WFS và tệp GeoJSON đã đơn giản hóa để hiển thị trên web.""",
    [link(f"{SNN}/gis/ranh-gioi-xa-2025.geojson", "Ranh giới xã (GeoJSON, đơn giản hóa)", "Đa giác WGS84.", "GeoJSON"),
     link(f"{SNN}/gis/wfs?layer=ranh_gioi_xa_2025", "Dịch vụ WFS ranh giới xã", "OGC WFS 2.0.", "API")],
    freq="IRREG", conforms="https://datatracker.ietf.org/doc/html/rfc7946", caveat="Ranh giới đơn giản hóa không dùng cho mục đích pháp lý.",
    contact=("Văn phòng Đăng ký đất đai, Sở Nông nghiệp và Môi trường", "vpdkdd.snnmt@quangngai.gov.vn"), pop=2.0)

add("thu-tuc-hanh-chinh-cap-xa", "Danh mục thủ tục hành chính thực hiện tại UBND cấp xã", "ubnd-tinh", [DP, CN],
    ["thủ tục hành chính", "cải cách hành chính", "dịch vụ công trực tuyến"],
    """Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp xã sau khi phân cấp, phân quyền năm 2025: mã thủ tục, tên, lĩnh vực, thời hạn giải quyết, phí – lệ phí, mức độ dịch vụ công trực tuyến (toàn trình, một phần).""",
    [link("https://dichvucong.quangngai.gov.vn/tthc/cap-xa.csv", "TTHC cấp xã (CSV)", "Danh mục.", "CSV"),
     link("https://dichvucong.quangngai.gov.vn/tthc/cap-xa.json", "TTHC cấp xã (JSON)", "Danh mục máy đọc.", "JSON")],
    freq="IRREG", basis="Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính; các quyết định công bố TTHC của Chủ tịch UBND tỉnh.",
    contact=("Văn phòng UBND tỉnh – Phòng Kiểm soát TTHC", "kstthc.vpubnd@quangngai.gov.vn"), pop=1.7)

add("chi-tieu-kinh-te-xa-hoi-chu-yeu", "Các chỉ tiêu kinh tế – xã hội chủ yếu của tỉnh", "ubnd-tinh", [DP, KT, XH],
    ["kinh tế xã hội", "GRDP", "dân số", "thống kê"],
    """Bảng tóm tắt các chỉ tiêu kinh tế – xã hội chủ yếu theo nghị quyết HĐND tỉnh và kết quả thực hiện hằng năm: tốc độ tăng GRDP, GRDP bình quân đầu người, thu ngân sách, tỉ lệ hộ nghèo, tỉ lệ che phủ rừng, tỉ lệ lao động qua đào tạo, số bác sĩ/vạn dân.

| Chỉ tiêu | Kế hoạch 2025 | Ước thực hiện 2025 |
|---|---|---|
| Tăng trưởng GRDP (%) | 8,0 | 8,3 |
| Tỉ lệ hộ nghèo giảm (điểm %) | 1,5 | 1,6 |
| Tỉ lệ che phủ rừng (%) | 57,0 | 57,1 |""",
    [link("https://quangngai.gov.vn/du-lieu/chi-tieu-ktxh-2021-2025.xlsx", "Chỉ tiêu KT-XH 2021–2025 (XLSX)", "Bảng tổng hợp.", "XLSX"),
     up("huong-dan-su-dung-du-lieu-mo.pdf", "Hướng dẫn khai thác dữ liệu mở (PDF)", "Tài liệu hướng dẫn chung, viết không dấu.")],
    freq="ANNUAL", lic="cc-by", t=("2021-01-01", "2025-12-31"), pop=1.5)

add("bao-cao-ket-qua-sap-xep-bo-may", "Báo cáo kết quả sắp xếp tổ chức bộ máy và biên chế năm 2025 (dự thảo)", SNV, [DP],
    ["tổ chức bộ máy", "biên chế", "sắp xếp đơn vị hành chính"],
    """Số liệu về số lượng cơ quan chuyên môn thuộc UBND tỉnh, đơn vị sự nghiệp, biên chế công chức, viên chức trước và sau sắp xếp năm 2025; số cán bộ, công chức nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định 178/2024/NĐ-CP.

Đang trong quá trình tổng hợp, chưa công bố.""",
    [link("https://snv.quangngai.gov.vn/noi-bo/sap-xep-bo-may-2025.xlsx", "Bảng tổng hợp (dự thảo)", "XLSX.", "XLSX")],
    freq="UNKNOWN", state="draft", private=True, access="restricted", lic="notspecified", ver="0.1",
    contact=("Phòng Tổ chức bộ máy, Sở Nội vụ", "tochuc.snv@quangngai.gov.vn"), pop=0.1)
