"""find_relations on purpose clauses, fronted openings and long "ban hành kèm theo" leads.

Each row is a sentence written for these tests, the relations it states as ``(source, type,
target)`` (``str(doc)`` of each side, the text of a plenum, or ``~`` and the words naming a
document without a number) and the words that state them. Each group of variants seen in 2017
news comes with sentences that have both documents and the same words but no relation.
"""

from __future__ import annotations

import pytest

from conftest import end_name
from dangdoc import find_relations


VARIANTS = [
    # -- "A, coi đây là (một trong những) biện pháp (quan trọng) để thực hiện B": each listed A implements each B
    ("Các cấp cần triển khai quyết liệt Quyết định 935, 936, coi đây là một trong những biện pháp quan trọng để "
     "thực hiện có hiệu quả Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị 05-CT/TW.",
     {("QĐ 935", "implements", "Nghị quyết Trung ương 4 (khóa XII)"), ("QĐ 936", "implements", "Nghị quyết Trung ương 4 (khóa XII)"),
      ("QĐ 935", "implements", "05-CT/TW"), ("QĐ 936", "implements", "05-CT/TW")}, "thực hiện"),
    ("Huyện ủy quán triệt Kế hoạch số 12-KH/HU, coi đây là giải pháp để cụ thể hóa Nghị quyết số 04-NQ/TU.",
     {("12-KH/HU", "implements", "04-NQ/TU")}, "cụ thể hóa"),
    ("Sở tổ chức thực hiện Chỉ thị số 07/CT-UBND và coi đó là nhiệm vụ trọng tâm nhằm triển khai Kết luận số 21-KL/TU.",
     {("07/CT-UBND", "implements", "21-KL/TU")}, "triển khai"),
    # -- a fronted purpose: "Để/Nhằm (tiếp tục) thực hiện B, X đã ban hành/có A"
    # a committee that "có" it, without "đã" (a new user found the guide's "có" not read)
    ("Để thực hiện Nghị quyết số 04-NQ/TW, Tỉnh ủy có Kế hoạch số 12-KH/TU.",
     {("12-KH/TU", "implements", "04-NQ/TW")}, "Để thực hiện"),
    ("Để triển khai thực hiện Chỉ thị 05-CT/TW, UBND huyện Thọ Xuân có Công văn số 331/UBND-VP.",
     {("331/UBND-VP", "implements", "05-CT/TW")}, "Để triển khai thực hiện"),
    ("Để thực hiện Chỉ thị số 07-CT/TU, Sở Y tế vừa có Công văn số 88/SYT-NV gửi các bệnh viện.",
     {("88/SYT-NV", "implements", "07-CT/TU")}, "Để thực hiện"),
    ("Nhằm tiếp tục triển khai thực hiện Nghị quyết số 19-NQ/TW, Bộ Y tế đã ban hành Kế hoạch số 45/KH-BYT.",
     {("45/KH-BYT", "continues", "19-NQ/TW")}, "Nhằm tiếp tục triển khai thực hiện"),
    ("Theo đó, để thực hiện Chỉ thị số 16/CT-TTg ngày 3/4/2017, UBND tỉnh đã ban hành Kế hoạch số 20/KH-UBND.",
     {("20/KH-UBND", "implements", "16/CT-TTg")}, "để thực hiện"),
    ("Nhằm triển khai Nghị quyết 35/NQ-CP, Bộ Tài chính đã xây dựng Chương trình hành động của ngành.",
     {("~Chương trình hành động", "implements", "35/NQ-CP")}, "Nhằm triển khai"),
    ("Để cụ thể hóa Nghị quyết số 04-NQ/TU, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình số 08-CTr/TU.",
     {("08-CTr/TU", "implements", "04-NQ/TU")}, "Để cụ thể hóa"),
    # ... with an adverb of manner, after ";" ends the clause of another purpose
    ("Để giảm chồng chéo trong thanh tra; tiếp tục thực hiện nghiêm chỉnh Nghị quyết số 19/2016 của Chính phủ, Thủ tướng "
     "giao Bộ Tư pháp khẩn trương xây dựng dự thảo Quyết định của Thủ tướng về kiểm tra doanh nghiệp.",
     {("~dự thảo Quyết định của Thủ tướng", "continues", "NQ 19")}, "tiếp tục thực hiện nghiêm chỉnh"),
    ("Thực hiện có hiệu quả Chỉ thị số 05-CT/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 31-KH/HU.",
     {("31-KH/HU", "implements", "05-CT/TW")}, "Thực hiện có hiệu quả"),
    # -- a purpose after the topic of its source, or after a programme issued with it
    ("Quyết định số 12/QĐ-UBND về việc ban hành kế hoạch phát triển du lịch nhằm thực hiện Nghị quyết số 08-NQ/TW.",
     {("12/QĐ-UBND", "implements", "08-NQ/TW")}, "thực hiện"),
    ("Chính phủ ban hành Nghị quyết số 08/NQ-CP kèm theo Chương trình hành động để thực hiện Nghị quyết số 19-NQ/TW.",
     {("08/NQ-CP", "implements", "19-NQ/TW")}, "thực hiện"),
    # -- amends: a long "ban hành kèm theo" lead naming the instrument B issued
    ("Thông tư số 12/2015/TT-BGDĐT của Bộ trưởng Bộ GD&ĐT sửa đổi, bổ sung một số điều của Quy chế tuyển sinh đại học, "
     "cao đẳng hệ chính quy và liên thông cho người học tốt nghiệp trung cấp chuyên nghiệp ban hành kèm theo "
     "Thông tư số 03/2015/TT-BGDĐT.",
     {("12/2015/TT-BGDĐT", "amends", "03/2015/TT-BGDĐT")}, "sửa đổi, bổ sung"),
    ("Quyết định 20/2016/QĐ-UBND sửa đổi Điều lệ tổ chức và hoạt động của Quỹ Đầu tư phát triển tỉnh, Quỹ Bảo lãnh "
     "tín dụng cho doanh nghiệp nhỏ và vừa được ban hành kèm theo Quyết định 15/2012/QĐ-UBND.",
     {("20/2016/QĐ-UBND", "amends", "15/2012/QĐ-UBND")}, "sửa đổi"),
    ("Nghị định 41/2017/NĐ-CP sửa đổi, bổ sung một số điều của Quy chế quản lý tài chính của công ty mẹ là Tập đoàn Điện lực "
     "Việt Nam và các công ty con, công ty liên kết do Tập đoàn nắm giữ cổ phần chi phối ban hành kèm theo "
     "Nghị định 06/2013/NĐ-CP.",
     {("41/2017/NĐ-CP", "amends", "06/2013/NĐ-CP")}, "sửa đổi, bổ sung"),
    # -- amends: "đươc" without its tone mark, "điều chỉnh, bổ sung ... đối với"
    ("Khoản 1 Điều 19 Nghị định 46/2014/NĐ-CP (đươc sửa đổi bởi Nghị định 135/2016/NĐ-CP) quy định miễn tiền thuê đất.",
     {("135/2016/NĐ-CP", "amends", "46/2014/NĐ-CP")}, "sửa đổi bởi"),
    ("Thông tư 22/2016/TT-BGDĐT đã điều chỉnh, bổ sung một số điểm đối với Thông tư 30/2014/TT-BGDĐT.",
     {("22/2016/TT-BGDĐT", "amends", "30/2014/TT-BGDĐT")}, "điều chỉnh, bổ sung"),
    # -- amends: "điều chỉnh" a numbered article or clause of B
    ("UBND thành phố đã ban hành Quyết định số 448/QĐ-UBND về việc điều chỉnh Khoản 2 Điều 2 Quyết định số 5612/QĐ-UBND "
     "ngày 7/10/2016.", {("448/QĐ-UBND", "amends", "5612/QĐ-UBND")}, "điều chỉnh"),
    ("Quyết định 751/QĐ-TTg điều chỉnh điểm a khoản 1 Điều 5 Quyết định 157/2007/QĐ-TTg về tín dụng đối với học sinh.",
     {("751/QĐ-TTg", "amends", "157/2007/QĐ-TTg")}, "điều chỉnh"),
    # -- a date, a body and a topic "quy định về ..." between a document and what it does, or has done to it
    ("Theo khoản 1 Điều 5 Thông tư số 36/2012/TT-NHNN ngày 28/12/2012 của Thống đốc Ngân hàng Nhà nước quy định về "
     "trang bị, quản lý máy giao dịch tự động (đã được sửa đổi, bổ sung tại Thông tư số 20/2016/TT-NHNN), ngân hàng "
     "phải tiếp quỹ.", {("20/2016/TT-NHNN", "amends", "36/2012/TT-NHNN")}, "sửa đổi, bổ sung tại"),
    ("Nghị định số 32/NĐ-CP ngày 22-2-1973 của Hội đồng Chính phủ về việc sửa đổi tổ chức bộ máy Bộ Công an "
     "(thay thế Nghị định số 132/NĐ-CP) đã được ban hành.", {("32/NĐ-CP", "replaces", "132/NĐ-CP")}, "thay thế"),
]

