"""find_relations phrase by phrase: one row per way Vietnamese writing states a relation.

Each row is a sentence of the kind found in news and official texts (written for these
tests), the relations it states as ``(source, type, target)`` and the words that state them.
A source or target is the identifier as ``str(doc)`` or, for a document named without a
number, ``~`` and the words that name it. Offsets are checked against positions computed
here with ``str.index`` on the expected words, not against what find_relations returns.
"""

from __future__ import annotations

import pytest

from conftest import end_name
from dangdoc import find_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(end_name(r.source), r.type, end_name(r.target)) for r in find_relations(text)}


PHRASES = [
    # -- amend: active, with a bridge between source and trigger and a lead between trigger and target
    ("Bộ Tài chính ban hành Thông tư 25/2018/TT-BTC sửa đổi Thông tư 78/2014/TT-BTC về thuế.",
     {("25/2018/TT-BTC", "amends", "78/2014/TT-BTC")}, "sửa đổi"),  # bare "sửa đổi"
    ("Nghị định 12/2019/NĐ-CP bổ sung, sửa đổi một số điều của Nghị định 31/2015/NĐ-CP.",
     {("12/2019/NĐ-CP", "amends", "31/2015/NĐ-CP")}, "bổ sung, sửa đổi"),  # inverted pair, "một số điều của"
    ("Thông tư số 08/2018/TT-BYT ngày 10/4/2018 của Bộ Y tế về sửa đổi, bổ sung, bãi bỏ một số điều của Thông tư số 40/2015/TT-BYT.",
     {("08/2018/TT-BYT", "amends", "40/2015/TT-BYT")}, "sửa đổi, bổ sung, bãi bỏ"),  # date, body and "về" between
    ("Từ ngày 1/3/2018, Thông tư 05/2018/TT-BCT có hiệu lực nhằm sửa đổi, bổ sung Thông tư 36/2016/TT-BCT.",
     {("05/2018/TT-BCT", "amends", "36/2016/TT-BCT")}, "sửa đổi, bổ sung"),  # "có hiệu lực nhằm"
    ("Thông tư số 11/2018/TT-BTC bổ sung khoản 2 Điều 7 Thông tư số 156/2013/TT-BTC.",
     {("11/2018/TT-BTC", "amends", "156/2013/TT-BTC")}, "bổ sung"),  # "bổ sung" with an article reference
    ("Quyết định số 615/QĐ-BTC sửa đổi Danh mục mức thu lệ phí ban hành kèm theo Thông tư số 250/2016/TT-BTC.",
     {("615/QĐ-BTC", "amends", "250/2016/TT-BTC")}, "sửa đổi"),  # "Danh mục ... ban hành kèm theo"
    ("Nghị định 20/2018/NĐ-CP sửa đổi Điều 5 của Nghị định 33/2014/NĐ-CP và Điều 9 của Nghị định 51/2016/NĐ-CP.",
     {("20/2018/NĐ-CP", "amends", "33/2014/NĐ-CP"), ("20/2018/NĐ-CP", "amends", "51/2016/NĐ-CP")}, "sửa đổi"),  # a list of targets
    ("Thông tư số 06/2018/TT-BTC vừa được Bộ Tài chính ban hành bổ sung khoản 4 Điều 3 Thông tư số 200/2014/TT-BTC.",
     {("06/2018/TT-BTC", "amends", "200/2014/TT-BTC")}, "bổ sung"),  # "được <body> ban hành" between
    ("Thông tư số 09/2018/TT-BTC (có hiệu lực từ 15/3/2018) sửa đổi Thông tư số 302/2016/TT-BTC.",
     {("09/2018/TT-BTC", "amends", "302/2016/TT-BTC")}, "sửa đổi"),  # a parenthesis with a date between
    # -- amend: passive, the source written after the target
    ("Theo Nghị định 64/2009/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 22/2015/NĐ-CP), hộ nghèo được miễn phí.",
     {("22/2015/NĐ-CP", "amends", "64/2009/NĐ-CP")}, "sửa đổi, bổ sung bởi"),  # "(... bởi A)"
    ("Điều 3 Thông tư số 39/2014/TT-BTC (đã được sửa đổi tại Điều 2 Thông tư số 26/2015/TT-BTC và Điều 1 Thông tư số 119/2016/TT-BTC) quy định như sau.",
     {("26/2015/TT-BTC", "amends", "39/2014/TT-BTC"), ("119/2016/TT-BTC", "amends", "39/2014/TT-BTC")},
     "sửa đổi tại"),  # "(đã được ... tại A1 và A2)": a list of sources
    ("Nghị định 64/2009/NĐ-CP quy định về hỗ trợ hộ nghèo. Nghị định này đã được sửa đổi, bổ sung bởi Nghị định 22/2015/NĐ-CP.",
     {("22/2015/NĐ-CP", "amends", "64/2009/NĐ-CP")}, "sửa đổi, bổ sung bởi"),  # the target named in the sentence before
    ("Năm 2014, Bộ Chính trị ban hành Quy định số 29-QĐ/TW. Quy định này thay thế Quy định số 12-QĐ/TW.",
     {("29-QĐ/TW", "replaces", "12-QĐ/TW")}, "thay thế"),  # the source named in the sentence before
    ("Xe được thế chấp theo Nghị định 163/2006/NĐ-CP về giao dịch bảo đảm (đã được sửa đổi tại Nghị định số 11/2012/NĐ-CP) "
     "và công văn số 3851/NHNN-PC của Ngân hàng Nhà nước.",
     {("11/2012/NĐ-CP", "amends", "163/2006/NĐ-CP")}, "sửa đổi tại"),  # the list of sources ends with the parenthesis
    ("Thông tư 21/2012/TT-BYT được sửa đổi bởi Thông tư 30/2016/TT-BYT.",
     {("30/2016/TT-BYT", "amends", "21/2012/TT-BYT")}, "sửa đổi bởi"),  # "được ... bởi" without parentheses
    ("Luật Đầu tư năm 2014 được hướng dẫn bởi Nghị định 118/2015/NĐ-CP.",
     {("118/2015/NĐ-CP", "guides", "~Luật Đầu tư năm 2014")}, "hướng dẫn bởi"),  # passive, a named law as target
    ("Theo Điều 20 luật Cư trú 2006 (nay được thay thế bằng Điều 12 luật Cư trú 2020), người dân phải đăng ký.",
     {("~luật Cư trú 2020", "replaces", "~luật Cư trú 2006")}, "thay thế bằng"),  # two laws, no number at all
    ("Bộ Tài chính lấy ý kiến dự thảo Luật sửa đổi, bổ sung Luật Thuế tài nguyên mà Bộ đã chuẩn bị.",
     {("~dự thảo Luật", "amends", "~Luật Thuế tài nguyên")}, "sửa đổi, bổ sung"),  # the law's name ends before "mà"
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự.",
     {("~Luật", "amends", "~Bộ luật Tố tụng hình sự")}, "sửa đổi, bổ sung"),  # an amending law named by what it does
    # -- replace
    ("Thủ tướng vừa ký Quyết định số 16/2018/QĐ-TTg, thay thế Quyết định số 45/2012/QĐ-TTg về cơ chế giá điện.",
     {("16/2018/QĐ-TTg", "replaces", "45/2012/QĐ-TTg")}, "thay thế"),  # a comma between
    ("Chính phủ ban hành Nghị định số 48/2018/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản, "
     "thay thế Nghị định 103/2013/NĐ-CP ngày 12/9/2013.",
     {("48/2018/NĐ-CP", "replaces", "103/2013/NĐ-CP")}, "thay thế"),  # a topic clause closed by a comma
    ("Bộ Chính trị ban hành Quy định số 102-QĐ/TW về kỷ luật đảng viên (ĐV) vi phạm, thay thế cho Quy định số 181-QĐ/TW.",
     {("102-QĐ/TW", "replaces", "181-QĐ/TW")}, "thay thế cho"),  # a topic with an abbreviation in parentheses
    ("Ngày 1/8, Nghị định 59/2018/NĐ-CP về phí cảng biển thay thế cho Nghị định 21/2012/NĐ-CP bắt đầu có hiệu lực.",
     {("59/2018/NĐ-CP", "replaces", "21/2012/NĐ-CP")}, "thay thế cho"),  # a topic "về ..." with no comma
    ("Quy định số 105-QĐ/TW thay thế cho Quy định số 67-QĐ/TW về phân cấp quản lý cán bộ.",
     {("105-QĐ/TW", "replaces", "67-QĐ/TW")}, "thay thế cho"),  # "thay thế cho"
    ("Thông tư số 12/2015/TT-BYT bị bãi bỏ, thay thế bởi Thông tư số 09/2016/TT-BYT.",
     {("09/2016/TT-BYT", "replaces", "12/2015/TT-BYT")}, "bãi bỏ, thay thế bởi"),  # passive "bị ... thay thế bởi"
    ("Hướng dẫn số 04-HD/BTCTW (nay là Hướng dẫn số 27-HD/BTCTW) quy định việc kết nạp đảng viên.",
     {("04-HD/BTCTW", "replaced_by", "27-HD/BTCTW")}, "(nay là"),  # "(nay là B)"
    ("Thông tư 01/2018/TT-BNV bãi bỏ Thông tư 06/2016/TT-BNV từ ngày 1/3/2018.",
     {("01/2018/TT-BNV", "repeals", "06/2016/TT-BNV")}, "bãi bỏ"),  # repeal without replacement
    # -- guide
    ("Theo Nghị định 117/2016/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Dược, cơ sở phải đăng ký.",
     {("117/2016/NĐ-CP", "guides", "~Luật Dược")}, "quy định chi tiết và hướng dẫn thi hành"),  # a law named, no number
    ("Thông tư 19/2016/TT-BLĐTBXH quy định chi tiết một số điều của Nghị định số 44/2016/NĐ-CP.",
     {("19/2016/TT-BLĐTBXH", "guides", "44/2016/NĐ-CP")}, "quy định chi tiết"),  # "quy định chi tiết ... của"
    ("Thông tư 85/2019/TT-BTC hướng dẫn Nghị định 65/2019/NĐ-CP về phí.",
     {("85/2019/TT-BTC", "guides", "65/2019/NĐ-CP")}, "hướng dẫn"),  # bare "hướng dẫn" touching its target
    ("Nghị quyết số 02/2018/NQ-HĐTP hướng dẫn một số quy định tại khoản 2 và khoản 4 Điều 60 Bộ luật Hình sự số 100/2015/QH13.",
     {("02/2018/NQ-HĐTP", "guides", "100/2015/QH13")}, "hướng dẫn"),  # "một số quy định tại" with article references
    ("Hướng dẫn số 12-HD/UBKTTW hướng dẫn thực hiện Quy định số 86-QĐ/TW của Bộ Chính trị.",
     {("12-HD/UBKTTW", "guides", "86-QĐ/TW")}, "hướng dẫn thực hiện"),  # "hướng dẫn thực hiện"
    # -- implement and continue
    ("Tỉnh ủy ban hành Kế hoạch số 15-KH/TU để cụ thể hóa Nghị quyết số 23-NQ/TW của Bộ Chính trị.",
     {("15-KH/TU", "implements", "23-NQ/TW")}, "cụ thể hóa"),  # "để cụ thể hóa"
    ("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW được ban hành tháng 3.",
     {("~Chương trình hành động của Chính phủ", "implements", "19-NQ/TW")}, "thực hiện"),  # unnumbered, with its body
    ("Năm nay, Bộ Xây dựng đã ban hành Kế hoạch hành động tiếp tục thực hiện Nghị quyết số 18-NQ/TW.",
     {("~Kế hoạch hành động", "continues", "18-NQ/TW")}, "tiếp tục thực hiện"),  # unnumbered, continues
    ("Nghị quyết số 01/NQ-CP ngày 1/1/2018 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 26-NQ/TW.",
     {("01/NQ-CP", "implements", "26-NQ/TW")}, "thực hiện"),  # the resolution that issues the programme is the source
    ("Ban Bí thư ban hành Quy định số 213-QĐ/TW nhằm tiếp tục cụ thể hóa Nghị quyết Đại hội XII của Đảng.",
     {("213-QĐ/TW", "continues", "Nghị quyết Đại hội XII của Đảng")}, "tiếp tục cụ thể hóa"),  # a congress target
    ("Hướng dẫn 02-HD/UBKTTW năm 2021 thực hiện một số điều trong Quy định 22-QĐ/TW về kiểm tra.",
     {("02-HD/UBKTTW", "implements", "22-QĐ/TW")}, "thực hiện"),  # "một số điều trong"
    ("Chương trình của Ban Chấp hành Đảng bộ tỉnh khóa XVI thực hiện Nghị quyết số 27-NQ/TW của Trung ương.",
     {("~Chương trình của Ban Chấp hành Đảng bộ tỉnh khóa XVI", "implements", "27-NQ/TW")}, "thực hiện"),  # a long body
    ("Triển khai Nghị quyết số 36-NQ/TW, Chính phủ đã ban hành Chương trình hành động kèm theo Nghị quyết số 26/NQ-CP.",
     {("26/NQ-CP", "implements", "36-NQ/TW")}, "Triển khai"),  # the programme issued with a resolution: that resolution
    ("Ban cán sự đảng có Văn bản số 120-KH/BCSĐ về ban hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW.",
     {("120-KH/BCSĐ", "reviews", "24-NQ/TW")}, "tổng kết 10 năm thực hiện"),  # "A về ban hành Kế hoạch ..."
    ("Chỉ thị 11/CT-TTg của Thủ tướng về tiếp tục triển khai hiệu quả Nghị quyết số 19/NQ-CP ngày 6/2/2018.",
     {("11/CT-TTg", "continues", "19/NQ-CP")}, "tiếp tục triển khai"),  # "tiếp tục triển khai hiệu quả"
    ("Thực hiện Nghị quyết số 05-NQ/TU; Nghị quyết số 06-NQ/TU và Chỉ thị số 12-CT/TU, Huyện ủy đã ban hành Chương trình số 30-CTr/HU.",
     {("30-CTr/HU", "implements", "05-NQ/TU"), ("30-CTr/HU", "implements", "06-NQ/TU"), ("30-CTr/HU", "implements", "12-CT/TU")},
     "Thực hiện"),  # the source after a list of targets
    ("Kế hoạch số 20-KH/TU thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 về tinh gọn bộ máy; Nghị quyết số 19-NQ/TW "
     "về đơn vị sự nghiệp và Chỉ thị số 28-CT/TW.",
     {("20-KH/TU", "implements", "18-NQ/TW"), ("20-KH/TU", "implements", "19-NQ/TW"), ("20-KH/TU", "implements", "28-CT/TW")},
     "thực hiện"),  # a list of targets set off by ";" with their titles
    ("Bộ Chính trị vừa ban hành Kết luận số 10-KL/TW về công tác phòng, chống tham nhũng. Kết luận nêu rõ, sau 10 năm "
     "thực hiện Nghị quyết Trung ương 3 khóa X, tham nhũng từng bước được kiềm chế.",
     {("10-KL/TW", "reviews", "Nghị quyết Trung ương 3 khóa X")}, "sau 10 năm thực hiện"),  # "Kết luận" is the one just issued
    ("Thực hiện Nghị quyết số 11-NQ/TW, Sở Công Thương đã ban hành Kế hoạch hành động với nhiều nhiệm vụ.",
     {("~Kế hoạch hành động", "implements", "11-NQ/TW")}, "Thực hiện"),  # an unnumbered source after its target
    ("Trong Chỉ thị đã nêu rõ tiếp tục thực hiện Chỉ thị 26/CT-TTg của Thủ tướng Chính phủ.",
     {("~Chỉ thị", "continues", "26/CT-TTg")}, "tiếp tục thực hiện"),  # an anaphoric "Chỉ thị" says it
    # -- drafts and unnumbered documents with a topic
    ("Bộ Tư pháp đang hoàn thiện dự thảo Nghị định sửa đổi, bổ sung Nghị định số 52/2013/NĐ-CP.",
     {("~dự thảo Nghị định", "amends", "52/2013/NĐ-CP")}, "sửa đổi, bổ sung"),  # a draft decree
    ("Quốc hội thảo luận dự án Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13.",
     {("~dự án Luật", "amends", "100/2015/QH13")}, "sửa đổi, bổ sung"),  # a draft law
    ("Bộ đề xuất dự thảo Nghị định quản lý hoạt động thương mại điện tử trên môi trường mạng, thay cho Nghị định 52/2013/NĐ-CP.",
     {("~dự thảo Nghị định", "replaces", "52/2013/NĐ-CP")}, "thay cho"),  # a draft with a long topic
    ("Bộ trình một nghị định về quản lý giống cây trồng thay cho Nghị định 88/2010/NĐ-CP.",
     {("~một nghị định", "replaces", "88/2010/NĐ-CP")}, "thay cho"),  # "một nghị định về ..."
    # -- reviews
    ("Hội nghị nghe báo cáo sơ kết tình hình thực hiện Nghị quyết 19/NQ-CP của Chính phủ.",
     {("~báo cáo", "reviews", "19/NQ-CP")}, "sơ kết tình hình thực hiện"),  # a report reviewing
    ("Văn phòng tổng hợp báo cáo thực hiện Nghị quyết 17/NQ-CP về Chính phủ điện tử.",
     {("~báo cáo", "reviews", "17/NQ-CP")}, "thực hiện"),  # a report on implementing B reviews it
    ("Ban Bí thư ban hành Kết luận số 01-KL/TW, ngày 30/5/2016 nêu rõ: kết quả sau 5 năm thực hiện Chỉ thị số 03-CT/TW là quan trọng.",
     {("01-KL/TW", "reviews", "03-CT/TW")}, "sau 5 năm thực hiện"),  # the conclusion that says it, its review in its words
    ("Hội nghị thông qua Báo cáo kết quả sau 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
     {("~Báo cáo", "reviews", "05-CT/TW")}, "sau 5 năm thực hiện"),  # the report that says it
    ("Trung ương thảo luận Đề án tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa X.",
     {("~Đề án", "reviews", "Nghị quyết Trung ương 7 khóa X")}, "tổng kết 10 năm thực hiện"),  # a plenum target
    ("Số: 09-KL/TW\nKẾT LUẬN\nSau 10 năm thực hiện Chỉ thị số 03-CT/TW, nhận thức của cán bộ được nâng lên.",
     {("09-KL/TW", "reviews", "03-CT/TW")}, "Sau 10 năm thực hiện"),  # the conclusion whose text this is
    ("Năm 2004, Bộ Chính trị ban hành Nghị quyết 37-NQ/TW về vùng Bắc Trung Bộ và Nghị quyết số 39-NQ/TW về Tây Nguyên. "
     "Sau khi tổng kết việc thực hiện hai Nghị quyết trên, Bộ Chính trị đã ban hành Kết luận số 25-KL/TW.",
     {("25-KL/TW", "reviews", "37-NQ/TW"), ("25-KL/TW", "reviews", "39-NQ/TW")},
     "tổng kết việc thực hiện hai Nghị quyết trên"),  # targets in the sentence before, the source after
    ("Kết luận nêu rõ, sau 5 năm thực hiện Chỉ thị số 05-CT/TW, nhận thức của đảng viên có chuyển biến.",
     {("~Kết luận", "reviews", "05-CT/TW")}, "sau 5 năm thực hiện"),  # the conclusion that says it
    ("Nhiều nội dung của Nghị quyết 08-NQ/TW đã được cụ thể hóa trong Luật Du lịch năm 2017.",
     {("~Luật Du lịch năm 2017", "implements", "08-NQ/TW")}, "cụ thể hóa trong"),  # passive, a named law as source
    # -- based on
    ("Quyết định được ban hành căn cứ vào Nghị định 36/2012/NĐ-CP của Chính phủ.",
     {("~Quyết định", "based_on", "36/2012/NĐ-CP")}, "căn cứ vào"),  # "căn cứ vào" in running text
    ("Số: 30/2018/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Quy định số 29-QĐ/TW và Quy định số 30-QĐ/TW;\n"
     "Căn cứ Điều lệ Đảng; Nghị quyết số 15/2017/NQ-HĐND ngày 7/7/2017;\nTheo đề nghị của Sở Nội vụ,",
     {("30/2018/QĐ-UBND", "based_on", "29-QĐ/TW"), ("30/2018/QĐ-UBND", "based_on", "30-QĐ/TW"),
      ("30/2018/QĐ-UBND", "based_on", "15/2017/NQ-HĐND")}, "Căn cứ"),  # a preamble list over several lines
    ("TTXVN giới thiệu toàn văn Nghị quyết số 40/2017/QH14. QUỐC HỘI Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13; "
     "Căn cứ Tờ trình số 210/TTr-CP ngày 2/5/2017 của Chính phủ; QUYẾT NGHỊ:",
     {("40/2017/QH14", "based_on", "57/2014/QH13"), ("40/2017/QH14", "based_on", "210/TTr-CP")}, "Căn cứ"),  # a text given in full
    ("Số: 14/2019/QĐ-UBND\nĐiều 3. Quyết định này thay thế Quyết định số 22/2016/QĐ-UBND.",
     {("14/2019/QĐ-UBND", "replaces", "22/2016/QĐ-UBND")}, "thay thế"),  # "Quyết định này" in its own text
]


