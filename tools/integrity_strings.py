# Texts for the integrity finish (issue 7). Usage: python3 integrity_strings.py <Portal.Web dir>
import sys, os
sys.path.insert(0, '/work/tools')
from strings_io import read, write
S = {
"Integrity.Error.NotPermitted": ("Vai trò của bạn không được thực hiện thao tác này.", "Your role does not allow this action."),
"Integrity.Error.PlacementInFuture": ("Ngày bố trí vào vị trí công tác không được sau ngày hôm nay: hãy ghi nhận khi việc bố trí đã có quyết định và hiệu lực.", "The placement date cannot be after today: record it once the placement has taken effect."),
"Integrity.Error.AppointmentInPast": ("Ngày dự kiến bổ nhiệm đã qua: không thể lập kế hoạch kê khai phục vụ bổ nhiệm cho một ngày trong quá khứ.", "The planned appointment date has passed: an appointment declaration cannot be planned for a past date."),
"Integrity.Error.NoRuleInForce": ("Không có quy định thời hạn nào có hiệu lực vào ngày này; hãy nhờ quản trị viên kiểm tra danh mục thời hạn.", "No deadline rule is in force on that date; ask an administrator to check the deadline rules."),
"Integrity.Error.ExclusionGround": ("Hãy chọn một lý do loại trừ trong danh mục.", "Choose an exclusion ground from the list."),
"Integrity.Error.SensitivePost": ("Vị trí công tác không hợp lệ.", "Not a valid post."),
"Integrity.Plan.Title": ("Lập kế hoạch kê khai lần đầu hoặc phục vụ bổ nhiệm", "Plan a first-time or appointment declaration"),
"Integrity.Plan.Intro": ("Kê khai lần đầu: trong thời hạn tính từ ngày được bố trí vào vị trí phải kê khai. Kê khai phục vụ bổ nhiệm: chậm nhất trước ngày dự kiến bổ nhiệm. Hạn nộp được tính theo quy định đang có hiệu lực và lịch làm việc.", "First-time: within the period after placement in a post that must declare. Appointment: no later than the period before the planned appointment. The due date follows the rules in force and the working calendar."),
"Integrity.Plan.PlacedOn": ("Ngày được bố trí", "Placed on"),
"Integrity.Plan.AppointedOn": ("Ngày dự kiến bổ nhiệm", "Planned appointment date"),
"Integrity.Plan.Button": ("Lập kế hoạch", "Plan"),
"Integrity.Plan.Incomplete": ("Hãy chọn người và ngày.", "Choose a person and a date."),
"Integrity.Plan.Done": ("Đã lập kế hoạch kê khai; người kê khai sẽ được nhắc theo hạn.", "Declaration planned; the declarant will be reminded as it falls due."),
"Integrity.Exclusion.Title": ("Loại trừ khỏi danh sách bốc thăm", "Exclusions from the draw"),
"Integrity.Exclusion.Intro": ("Ghi nhận trước khi bốc thăm những người không đưa vào danh sách xác minh năm nay, với lý do theo danh mục. Biên bản bốc thăm chỉ công bố số người theo từng lý do, không công bố tên.", "Record before the draw who is kept out of this year's list, with a ground from the list. The draw's record publishes counts per ground, never names."),
"Integrity.Exclusion.Ground": ("Lý do", "Ground"),
"Integrity.Exclusion.Note": ("Ghi chú (nội bộ)", "Note (internal)"),
"Integrity.Exclusion.Button": ("Loại trừ", "Exclude"),
"Integrity.Exclusion.Done": ("Đã ghi nhận việc loại trừ.", "Exclusion recorded."),
"Integrity.Exclusion.Counts": ("Không đưa vào danh sách: {0} người đã được xác minh trong 4 năm trước", "Left out: {0} verified in the previous 4 years"),
"Integrity.Declarants.Title": ("Người có nghĩa vụ kê khai", "Who must declare"),
"Integrity.Declarants.Intro": ("Đánh dấu các chức vụ phải kê khai hằng năm và các vị trí công tác nhạy cảm (tổ chức cán bộ, tài chính, mua sắm, trực tiếp tiếp xúc người dân). Danh sách người kê khai cập nhật ngay; mọi thay đổi được ghi vào nhật ký kiểm toán.", "Mark the positions that declare every year and the sensitive posts (personnel, finance, procurement, citizen-facing). The declarants' list follows at once; every change is written to the audit log."),
"Integrity.Declarants.Positions": ("Chức vụ phải kê khai", "Positions that declare"),
"Integrity.Declarants.Posts": ("Vị trí công tác nhạy cảm", "Sensitive posts"),
"Integrity.Declarants.Post": ("Vị trí", "Post"),
"Integrity.Declarants.List": ("Danh sách người phải kê khai ({0})", "Declarants ({0})"),
"Integrity.Declarants.Because": ("Căn cứ", "Because of"),
"Integrity.Declarants.ByPosition": ("Chức vụ", "Position"),
"Integrity.Declarants.History": ("Lịch sử thay đổi", "History of changes"),
"Integrity.Post.None": ("Không", "None"),
"Integrity.Post.Personnel": ("Tổ chức cán bộ", "Personnel"),
"Integrity.Post.Finance": ("Tài chính, kế toán", "Finance"),
"Integrity.Post.Procurement": ("Mua sắm, đấu thầu", "Procurement"),
"Integrity.Post.CitizenFacing": ("Trực tiếp tiếp xúc, giải quyết công việc của người dân", "Citizen-facing"),
"Integrity.Nav.Declarants": ("Người phải kê khai", "Declarants"),
"AuditAction.draw.excluded": ("Bốc thăm xác minh: loại trừ khỏi danh sách", "Verification draw: excluded from the list"),
"AuditAction.declarant.position-marked": ("Kê khai tài sản: đánh dấu chức vụ phải kê khai", "Declarations: position marked as declaring"),
"AuditAction.declarant.post-marked": ("Kê khai tài sản: đặt vị trí công tác nhạy cảm", "Declarations: sensitive post set"),
}
root = sys.argv[1]
for idx, suffix in ((0, ''), (1, '.en')):
    p = os.path.join(root, 'Resources', f'SharedResource{suffix}.resx')
    d = read(p); d.update({k: v[idx] for k, v in S.items()}); write(p, d)
print(len(S), 'strings')