NO_RELATION = [
    # "có" after no committee: having, not issuing
    "Để thực hiện Nghị quyết số 04-NQ/TW, nhiều địa phương có Kế hoạch số 12-KH/TU riêng.",
    "Để thực hiện Nghị quyết số 04-NQ/TW, tỉnh có nhiều cách làm, như Kế hoạch số 12-KH/TU của Sở.",
    # "coi đây là" what judges or occasions, not a means: the documents are not related
    "Tỉnh ban hành Quyết định 12/2017/QĐ-UBND, coi đây là tiêu chí cụ thể để đánh giá việc thực hiện Chỉ thị 05-CT/TW.",
    "Học sinh được học Quyết định 12/2017/QĐ-UBND, coi đây là dịp để thực hiện Chỉ thị 05-CT/TW.",
    # the means is named in another sentence
    "Tỉnh ban hành Quyết định 12/2017/QĐ-UBND. Cán bộ coi đây là biện pháp để thực hiện Chỉ thị 05-CT/TW.",
    # "coi việc ... là": the work, not the document, is the means
    "Quyết định 12/2017/QĐ-UBND coi việc kiểm tra là biện pháp để thực hiện Chỉ thị 05-CT/TW.",
    # a fronted purpose with no document issued after it
    "Để thực hiện Nghị quyết 35/NQ-CP, các doanh nghiệp đã có nhiều chương trình hành động.",
    "Để thực hiện Chỉ thị 05-CT/TW, tỉnh đã có lộ trình cụ thể cho từng năm.",
    "Để thực hiện Nghị quyết 35/NQ-CP hiệu quả, cần sửa Nghị định 12/2015/NĐ-CP.",
    "Thực hiện nghiêm túc Chỉ thị 05-CT/TW, cán bộ, đảng viên đã có nhiều việc làm cụ thể.",
    "Thực hiện có hiệu quả Nghị quyết số 41/NQ-CP của Chính phủ, các chỉ thị của Thủ tướng đối với công tác này.",
    # a topic with a clause in it, or no purpose before the trigger: the task is another subject's
    "Quyết định 12/QĐ-UBND về việc giao chỉ tiêu, trong khi huyện cần vốn để thực hiện Nghị quyết 08-NQ/TW.",
    "Quyết định số 12/QĐ-UBND về việc khen thưởng cán bộ thực hiện Nghị quyết 08-NQ/TW.",
    # "theo Chương trình": according to one, not one issued
    "Các đơn vị làm theo Chương trình hành động thực hiện Nghị quyết số 19-NQ/TW.",
    # "để thực hiện" inside a sentence: a task, not what the letter carries out
    "Xã chưa đủ nguồn lực để thực hiện Chỉ thị số 07-CT/TU, huyện đã có Văn bản số 88/UBND-VP nhắc nhở.",
    # a long "kèm theo" lead with a clause in it, or cut by a sentence end
    "Thông tư 22/2016/TT-BGDĐT sửa đổi Quy chế đánh giá học sinh tiểu học, trong khi giáo viên vẫn dùng các mẫu sổ "
    "theo dõi chất lượng giáo dục ban hành kèm theo Quyết định 30/2014/QĐ-BGDĐT.",
    "Thông tư 26/2014/TT-BGDĐT sửa đổi một số điều của Quy chế đánh giá học viên. Danh mục hồ sơ ban hành kèm theo "
    "Quyết định 02/2007/QĐ-BGDĐT vẫn giữ nguyên.",
    # a long lead that does not name an instrument: prices, not a part of the document
    "Quyết định 30/2014/QĐ-UBND sửa đổi mức thu học phí, lệ phí tuyển sinh, phí kiểm định chất lượng giáo dục cho các "
    "trường trung cấp, cao đẳng công lập theo biểu mẫu kèm theo Quyết định 02/2012/QĐ-UBND.",
    # "điều chỉnh" what is not a numbered part of a document
    "Quyết định 1764/QĐ-UBND điều chỉnh tổng mức đầu tư của dự án theo Quyết định số 2122/QĐ-UBND.",
    "Thường trực Hội đồng sẽ bổ sung, điều chỉnh Điều lệ Giải theo Quyết định số 12/2017/QĐ-BTTTT.",
    # "điều chỉnh Điều 5 B" with no document before it that does so
    "Sở đề nghị điều chỉnh Điều 5 Nghị định 12/2015/NĐ-CP; Quyết định 30/2016/QĐ-UBND vẫn giữ nguyên.",
    # a topic with a clause in it, or a topic of a document that is not the one acted on
    "Thông tư số 36/2012/TT-NHNN ngày 28/12/2012 của Thống đốc quy định về máy giao dịch tự động nhưng ngân hàng đã "
    "sửa đổi quy trình theo Thông tư số 20/2016/TT-NHNN.",
    "Nghị định 46/2016/NĐ-CP ngày 26/5/2016 của Chính phủ quy định về xử phạt vi phạm giao thông, mức phạt tăng so với "
    "Nghị định 171/2013/NĐ-CP.",
]


@pytest.mark.parametrize("text, expected, evidence", VARIANTS + [(text, set(), None) for text in NO_RELATION])
def test_relations(text, expected, evidence):
    relations = find_relations(text)
    assert {(end_name(r.source), r.type, end_name(r.target)) for r in relations} == expected
    assert all(text[r.start : r.end] == r.evidence == evidence for r in relations)