@pytest.mark.parametrize("text, expected, evidence", PHRASES)
def test_phrase(text, expected, evidence):
    relations = find_relations(text)
    assert _found(text) == expected
    # where the words stand, found here; a list with a trigger per item ("Căn cứ B1;\nCăn cứ B2")
    # has them more than once
    places = [i for i in range(len(text)) if text.startswith(evidence, i)]
    for r in relations:
        assert r.start in places and r.end == r.start + len(evidence), (r.evidence, evidence)


def test_each_item_of_a_preamble_has_its_own_evidence():
    text = "Số: 12/2019/QĐ-UBND\nCăn cứ Luật Đầu tư số 67/2014/QH13;\nCăn cứ Nghị định số 118/2015/NĐ-CP; Nghị định số 37/2015/NĐ-CP;\n"
    first, second = text.index("Căn cứ"), text.index("Căn cứ", text.index("Căn cứ") + 1)
    spans = {str(r.target.doc): (r.start, r.end) for r in find_relations(text)}
    assert spans == {"67/2014/QH13": (first, first + 6), "118/2015/NĐ-CP": (second, second + 6),
                     "37/2015/NĐ-CP": (second, second + 6)}


# Sentences with a trigger near two citations that state no relation between them.
NO_RELATION = [
    # "thực hiện" governs a list of tasks; no document is the subject
    "Năm 2018, các cấp ủy tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII gắn với thực hiện Chỉ thị số 05-CT/TW.",
    # "thay thế" is said of prices, not of the documents (a noun phrase stands between)
    "Mức giá theo Thông tư 37/2018/TT-BYT sẽ thay thế mức giá quy định tại Nghị quyết số 06/2016/NQ-HĐND.",
    # "sửa đổi bổ sung" applies to the school's own rules
    "Trường chưa sửa đổi bổ sung quy chế theo Quyết định 58/2010/QĐ-TTg và Quyết định 70/2014/QĐ-TTg.",
    # "tổng kết ... thực hiện": the review is an activity of a department, not a document
    "Sở đang chuẩn bị tổng kết 3 năm thực hiện Quyết định số 19/2015/QĐ-UBND và Thông tư số 15/2015/TT-BTP.",
    # "theo hướng dẫn tại" is guidance in general
    "Phường thu tiền theo hướng dẫn tại Nghị quyết số 170/2015/NQ-HĐND và Quyết định số 43/2015/QĐ-UBND.",
    # two policies contrasted by "nhưng"
    "Nghị định 67/2014/NĐ-CP thực hiện nhiều chính sách hỗ trợ ngư dân, nhưng Thông tư 44/2017/TT-BTC vẫn áp giá cũ.",
    # "Bộ Kế hoạch và Đầu tư" is a ministry, not a plan
    "Bộ Kế hoạch và Đầu tư thực hiện Nghị quyết số 49-NQ/TW và Nghị quyết số 111/2015/QH13 về vốn.",
    # the dates forbid it: a 2014 circular cannot amend a 2016 one
    "Thông tư 76/2014/TT-BTC sửa đổi Thông tư 333/2016/TT-BTC.",
    # "Hướng dẫn" here names a guideline issued with the later decision; it guides nothing
    "Quy trình ban hành kèm theo Quyết định số 2482/QĐ-BYT ngày 9-6-2015, Hướng dẫn Quy trình lọc máu ban hành kèm theo Quyết định số 1204/2006/QĐ-BYT.",
    # "báo cáo" is a verb after "sẽ": the minister reports, no document reviews
    "Tại hội nghị, Bộ trưởng Nguyễn Văn A sẽ báo cáo sơ kết tình hình thực hiện Nghị quyết 19/NQ-CP, sau Quyết định 1234/QĐ-TTg.",
    # "và thực hiện" joins two tasks; Chỉ thị 05 does not implement the resolution
    "Các chi bộ học tập Chỉ thị số 05-CT/TW và thực hiện Nghị quyết số 35-NQ/TW trong năm 2018.",
    # "triển khai thực hiện Kế hoạch": the plan is implemented, not issued to implement the resolution
    "Thực hiện Nghị quyết số 18-NQ/TW, huyện đã triển khai thực hiện Kế hoạch số 25-KH/TU của Tỉnh ủy.",
    # "Ban Chỉ đạo thực hiện Chỉ thị ..." is the name of a steering committee
    "Các sở triển khai Kế hoạch số 07-KH/BCĐ của Ban Chỉ đạo thực hiện Chỉ thị số 50-CT/TW của Bộ Chính trị.",
    # "văn bản báo cáo" is a letter reporting to the Government, and "có kế hoạch tổng kết" a plan to review
    "VCCI vừa có văn bản báo cáo Chính phủ việc thực hiện Nghị quyết 35/NQ-CP. Bộ có kế hoạch tổng kết Nghị quyết số 11-NQ/TW.",
    # a draft law whose topic runs into a reason clause ("vì trong năm nay thực hiện ...")
    "Phải đưa dự án luật này vào năm 2019 vì trong năm nay thực hiện Nghị quyết Trung ương 6 khóa XII.",
    # "sửa đổi" after a name and before a comma describes that law ("the amended Penal Code")
    "Cử tri góp ý cho dự án Bộ Luật hình sự sửa đổi, Luật Quy hoạch và Nghị định 15/2018/NĐ-CP.",
    # "luật sư" is a lawyer, and "Luật của Chính phủ" names no law
    "Theo Bộ luật sửa đổi, luật sư Trần Văn B đề nghị. Cần sớm ban hành nghị định hướng dẫn thi hành Luật của Chính phủ.",
    # a draft whose topic runs into "sẽ mở đường cho việc sửa đổi": the draft amends nothing
    "Dự thảo Nghị quyết về xử lý nợ xấu được thông qua lần này sẽ mở đường cho việc sửa đổi Luật Kinh doanh bất động sản.",
    # a sentence boundary between source and trigger
    "Nghị quyết số 04-NQ/TU được ban hành. Các cấp ủy thực hiện Chỉ thị 05-CT/TW.",
]


