# -*- coding: utf-8 -*-
"""Danh sách cơ quan (tổ chức) của catalogue demo. Dữ liệu hư cấu phục vụ trình diễn."""

ORGS = [
    dict(name="ubnd-tinh", title="Ủy ban nhân dân tỉnh Quảng Ngãi", parent=None,
         email="vpubnd@quangngai.gov.vn", phone="0255 3822 222",
         address="Số 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://quangngai.gov.vn",
         description="""Ủy ban nhân dân tỉnh Quảng Ngãi là cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm tổ chức thi hành Hiến pháp, pháp luật và các nghị quyết của Hội đồng nhân dân tỉnh.

Từ ngày 01/7/2025, tỉnh Quảng Ngãi (sau khi hợp nhất với tỉnh Kon Tum) tổ chức chính quyền địa phương hai cấp: cấp tỉnh và cấp xã. Các sở, ban, ngành là cơ quan chuyên môn thuộc UBND tỉnh và là đơn vị trực tiếp công bố dữ liệu mở trên cổng này.

Đầu mối dữ liệu mở: **Văn phòng UBND tỉnh** – Phòng Hành chính – Tổ chức."""),
    dict(name="so-y-te", title="Sở Y tế", parent="ubnd-tinh",
         email="syt@quangngai.gov.vn", phone="0255 3822 605",
         address="Số 19 Nguyễn Chánh, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://syt.quangngai.gov.vn",
         description="""Sở Y tế tham mưu cho UBND tỉnh quản lý nhà nước về y tế dự phòng, khám bệnh, chữa bệnh, dược, an toàn thực phẩm, bảo hiểm y tế, dân số và – từ năm 2025 – **bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội** (tiếp nhận từ ngành lao động, thương binh và xã hội).

Dữ liệu công bố gồm danh mục cơ sở khám chữa bệnh, trạm y tế xã, tiêm chủng mở rộng, bệnh truyền nhiễm và các chỉ tiêu an sinh do ngành y tế quản lý."""),
    dict(name="so-giao-duc-va-dao-tao", title="Sở Giáo dục và Đào tạo", parent="ubnd-tinh",
         email="sgddt@quangngai.gov.vn", phone="0255 3822 747",
         address="Số 96 Lê Trung Đình, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://sgddt.quangngai.gov.vn",
         description="""Sở Giáo dục và Đào tạo quản lý giáo dục mầm non, phổ thông, giáo dục thường xuyên và – từ năm 2025 – **giáo dục nghề nghiệp**.

Trên cổng dữ liệu mở, Sở công bố mạng lưới trường lớp theo xã, số học sinh, đội ngũ giáo viên, kết quả kỳ thi tốt nghiệp THPT và mức học phí."""),
    dict(name="so-nong-nghiep-va-moi-truong", title="Sở Nông nghiệp và Môi trường", parent="ubnd-tinh",
         email="snnmt@quangngai.gov.vn", phone="0255 3822 543",
         address="Số 98 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://snnmt.quangngai.gov.vn",
         description="""Sở Nông nghiệp và Môi trường được thành lập năm 2025 trên cơ sở hợp nhất **Sở Nông nghiệp và Phát triển nông thôn** và **Sở Tài nguyên và Môi trường**, đồng thời tiếp nhận nhiệm vụ giảm nghèo.

Lĩnh vực dữ liệu: trồng trọt, chăn nuôi, thủy sản, lâm nghiệp, thủy lợi, đất đai, quan trắc môi trường, khí tượng thủy văn, khoáng sản và giảm nghèo."""),
    dict(name="so-tai-chinh", title="Sở Tài chính", parent="ubnd-tinh",
         email="stc@quangngai.gov.vn", phone="0255 3822 381",
         address="Số 150 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://stc.quangngai.gov.vn",
         description="""Sở Tài chính (hợp nhất Sở Tài chính và **Sở Kế hoạch và Đầu tư** từ tháng 3/2025) quản lý ngân sách nhà nước, giá, tài sản công, kế hoạch đầu tư công, đăng ký doanh nghiệp và xúc tiến đầu tư.

Các bộ dữ liệu ngân sách được công khai theo Luật Ngân sách nhà nước và Thông tư 343/2016/TT-BTC về công khai ngân sách."""),
    dict(name="so-khoa-hoc-va-cong-nghe", title="Sở Khoa học và Công nghệ", parent="ubnd-tinh",
         email="skhcn@quangngai.gov.vn", phone="0255 3822 946",
         address="Số 27 Phạm Văn Đồng, phường Nghĩa Lộ, tỉnh Quảng Ngãi",
         website="https://skhcn.quangngai.gov.vn",
         description="""Sở Khoa học và Công nghệ (hợp nhất với **Sở Thông tin và Truyền thông** năm 2025) phụ trách khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, bưu chính, viễn thông và hạ tầng số.

Sở là đơn vị vận hành kỹ thuật Cổng dữ liệu mở tỉnh Quảng Ngãi."""),
    dict(name="so-xay-dung", title="Sở Xây dựng", parent="ubnd-tinh",
         email="sxd@quangngai.gov.vn", phone="0255 3822 476",
         address="Số 129 Lê Lợi, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://sxd.quangngai.gov.vn",
         description="""Sở Xây dựng (hợp nhất với **Sở Giao thông vận tải** năm 2025) quản lý quy hoạch xây dựng, kiến trúc, nhà ở, vật liệu xây dựng, hạ tầng kỹ thuật đô thị, giao thông đường bộ, đường thủy nội địa và vận tải.

Dữ liệu gồm mạng lưới đường bộ, cầu, tuyến xe buýt, giá vật liệu xây dựng, cấp phép xây dựng và nhà ở xã hội."""),
    dict(name="so-cong-thuong", title="Sở Công Thương", parent="ubnd-tinh",
         email="sct@quangngai.gov.vn", phone="0255 3822 812",
         address="Số 02 Nguyễn Nghiêm, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://sct.quangngai.gov.vn",
         description="""Sở Công Thương quản lý công nghiệp, năng lượng (điện, xăng dầu), thương mại, xuất nhập khẩu, chợ và thị trường trong nước.

Các bộ dữ liệu năng lượng (thủy điện, điện mặt trời mái nhà, tiêu thụ điện) được tổng hợp cùng Công ty Điện lực Quảng Ngãi."""),
    dict(name="so-van-hoa-the-thao-va-du-lich", title="Sở Văn hóa, Thể thao và Du lịch", parent="ubnd-tinh",
         email="svhttdl@quangngai.gov.vn", phone="0255 3822 214",
         address="Số 164 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://svhttdl.quangngai.gov.vn",
         description="""Sở Văn hóa, Thể thao và Du lịch quản lý di sản văn hóa, di tích, thiết chế văn hóa – thể thao, hoạt động du lịch và cơ sở lưu trú.

Dữ liệu du lịch phục vụ doanh nghiệp lữ hành, nhà đầu tư và người dân tìm hiểu điểm đến Lý Sơn, Sa Huỳnh, Măng Đen."""),
    dict(name="so-noi-vu", title="Sở Nội vụ", parent="ubnd-tinh",
         email="snv@quangngai.gov.vn", phone="0255 3822 533",
         address="Số 145 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://snv.quangngai.gov.vn",
         description="""Sở Nội vụ (hợp nhất với **Sở Lao động – Thương binh và Xã hội** năm 2025) quản lý tổ chức bộ máy, địa giới hành chính, công chức, thi đua khen thưởng, lao động, việc làm, tiền lương, bảo hiểm xã hội và người có công.

Trung tâm Dịch vụ việc làm tỉnh trực thuộc Sở cung cấp dữ liệu thị trường lao động."""),
    dict(name="so-tu-phap", title="Sở Tư pháp", parent="ubnd-tinh",
         email="stp@quangngai.gov.vn", phone="0255 3822 468",
         address="Số 210 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://stp.quangngai.gov.vn",
         description="""Sở Tư pháp quản lý công tác xây dựng và kiểm tra văn bản quy phạm pháp luật, hộ tịch, trợ giúp pháp lý, công chứng, luật sư và phổ biến giáo dục pháp luật."""),
    dict(name="so-dan-toc-va-ton-giao", title="Sở Dân tộc và Tôn giáo", parent="ubnd-tinh",
         email="sdttg@quangngai.gov.vn", phone="0255 3822 730",
         address="Số 35 Phan Đình Phùng, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://sdttg.quangngai.gov.vn",
         description="""Sở Dân tộc và Tôn giáo được thành lập năm 2025 trên cơ sở Ban Dân tộc tỉnh và nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo của Sở Nội vụ.

Tỉnh có đông đồng bào dân tộc thiểu số: Hrê, Cor, Ca Dong, Xơ Đăng, Ba Na, Giẻ Triêng, Brâu, Rơ Măm…"""),
    dict(name="ban-quan-ly-kkt-dung-quat", title="Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi", parent="ubnd-tinh",
         email="bqldq@quangngai.gov.vn", phone="0255 3610 100",
         address="Số 19 Đại lộ Hùng Vương, xã Vạn Tường, tỉnh Quảng Ngãi",
         website="https://dungquat.quangngai.gov.vn",
         description="""Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi quản lý Khu kinh tế Dung Quất, Khu kinh tế cửa khẩu quốc tế Bờ Y và các khu công nghiệp (KCN Tịnh Phong, KCN VSIP Quảng Ngãi, KCN Quảng Phú, KCN Hòa Bình, KCN Sao Mai…).

Dữ liệu gồm dự án đầu tư, doanh nghiệp đang hoạt động, lao động trong KCN và sản lượng hàng hóa qua cảng biển Dung Quất."""),
    dict(name="thong-ke-tinh", title="Thống kê tỉnh Quảng Ngãi", parent=None,
         email="thongke@quangngai.gov.vn", phone="0255 3822 651",
         address="Số 68 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://thongke.quangngai.gov.vn",
         description="""Thống kê tỉnh Quảng Ngãi là cơ quan thống kê ở địa phương thuộc hệ thống thống kê tập trung (Cục Thống kê – Bộ Tài chính), không trực thuộc UBND tỉnh.

Cơ quan cung cấp số liệu chính thức về dân số, lao động, GRDP, chỉ số giá tiêu dùng (CPI) và Niên giám thống kê tỉnh. Số liệu được công bố lại trên cổng dữ liệu mở theo thỏa thuận chia sẻ dữ liệu."""),
    dict(name="ubnd-phuong-cam-thanh", title="UBND phường Cẩm Thành", parent="ubnd-tinh",
         email="ubndcamthanh@quangngai.gov.vn", phone="0255 3823 115",
         address="Số 05 Phan Bội Châu, phường Cẩm Thành, tỉnh Quảng Ngãi",
         website="https://camthanh.quangngai.gov.vn",
         description="""UBND phường Cẩm Thành (mã ĐVHC 21025) là chính quyền cấp xã tại trung tâm hành chính tỉnh, được sắp xếp lại từ ngày 01/7/2025.

Phường công khai danh sách tổ dân phố, ngân sách phường và các điểm sinh hoạt cộng đồng."""),
    dict(name="ubnd-dac-khu-ly-son", title="UBND đặc khu Lý Sơn", parent="ubnd-tinh",
         email="ubndlyson@quangngai.gov.vn", phone="0255 3867 003",
         address="Thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
         website="https://lyson.quangngai.gov.vn",
         description="""Đặc khu Lý Sơn (mã ĐVHC 21548) là đơn vị hành chính cấp xã đặc thù trên đảo Lý Sơn, nổi tiếng với nghề trồng tỏi, hành và du lịch biển đảo.

Dữ liệu công bố: diện tích và sản lượng tỏi, hành; lượt khách ra đảo; tàu thuyền cập cảng."""),
    dict(name="ubnd-phuong-kon-tum", title="UBND phường Kon Tum", parent="ubnd-tinh",
         email="ubndkontum@quangngai.gov.vn", phone="0260 3862 245",
         address="Số 248 Trần Hưng Đạo, phường Kon Tum, tỉnh Quảng Ngãi",
         website="https://phuongkontum.quangngai.gov.vn",
         description="""UBND phường Kon Tum (mã ĐVHC 23293) quản lý địa bàn trung tâm của tỉnh Kon Tum cũ, nay thuộc tỉnh Quảng Ngãi.

Phường công khai danh sách tổ dân phố, làng đồng bào dân tộc thiểu số và nhà rông văn hóa."""),
    dict(name="ubnd-xa-mang-den", title="UBND xã Măng Đen", parent="ubnd-tinh",
         email="ubndmangden@quangngai.gov.vn", phone="0260 3768 118",
         address="Trung tâm hành chính xã Măng Đen, tỉnh Quảng Ngãi",
         website="https://mangden.quangngai.gov.vn",
         description="""UBND xã Măng Đen (mã ĐVHC 23473) quản lý vùng cao nguyên Măng Đen – khu du lịch sinh thái có khí hậu mát mẻ quanh năm.

Dữ liệu công bố: cơ sở lưu trú, homestay, điểm tham quan và vùng trồng dược liệu trên địa bàn xã."""),
]


def org_dicts():
    out = []
    for o in ORGS:
        extras = []
        if o["parent"]:
            extras.append({"key": "parent", "value": o["parent"]})
        for k in ("email", "phone", "address", "website"):
            extras.append({"key": k, "value": o[k]})
        out.append({"name": o["name"], "title": o["title"], "description": o["description"],
                    "image_url": "", "extras": extras})
    return out