@pytest.mark.parametrize("text", NO_RELATION)
def test_no_relation(text):
    assert find_relations(text) == []


def test_dates_choose_the_direction():
    # "B (sửa đổi, bổ sung A)" names no direction; the newer document is the one that amends
    text = "Nghị định 163/2006/NĐ-CP (sửa đổi, bổ sung Nghị định 11/2012/NĐ-CP) quy định về giao dịch bảo đảm."
    assert _found(text) == {("11/2012/NĐ-CP", "amends", "163/2006/NĐ-CP")}


def test_an_unnumbered_source_carries_its_type_and_body():
    text = "Chương trình hành động của Bộ Công Thương thực hiện Nghị quyết số 11-NQ/TW đã hoàn thành."
    (r,) = find_relations(text)
    start = text.index("Chương trình")
    assert (r.source.kind, r.source.doc, r.source.type_name, r.source.body) == (
        "unnumbered", None, "Chương trình hành động", "Bộ Công Thương")
    assert (r.source.start, r.source.end) == (start, text.index(" thực hiện"))


def test_the_issuer_before_an_unnumbered_plan_is_its_body():
    text = "Thực hiện Nghị quyết số 11-NQ/TW, Bộ Công Thương đã ban hành Kế hoạch hành động với nhiều nhiệm vụ."
    (r,) = find_relations(text)
    assert (r.source.type_name, r.source.body) == ("Kế hoạch hành động", "Bộ Công Thương")
