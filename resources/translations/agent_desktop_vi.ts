<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgentBoard</name>
    <message>
        <location filename="../../agent_desktop/core/agents.py" line="376"/>
        <source>The PBX has no user named &quot;{username}&quot;.</source>
        <translation>Tổng đài không có người dùng &quot;{username}&quot;.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/agents.py" line="430"/>
        <source>Username not known: add it to the team in Settings to see this phone&apos;s status.</source>
        <translation>Chưa biết tên đăng nhập: thêm vào nhóm trong Cài đặt để xem trạng thái điện thoại này.</translation>
    </message>
</context>
<context>
    <name>AgentBoardModel</name>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="187"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="187"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="187"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="188"/>
        <source>Current call</source>
        <translation>Cuộc gọi hiện tại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="188"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="188"/>
        <source>Calls today</source>
        <translation>Cuộc gọi hôm nay</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="189"/>
        <source>Answered</source>
        <translation>Đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="189"/>
        <source>Missed</source>
        <translation>Nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="190"/>
        <source>Logged in</source>
        <translation>Đã đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="190"/>
        <source>Not logged in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="191"/>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="193"/>
        <source>Starting</source>
        <translation>Đang khởi tạo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="193"/>
        <source>Ringing</source>
        <translation>Đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="194"/>
        <source>Dialing</source>
        <translation>Đang gọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="194"/>
        <source>Talking</source>
        <translation>Đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="195"/>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="195"/>
        <source>Parked</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="196"/>
        <source>In IVR</source>
        <translation>Trong IVR</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="196"/>
        <source>Transferring</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="197"/>
        <source>Ending</source>
        <translation>Đang kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="197"/>
        <source>Unknown state</source>
        <translation>Trạng thái không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="199"/>
        <source>Extension {extension}</source>
        <translation>Máy nhánh {extension}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="200"/>
        <source>{number} · {phase}</source>
        <translation>{number} · {phase}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board_model.py" line="201"/>
        <source>Call ID: {call_id}</source>
        <translation>Mã cuộc gọi: {call_id}</translation>
    </message>
</context>
<context>
    <name>AgentBoardView</name>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="191"/>
        <source>No agents yet.
Add your team&apos;s usernames in Settings; until then agents appear here as they take calls.</source>
        <translation>Chưa có nhân viên.
Hãy thêm tên đăng nhập của nhóm trong Cài đặt; trước đó, nhân viên sẽ hiện ở đây khi họ nhận cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="193"/>
        <source>No agents match the filter</source>
        <translation>Không có nhân viên nào khớp bộ lọc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="199"/>
        <source>Agents: {total} · Logged in: {logged_in} · On a call: {on_call}</source>
        <translation>Nhân viên: {total} · Đã đăng nhập: {logged_in} · Đang gọi: {on_call}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="214"/>
        <source>Filter by name, username, extension or number</source>
        <translation>Lọc theo tên, tên đăng nhập, máy nhánh hoặc số</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="215"/>
        <source>Filter agents</source>
        <translation>Lọc nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="216"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="221"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="221"/>
        <source>Refreshing…</source>
        <translation>Đang làm mới…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/agent_board.py" line="226"/>
        <source>Ask the PBX for every agent&apos;s phone status and today&apos;s calls now</source>
        <translation>Hỏi tổng đài ngay trạng thái điện thoại và cuộc gọi hôm nay của mọi nhân viên</translation>
    </message>
</context>
<context>
    <name>AgentDesktop</name>
    <message>
        <location filename="../../agent_desktop/app.py" line="433"/>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="433"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="433"/>
        <source>Wallboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="434"/>
        <source>Event hooks</source>
        <translation>Event hook</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="530"/>
        <source>No password: pass --password-stdin, or log in once with &apos;remember me&apos;.</source>
        <translation>Thiếu mật khẩu: dùng --password-stdin, hoặc đăng nhập một lần với “Ghi nhớ đăng nhập”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="546"/>
        <source>Nothing to log in with: --screenshot needs --demo or --server.</source>
        <translation>Không có thông tin đăng nhập: --screenshot cần --demo hoặc --server.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="663"/>
        <source>Could not change starting at login: {error}</source>
        <translation>Không thể thay đổi chế độ tự khởi động khi đăng nhập: {error}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="666"/>
        <source>Could not change the app for phone links: {error}</source>
        <translation>Không thể thay đổi ứng dụng mở liên kết số điện thoại: {error}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="718"/>
        <source>The api key is in the clipboard. Paste it where the PBX&apos;s hook is set up.</source>
        <translation>Khóa API đã được chép vào bộ nhớ tạm. Hãy dán vào nơi cấu hình webhook của tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="726"/>
        <source>A new api key is in use. Hook this desktop again (Supervisor → Event hooks).</source>
        <translation>Đã dùng khóa API mới. Hãy đăng ký lại máy này (Giám sát → Event hook).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="733"/>
        <source>Listening on {url} · {count} events received, {refused} refused</source>
        <translation>Đang nhận tại {url} · đã nhận {count} sự kiện, từ chối {refused}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="736"/>
        <source>Not listening: {reason}. Choose another port or address.</source>
        <translation>Không nhận được sự kiện: {reason}. Hãy chọn cổng hoặc địa chỉ khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="739"/>
        <source>Off: live calls refresh every {seconds} s.</source>
        <translation>Đang tắt: cuộc gọi trực tiếp được làm mới mỗi {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="768"/>
        <source>There is no phone number in the clipboard.</source>
        <translation>Không có số điện thoại nào trong bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="813"/>
        <source>agent-desktop</source>
        <translation>agent-desktop</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="815"/>
        <source>The details are in the log file: {path}</source>
        <translation>Chi tiết có trong tệp nhật ký: {path}</translation>
    </message>
</context>
<context>
    <name>AnswerRateGauge</name>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="464"/>
        <source>Answer rate today</source>
        <translation>Tỉ lệ nghe máy hôm nay</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="534"/>
        <source>answered</source>
        <translation>đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="545"/>
        <source>No calls yet today</source>
        <translation>Hôm nay chưa có cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="546"/>
        <source>{answered} of {rated} calls answered</source>
        <translation>đã nghe {answered} trên {rated} cuộc gọi</translation>
    </message>
</context>
<context>
    <name>AutoCallView</name>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="420"/>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="656"/>
        <source>Text to speech</source>
        <translation>Đọc văn bản tự động</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="421"/>
        <source>Text to speech (as written)</source>
        <translation>Đọc văn bản tự động (giữ nguyên)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="422"/>
        <source>{n}. {kind}: “{text}”</source>
        <translation>{n}. {kind}: “{text}”</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="423"/>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="656"/>
        <source>Recording</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="424"/>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="657"/>
        <source>Key-press menu</source>
        <translation>Kịch bản bấm phím</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="425"/>
        <source>{n}. {kind}: {id}</source>
        <translation>{n}. {kind}: {id}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="426"/>
        <source>(no id yet)</source>
        <translation>(chưa có mã)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="465"/>
        <source>The recording&apos;s id, such as 5ed0c6dffb7b390007e5211</source>
        <translation>Mã file ghi âm, ví dụ 5ed0c6dffb7b390007e5211</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="467"/>
        <source>The key-press menu&apos;s id (PBX › key-press menus)</source>
        <translation>Mã kịch bản bấm phím (Tổng đài › Kịch bản bấm phím)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="528"/>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} ký tự</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="532"/>
        <source>Text to speech: at most {limit} characters per session (the longest target&apos;s filled texts), 3,000 a day.</source>
        <translation>Đọc văn bản tự động: tối đa {limit} ký tự mỗi phiên (tính theo người nhận có văn bản dài nhất sau khi điền biến), 3.000 ký tự mỗi ngày.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="537"/>
        <source>Placeholders: {names}. Give each target its values after the number, such as “; {first}=…”.</source>
        <translation>Biến: {names}. Ghi giá trị cho từng người nhận sau số điện thoại, ví dụ “; {first}=…”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="544"/>
        <source>%n ready to call</source>
        <translation>
            <numerusform>%n số sẵn sàng gọi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="545"/>
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n dòng bị bỏ qua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="547"/>
        <source>Line {line} ({text}): {problem}</source>
        <translation>Dòng {line} ({text}): {problem}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="553"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="567"/>
        <source>0 (normal)</source>
        <translation>0 (bình thường)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="569"/>
        <source>{speed} (slower)</source>
        <translation>{speed} (chậm hơn)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="570"/>
        <source>+{speed} (faster)</source>
        <translation>+{speed} (nhanh hơn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="579"/>
        <source>Sending the auto-call to %n target(s)…</source>
        <translation>
            <numerusform>Đang gửi cuộc gọi tự động tới %n người nhận…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="585"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="593"/>
        <source>Calling</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="594"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="595"/>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="596"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="599"/>
        <source>Auto-call id: {id}</source>
        <translation>Mã phiên gọi tự động: {id}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="601"/>
        <source>calls: {ids}</source>
        <translation>cuộc gọi: {ids}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="604"/>
        <source>name: {name}</source>
        <translation>tên: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="626"/>
        <source>%n sent</source>
        <translation>
            <numerusform>Đã gửi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="628"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="630"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n bị bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="632"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n chưa gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="635"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="643"/>
        <source>One phone number a line; values for the placeholders after it, separated by “;”: 0899 098 899; code=HHKKK</source>
        <translation>Mỗi dòng một số điện thoại; giá trị các biến ghi sau số, cách nhau bằng “;”: 0899 098 899; code=HHKKK</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="645"/>
        <source>The extension to ring, such as 101; values for the placeholders after it: 101; code=HHKKK</source>
        <translation>Máy nhánh cần đổ chuông, ví dụ 101; giá trị các biến ghi sau số: 101; code=HHKKK</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="649"/>
        <source>Session steps, played in order</source>
        <translation>Các bước của phiên gọi, phát theo thứ tự</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="650"/>
        <source>+ Recording</source>
        <translation>+ File ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="651"/>
        <source>+ Text to speech</source>
        <translation>+ Đọc văn bản</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="652"/>
        <source>+ Key-press menu</source>
        <translation>+ Kịch bản bấm phím</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="653"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="654"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="655"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="659"/>
        <source>Text to read, such as: Your order {code} of {amount} dong has been shipped.</source>
        <translation>Văn bản cần đọc, ví dụ: Đơn hàng {code} trị giá {amount} đồng của quý khách đã được giao cho đơn vị vận chuyển.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="661"/>
        <source>Fill placeholders such as {code} from each target&apos;s values</source>
        <translation>Điền các biến như {code} bằng giá trị của từng người nhận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="663"/>
        <source>Voice and pacing</source>
        <translation>Giọng đọc và nhịp gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="664"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="664"/>
        <source>Voice:</source>
        <translation>Giọng đọc:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="665"/>
        <source>Speed:</source>
        <translation>Tốc độ đọc:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="665"/>
        <source>Caller number:</source>
        <translation>Đầu số gọi ra:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="666"/>
        <source>Retries when not answered:</source>
        <translation>Số lần gọi lại khi không nghe máy:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="667"/>
        <source>Calls at a time:</source>
        <translation>Số cuộc gọi mỗi lượt:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="668"/>
        <source>Between calls:</source>
        <translation>Giãn cách giữa các lượt gọi:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="669"/>
        <source>Between retries:</source>
        <translation>Giãn cách giữa các lần gọi lại:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="672"/>
        <source>Such as: New product announcement</source>
        <translation>Ví dụ: Giới thiệu sản phẩm mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="673"/>
        <source>Empty: OMICall chooses (on-net first)</source>
        <translation>Để trống: OMICall tự chọn (ưu tiên nội mạng)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="677"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="679"/>
        <source>default {value} s</source>
        <translation>mặc định {value} giây</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="681"/>
        <source>default {value}</source>
        <translation>mặc định {value}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="682"/>
        <source>Who to call</source>
        <translation>Gọi tới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="683"/>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="684"/>
        <source>An extension</source>
        <translation>Một máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="688"/>
        <source>Send auto-call</source>
        <translation>Gửi cuộc gọi tự động</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="689"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="690"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="690"/>
        <source>Target</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="691"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/auto_call_view.py" line="691"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>CallAlerts</name>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="75"/>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="76"/>
        <source>{number} is calling {extension}</source>
        <translation>{number} đang gọi tới {extension}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="135"/>
        <source>Answered</source>
        <translation>Đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="136"/>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="137"/>
        <source>Not answered</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="138"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="139"/>
        <source>Unreachable</source>
        <translation>Không liên lạc được</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="140"/>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/alerts.py" line="141"/>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
</context>
<context>
    <name>CampaignImport</name>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="359"/>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="554"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="397"/>
        <source>{ready} ready, {bad} with problems</source>
        <translation>{ready} sẵn sàng, {bad} có lỗi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="401"/>
        <source>{file}: {rows} row(s)</source>
        <translation>{file}: {rows} dòng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="434"/>
        <source>Open a CSV file of customers first.</source>
        <translation>Hãy mở tệp CSV danh sách khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="436"/>
        <source>Choose the file&apos;s column for: {fields}.</source>
        <translation>Hãy chọn cột trong tệp cho: {fields}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="439"/>
        <source>No row is ready to send.</source>
        <translation>Không có dòng nào sẵn sàng để gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="441"/>
        <source>Nothing is sent while a row has a problem: fix the file and open it again, or tick “Send only the ready rows”.</source>
        <translation>Chưa gửi khi còn dòng lỗi: hãy sửa tệp rồi mở lại, hoặc đánh dấu “Chỉ gửi các dòng sẵn sàng”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="444"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="446"/>
        <source>These rows were sent. Open another file or change the queue to send again.</source>
        <translation>Các dòng này đã được gửi. Mở tệp khác hoặc đổi hàng đợi để gửi lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="458"/>
        <source>Send only the ready rows (skip {count} with problems)</source>
        <translation>Chỉ gửi các dòng sẵn sàng (bỏ qua {count} dòng lỗi)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="476"/>
        <source>Sending {count} customer(s) to queue {code}…</source>
        <translation>Đang gửi {count} khách hàng tới hàng đợi {code}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="501"/>
        <source>Customers to dial</source>
        <translation>Khách hàng cần gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="502"/>
        <source>Customer lists (*.csv *.txt *.xlsx)</source>
        <translation>Danh sách khách hàng (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="517"/>
        <source>Customer id</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="517"/>
        <source>Mobiles</source>
        <translation>Số di động</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="518"/>
        <source>Contract number</source>
        <translation>Số hợp đồng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="519"/>
        <source>Upcoming due date</source>
        <translation>Ngày đến hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="520"/>
        <source>Upcoming amount</source>
        <translation>Số tiền sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="520"/>
        <source>Due date</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="521"/>
        <source>Days past due</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="522"/>
        <source>Overdue instalments</source>
        <translation>Số kỳ quá hạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="523"/>
        <source>Total overdue amount</source>
        <translation>Tổng tiền quá hạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="524"/>
        <source>Campaign id</source>
        <translation>Mã chiến dịch</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="524"/>
        <source>Queue code</source>
        <translation>Mã hàng đợi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="525"/>
        <source>Pre-call ratio (%)</source>
        <translation>Tỉ lệ gọi trước (%)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="526"/>
        <source>Recalls if unsuccessful</source>
        <translation>Số lần gọi lại nếu không thành công</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="527"/>
        <source>Agents (extensions)</source>
        <translation>Nhân viên (máy nhánh)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="527"/>
        <source>Template</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="528"/>
        <source>Concurrent calls</source>
        <translation>Số cuộc gọi đồng thời</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="529"/>
        <source>Recall if shorter than (s)</source>
        <translation>Gọi lại nếu nghe máy ngắn hơn (giây)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="534"/>
        <source>The PBX dials the customers and hands answered calls to the queue&apos;s agents. Only id and mobiles are sent.</source>
        <translation>Tổng đài quay số khách hàng và chuyển cuộc gọi được nghe máy cho nhân viên của hàng đợi. Chỉ gửi mã và số di động.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="538"/>
        <source>The PBX calls the customers and plays the template (IVR script) with the mapped fields.</source>
        <translation>Tổng đài gọi khách hàng và phát kịch bản (IVR) với các trường đã ghép.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="542"/>
        <source>Open CSV…</source>
        <translation>Mở CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="543"/>
        <source>Only rows with problems</source>
        <translation>Chỉ các dòng có lỗi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="544"/>
        <source>Columns</source>
        <translation>Cột dữ liệu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="548"/>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="562"/>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="551"/>
        <source>The file&apos;s column for “{field}” ({name})</source>
        <translation>Cột trong tệp cho “{field}” ({name})</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="555"/>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="556"/>
        <source>Send as</source>
        <translation>Gửi dạng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="557"/>
        <source>Autodialer (agents)</source>
        <translation>Autodialer (chuyển cho nhân viên)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="558"/>
        <source>Autocall (template)</source>
        <translation>Autocall (kịch bản)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="566"/>
        <source>Send queue</source>
        <translation>Gửi hàng đợi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="568"/>
        <source>No file open. The file needs a header row; UTF-8 CSV, comma or semicolon.</source>
        <translation>Chưa mở tệp. Tệp cần có dòng tiêu đề; CSV UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy.</translation>
    </message>
</context>
<context>
    <name>CampaignQueues</name>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="239"/>
        <source>Select a queue to start, stop or delete it.</source>
        <translation>Chọn một hàng đợi để chạy, dừng hoặc xóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="240"/>
        <source>The queues you send appear here.</source>
        <translation>Các hàng đợi bạn gửi sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="242"/>
        <source>Waiting for the PBX…</source>
        <translation>Đang chờ tổng đài…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="246"/>
        <source>This queue was deleted on the PBX; “Remove from list” forgets it here.</source>
        <translation>Hàng đợi này đã bị xóa trên tổng đài; bấm “Bỏ khỏi danh sách” để bỏ nó ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="284"/>
        <source>{count} id(s) read from {file}; press “Block” to send them.</source>
        <translation>Đã đọc {count} mã từ {file}; bấm “Chặn” để gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="293"/>
        <source>Customers not to call</source>
        <translation>Khách hàng không được gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="294"/>
        <source>Customer lists (*.csv *.txt *.xlsx)</source>
        <translation>Danh sách khách hàng (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="303"/>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="339"/>
        <source>Start</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="303"/>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="340"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="303"/>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="341"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="304"/>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="348"/>
        <source>Block</source>
        <translation>Chặn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="307"/>
        <source>Starting queue {code}…</source>
        <translation>Đang chạy hàng đợi {code}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="308"/>
        <source>Stopping queue {code}…</source>
        <translation>Đang dừng hàng đợi {code}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="309"/>
        <source>Deleting queue {code}…</source>
        <translation>Đang xóa hàng đợi {code}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="310"/>
        <source>Sending the do-not-call list to {code}…</source>
        <translation>Đang gửi danh sách chặn gọi tới {code}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="315"/>
        <source>Queue {code} is running.</source>
        <translation>Hàng đợi {code} đang chạy.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="316"/>
        <source>Queue {code} is stopped.</source>
        <translation>Hàng đợi {code} đã dừng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="317"/>
        <source>Queue {code} is deleted.</source>
        <translation>Hàng đợi {code} đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="318"/>
        <source>The PBX will skip the blocked customers in {code} (those not dialed yet).</source>
        <translation>Tổng đài sẽ bỏ qua các khách hàng bị chặn trong {code} (những người chưa được quay số).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="326"/>
        <source>{action} {code}: {reason}</source>
        <translation>{action} {code}: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="338"/>
        <source>My queues</source>
        <translation>Hàng đợi của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="342"/>
        <source>Remove from list</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="343"/>
        <source>Forget this queue here; nothing is sent to the PBX.</source>
        <translation>Chỉ bỏ hàng đợi này khỏi danh sách ở đây; không gửi gì tới tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="345"/>
        <source>Do not call:</source>
        <translation>Chặn gọi:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="346"/>
        <source>Customer ids, separated by commas</source>
        <translation>Mã khách hàng, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="347"/>
        <source>From file…</source>
        <translation>Từ tệp…</translation>
    </message>
</context>
<context>
    <name>CdrDetailDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="92"/>
        <source>Loading the call {ident}…</source>
        <translation>Đang tải cuộc gọi {ident}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="107"/>
        <source>No call was found with the id or SIP call id “{ident}”.</source>
        <translation>Không tìm thấy cuộc gọi nào có mã hoặc SIP call id “{ident}”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="146"/>
        <source>Call of {time}</source>
        <translation>Cuộc gọi lúc {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="153"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="154"/>
        <source>Direction</source>
        <translation>Chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="156"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="157"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="158"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="159"/>
        <source>Ring group or queue</source>
        <translation>Nhóm đổ chuông hoặc hàng đợi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="160"/>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="161"/>
        <source>Started at</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="162"/>
        <source>Ringing from</source>
        <translation>Đổ chuông từ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="163"/>
        <source>Answered at</source>
        <translation>Nghe máy lúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="164"/>
        <source>Ended at</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="165"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="166"/>
        <source>Talk time (billed)</source>
        <translation>Thời gian đàm thoại (tính cước)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="167"/>
        <source>Hang-up cause</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="168"/>
        <source>Recording</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="169"/>
        <source>Call id</source>
        <translation>Mã cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="170"/>
        <source>SIP call id</source>
        <translation>SIP call id</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="227"/>
        <source>Call details</source>
        <translation>Chi tiết cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="228"/>
        <source>Play recording</source>
        <translation>Nghe ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="229"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/cdr_detail.py" line="230"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CdrExport</name>
    <message>
        <location filename="../../agent_desktop/core/cdr_export.py" line="166"/>
        <source>The file could not be written: {reason}</source>
        <translation>Không ghi được tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>CdrTableModel</name>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="69"/>
        <source>Inbound</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="70"/>
        <source>Outbound</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="71"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="78"/>
        <source>Answered</source>
        <translation>Đã nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="79"/>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="80"/>
        <source>Not answered</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="81"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="82"/>
        <source>Unreachable</source>
        <translation>Không liên lạc được</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="83"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="139"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="140"/>
        <source>Direction</source>
        <translation>Chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="141"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="142"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="143"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="144"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="145"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="146"/>
        <source>Recording</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="150"/>
        <source>Has a recording: double-click or Enter plays it</source>
        <translation>Có ghi âm: nhấp đúp hoặc nhấn Enter để nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_model.py" line="151"/>
        <source>Double-click or Enter calls this number</source>
        <translation>Nhấp đúp hoặc nhấn Enter để gọi số này</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="138"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="163"/>
        <source>Never</source>
        <translation>Chưa cập nhật</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="169"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="182"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="182"/>
        <source>Code:</source>
        <translation>Mã khách hàng:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="183"/>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="184"/>
        <source>Contract:</source>
        <translation>Mã hợp đồng:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="185"/>
        <source>Campaign:</source>
        <translation>Chiến dịch:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="185"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="186"/>
        <source>Created:</source>
        <translation>Ngày tạo:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="186"/>
        <source>Updated:</source>
        <translation>Cập nhật lần cuối:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="187"/>
        <source>Customer ID:</source>
        <translation>ID khách hàng:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="189"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="190"/>
        <source>Call this customer: your phone rings first</source>
        <translation>Gọi khách hàng này: máy của bạn sẽ đổ chuông trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="191"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="192"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="161"/>
        <source>Adding the customer…</source>
        <translation>Đang thêm khách hàng…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="225"/>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="226"/>
        <source>&amp;Campaign ID:</source>
        <translation>ID &amp;chiến dịch:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="227"/>
        <source>Customer c&amp;ode:</source>
        <translation>&amp;Mã khách hàng:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="228"/>
        <source>&amp;Phone number:</source>
        <translation>&amp;Số điện thoại:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="229"/>
        <source>Con&amp;tract number:</source>
        <translation>Mã &amp;hợp đồng:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="230"/>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Tên (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="233"/>
        <source>The campaign&apos;s ID on the PBX</source>
        <translation>ID của chiến dịch trên tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="234"/>
        <source>e.g. KH0081</source>
        <translation>ví dụ KH0081</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="235"/>
        <source>e.g. 0899 098 899</source>
        <translation>ví dụ 0899 098 899</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="236"/>
        <source>e.g. HD123456</source>
        <translation>ví dụ HD123456</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="238"/>
        <source>A mobile: 0 and 9 digits, e.g. 0899 098 899. The PBX refuses 84 followed by 9 digits: write 0… instead.</source>
        <translation>Số di động: số 0 và 9 chữ số, ví dụ 0899 098 899. Tổng đài không nhận số 84 kèm 9 chữ số: hãy nhập số bắt đầu bằng 0.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="240"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="244"/>
        <source>Add customer</source>
        <translation>Thêm khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customer_form.py" line="244"/>
        <source>Adding…</source>
        <translation>Đang thêm…</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="108"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="108"/>
        <source>Code</source>
        <translation>Mã KH</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="108"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="109"/>
        <source>Contract</source>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="109"/>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="109"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="110"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_model.py" line="110"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="415"/>
        <source>Call {number}</source>
        <translation>Gọi {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="418"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="423"/>
        <source>Copy number</source>
        <translation>Sao chép số</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="524"/>
        <source>Loading customers…</source>
        <translation>Đang tải danh sách khách hàng…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="526"/>
        <source>The customers could not be loaded.</source>
        <translation>Không tải được danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="527"/>
        <source>No customers loaded yet.</source>
        <translation>Chưa tải khách hàng nào.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="529"/>
        <source>No customers on this page match the search.</source>
        <translation>Không có khách hàng nào trên trang này khớp với từ khóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="531"/>
        <source>No customers on this page. Go back with Previous.</source>
        <translation>Trang này không có khách hàng. Bấm Trang trước để quay lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="533"/>
        <source>This campaign has no customers.</source>
        <translation>Chiến dịch này chưa có khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="535"/>
        <source>No customers yet.</source>
        <translation>Chưa có khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="544"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="549"/>
        <source>0 of {total}</source>
        <translation>0 / {total}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="551"/>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} / {total}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="578"/>
        <source>All campaigns</source>
        <translation>Tất cả chiến dịch</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="581"/>
        <source>Choose a campaign, or type its ID and press Enter</source>
        <translation>Chọn một chiến dịch, hoặc nhập ID chiến dịch rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="582"/>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="583"/>
        <source>Search this page by name, code, phone or contract</source>
        <translation>Tìm trên trang này theo tên, mã, số điện thoại hoặc hợp đồng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="584"/>
        <source>Search customers</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="585"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="586"/>
        <source>New customer…</source>
        <translation>Thêm khách hàng…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="587"/>
        <source>Add a customer to a campaign</source>
        <translation>Thêm khách hàng vào một chiến dịch</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="588"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="589"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="590"/>
        <source>Call the selected customer: your phone rings first</source>
        <translation>Gọi khách hàng đang chọn: máy của bạn sẽ đổ chuông trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="591"/>
        <source>Previous</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="592"/>
        <source>Next</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/customers_view.py" line="593"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="281"/>
        <source>{number}: {message}</source>
        <translation>{number}: {message}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="291"/>
        <source>Call placed to {number}</source>
        <translation>Đã thực hiện cuộc gọi tới {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="309"/>
        <source>You called {number} {seconds} s ago. Call again?</source>
        <translation>Bạn vừa gọi {number} {seconds} giây trước. Gọi lại?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="317"/>
        <source>{number} was called a moment ago; not calling it twice.</source>
        <translation>{number} vừa được gọi; không gọi lần thứ hai.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="329"/>
        <source>Ringing your phone ({extension})… pick it up to call {number}</source>
        <translation>Đang đổ chuông máy của bạn ({extension})… hãy nhấc máy để gọi {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="331"/>
        <source>Ringing your phone… pick it up to call {number}</source>
        <translation>Đang đổ chuông máy của bạn… hãy nhấc máy để gọi {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="336"/>
        <source>Calling {number} — your phone ({extension}) rings first…</source>
        <translation>Đang gọi {number} — điện thoại của bạn ({extension}) sẽ đổ chuông trước…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="338"/>
        <source>Calling {number} — your phone rings first…</source>
        <translation>Đang gọi {number} — điện thoại của bạn sẽ đổ chuông trước…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="434"/>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="435"/>
        <source>Number to call</source>
        <translation>Số cần gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="436"/>
        <source>Type or paste a number, then press Enter. Esc clears. Ctrl+L comes back here.</source>
        <translation>Nhập hoặc dán số rồi nhấn Enter. Esc để xóa. Ctrl+L để quay lại ô này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="438"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="439"/>
        <source>Call this number (Enter)</source>
        <translation>Gọi số này (Enter)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="440"/>
        <source>Call (my phone rings first)</source>
        <translation>Gọi (điện thoại của tôi đổ chuông trước)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="441"/>
        <source>Call and wait for my phone</source>
        <translation>Gọi và chờ tôi nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="442"/>
        <source>Call again</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="443"/>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="444"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="445"/>
        <source>Stop waiting for your phone</source>
        <translation>Ngừng chờ điện thoại của bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="446"/>
        <source>Dial…</source>
        <translation>Gọi số…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="456"/>
        <source>Wait for me</source>
        <translation>Chờ tôi nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="457"/>
        <source>Ring me first</source>
        <translation>Đổ chuông máy tôi trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="462"/>
        <source>How the next call is placed: {mode}</source>
        <translation>Cách thực hiện cuộc gọi tiếp theo: {mode}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_bar.py" line="464"/>
        <source>Call mode</source>
        <translation>Cách gọi</translation>
    </message>
</context>
<context>
    <name>DialToast</name>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="134"/>
        <source>Click-to-call</source>
        <translation>Gọi nhanh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="135"/>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="140"/>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="141"/>
        <source>Call {number}?</source>
        <translation>Gọi {number}?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="137"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="138"/>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="139"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="147"/>
        <source>from a link</source>
        <translation>từ một liên kết</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="149"/>
        <source>from the clipboard</source>
        <translation>từ bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="151"/>
        <source>from the command line</source>
        <translation>từ dòng lệnh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/dial_toast.py" line="152"/>
        <source>from another app</source>
        <translation>từ ứng dụng khác</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="125"/>
        <source>{ext} ({name})</source>
        <translation>{ext} ({name})</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="151"/>
        <source>{ext} · {name}</source>
        <translation>{ext} · {name}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="163"/>
        <source>Filter by number or extension</source>
        <translation>Lọc theo số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="164"/>
        <source>Filter calls</source>
        <translation>Lọc cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="165"/>
        <source>All agents</source>
        <translation>Tất cả nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="168"/>
        <source>Only the calls of one agent</source>
        <translation>Chỉ cuộc gọi của một nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="169"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="170"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="171"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="172"/>
        <source>All directions</source>
        <translation>Mọi chiều</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="172"/>
        <source>Inbound</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="173"/>
        <source>Outbound</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="173"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="175"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="175"/>
        <source>Ringing</source>
        <translation>Đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="175"/>
        <source>Dialing</source>
        <translation>Đang gọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="176"/>
        <source>Talking</source>
        <translation>Đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="176"/>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="176"/>
        <source>In IVR</source>
        <translation>Trong IVR</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="177"/>
        <source>Transferring</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_bars.py" line="177"/>
        <source>Ending</source>
        <translation>Đang kết thúc</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="135"/>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="135"/>
        <source>t&amp;o</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="135"/>
        <source>&amp;Direction</source>
        <translation>&amp;Chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="136"/>
        <source>At &amp;least</source>
        <translation>&amp;Tối thiểu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="136"/>
        <source>E&amp;xtension</source>
        <translation>&amp;Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="136"/>
        <source>&amp;Phone</source>
        <translation>&amp;Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="139"/>
        <source>The first day of calls to show</source>
        <translation>Ngày đầu tiên của các cuộc gọi cần xem</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="140"/>
        <source>The last day of calls to show (included)</source>
        <translation>Ngày cuối cùng của các cuộc gọi cần xem (tính cả ngày này)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="141"/>
        <source>Any direction</source>
        <translation>Mọi chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="141"/>
        <source>Inbound</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="141"/>
        <source>Outbound</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="142"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="145"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="146"/>
        <source>any length</source>
        <translation>mọi thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="147"/>
        <source>Only calls at least this many seconds long</source>
        <translation>Chỉ các cuộc gọi dài ít nhất bấy nhiêu giây</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="148"/>
        <source>Any extension</source>
        <translation>Mọi máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="149"/>
        <source>Any number, e.g. 0899 888 999</source>
        <translation>Mọi số, ví dụ 0899 888 999</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="150"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="151"/>
        <source>Show the calls matching these filters (Enter)</source>
        <translation>Hiện các cuộc gọi khớp bộ lọc (Enter)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="152"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_filters.py" line="153"/>
        <source>Back to every call of the last 7 days</source>
        <translation>Quay về mọi cuộc gọi trong 7 ngày qua</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="214"/>
        <source>The first day is after the last day.</source>
        <translation>Ngày bắt đầu đang sau ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="271"/>
        <source>Log in to see the call history.</source>
        <translation>Đăng nhập để xem lịch sử cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="273"/>
        <source>Loading calls…</source>
        <translation>Đang tải cuộc gọi…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="275"/>
        <source>The calls could not be loaded.</source>
        <translation>Không tải được danh sách cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="277"/>
        <source>No calls match these filters</source>
        <translation>Không có cuộc gọi nào khớp bộ lọc này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="296"/>
        <source>Page {page} of {pages} · {calls}</source>
        <translation>Trang {page}/{pages} · {calls}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="300"/>
        <source>Page {page} · loading…</source>
        <translation>Trang {page} · đang tải…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="302"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="306"/>
        <source>{shown} of {total} calls</source>
        <translation>{shown}/{total} cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="310"/>
        <source>{count} · loading more…</source>
        <translation>{count} · đang tải thêm…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="316"/>
        <source>1 call</source>
        <translation>1 cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="317"/>
        <source>{count} calls</source>
        <translation>{count} cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="361"/>
        <source>Call {number}</source>
        <translation>Gọi {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="365"/>
        <location filename="../../agent_desktop/ui/history_view.py" line="488"/>
        <source>Play recording</source>
        <translation>Nghe ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="366"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="369"/>
        <source>Copy {number}</source>
        <translation>Sao chép {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="371"/>
        <source>Copy call id</source>
        <translation>Sao chép mã cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="426"/>
        <source>Export calls as CSV</source>
        <translation>Xuất cuộc gọi ra tệp CSV</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="427"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="442"/>
        <source>Exporting calls…</source>
        <translation>Đang xuất cuộc gọi…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="452"/>
        <source>Exporting: {written} of {total} calls</source>
        <translation>Đang xuất: {written}/{total} cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="460"/>
        <source>Saved {calls} to {file}.</source>
        <translation>Đã lưu {calls} vào {file}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="464"/>
        <source>The export failed: {reason} No file was written.</source>
        <translation>Xuất tệp thất bại: {reason} Không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="468"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất tệp; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="480"/>
        <source>Scroll</source>
        <translation>Cuộn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="481"/>
        <source>Load more calls as you scroll down</source>
        <translation>Tải thêm cuộc gọi khi cuộn xuống</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="482"/>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="483"/>
        <source>Show the calls a page at a time</source>
        <translation>Hiện cuộc gọi theo từng trang</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="484"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="485"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="486"/>
        <source>Find by id or SIP call id</source>
        <translation>Tìm theo mã cuộc gọi hoặc SIP call id</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="487"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="489"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="490"/>
        <source>Save every call matching the filters as a CSV file</source>
        <translation>Lưu mọi cuộc gọi khớp bộ lọc thành tệp CSV</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="492"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="493"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="494"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/history_view.py" line="495"/>
        <source>Call history</source>
        <translation>Lịch sử cuộc gọi</translation>
    </message>
</context>
<context>
    <name>HookTableModel</name>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="111"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="111"/>
        <source>Sent when</source>
        <translation>Gửi khi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="111"/>
        <source>Callback URL</source>
        <translation>Callback URL</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="112"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="145"/>
        <source>never (unknown event)</source>
        <translation>không bao giờ (sự kiện không hợp lệ)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="147"/>
        <source>{url} (this desktop)</source>
        <translation>{url} (máy này)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="149"/>
        <source>set</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="149"/>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="155"/>
        <source>The PBX posts to the callback URL when {meaning}.</source>
        <translation>Tổng đài gửi tới callback URL khi {meaning}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="158"/>
        <source>{url}
This desktop&apos;s event receiver</source>
        <translation>{url}
Bộ nhận sự kiện của máy này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="160"/>
        <source>The PBX sends an API key with each event (header X-Api-Key)</source>
        <translation>Tổng đài gửi kèm API key với mỗi sự kiện (header X-Api-Key)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_model.py" line="161"/>
        <source>The PBX sends no API key with these events</source>
        <translation>Tổng đài không gửi API key với các sự kiện này</translation>
    </message>
</context>
<context>
    <name>HooksView</name>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="249"/>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="434"/>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="449"/>
        <source>Delete</source>
        <extracomment>The local event receiver&apos;s URL and api key, or None while it is off in the settings.</extracomment>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="249"/>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="450"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="253"/>
        <source>Delete the “{event}” hook to {url}? The PBX stops posting this event there.</source>
        <translation>Xoá hook “{event}” tới {url}? Tổng đài sẽ ngừng gửi sự kiện này tới đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="273"/>
        <source>Deleting the hook…</source>
        <translation>Đang xoá hook…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="289"/>
        <source>Adding the hook…</source>
        <translation>Đang thêm hook…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="299"/>
        <source>Hooking this desktop…</source>
        <translation>Đang hook về máy này…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="308"/>
        <source>Unhooking this desktop…</source>
        <translation>Đang gỡ hook máy này…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="312"/>
        <source>Turn on the event receiver in Settings first. Nothing was sent.</source>
        <translation>Hãy bật bộ nhận sự kiện trong Cài đặt trước. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="372"/>
        <source>No event hooks yet. Add one below, or hook this desktop.</source>
        <translation>Chưa có event hook nào. Thêm hook ở bên dưới, hoặc hook về máy này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="373"/>
        <source>Not read from the PBX yet.</source>
        <translation>Chưa đọc từ tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="381"/>
        <source>Event receiver: off</source>
        <translation>Bộ nhận sự kiện: đang tắt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="384"/>
        <source>Event receiver: {url} · {count} of 4 events hooked</source>
        <translation>Bộ nhận sự kiện: {url} · đã hook {count}/4 sự kiện</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="400"/>
        <source>Sent when {meaning}.</source>
        <translation>Gửi khi {meaning}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="426"/>
        <source>The PBX posts each call event to the callback URLs below (webhooks): to your CRM, or to this desktop&apos;s event receiver.</source>
        <translation>Tổng đài gửi từng sự kiện cuộc gọi tới các callback URL dưới đây (webhook): tới CRM của bạn, hoặc tới bộ nhận sự kiện của máy này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="428"/>
        <source>Hook this desktop</source>
        <translation>Hook về máy này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="429"/>
        <source>Have the PBX post ringing, answered, hangup and cdr to this desktop&apos;s event receiver</source>
        <translation>Để tổng đài gửi ringing, answered, hangup và cdr tới bộ nhận sự kiện của máy này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="431"/>
        <source>Unhook this desktop</source>
        <translation>Gỡ hook máy này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="432"/>
        <source>Delete the hooks that post to this desktop&apos;s event receiver</source>
        <translation>Xoá các hook đang gửi tới bộ nhận sự kiện của máy này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="435"/>
        <source>Delete the selected hook (Del)</source>
        <translation>Xoá hook đang chọn (Del)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="437"/>
        <source>Event hooks</source>
        <translation>Event hook</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="438"/>
        <source>Add a hook</source>
        <translation>Thêm hook</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="440"/>
        <source>Optional: sent as the X-Api-Key header</source>
        <translation>Không bắt buộc: gửi trong header X-Api-Key</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="441"/>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback URL:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="442"/>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="443"/>
        <source>&amp;Event:</source>
        <translation>&amp;Sự kiện:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="444"/>
        <source>Add hook</source>
        <translation>Thêm hook</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="464"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="464"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/hooks_view.py" line="469"/>
        <source>Read the hooks from the PBX again</source>
        <translation>Đọc lại danh sách hook từ tổng đài</translation>
    </message>
</context>
<context>
    <name>HourlyChart</name>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="74"/>
        <source>Answered</source>
        <translation>Đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="75"/>
        <source>No answer</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="76"/>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="77"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="78"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="187"/>
        <source>Calls per hour today</source>
        <translation>Cuộc gọi theo giờ hôm nay</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="327"/>
        <source>No calls yet today</source>
        <translation>Hôm nay chưa có cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="375"/>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/charts.py" line="407"/>
        <source>Hour of the day</source>
        <translation>Giờ trong ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/charts.py" line="433"/>
        <source>%n call</source>
        <translation>
            <numerusform>%n cuộc gọi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/charts.py" line="433"/>
        <source>%n calls</source>
        <translation>
            <numerusform>%n cuộc gọi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="431"/>
        <location filename="../../agent_desktop/ui/popup.py" line="433"/>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="432"/>
        <source>Incoming call — to {to}</source>
        <translation>Cuộc gọi đến — máy {to}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="434"/>
        <location filename="../../agent_desktop/ui/popup.py" line="450"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="435"/>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="437"/>
        <source>Customer {code}</source>
        <translation>Khách hàng {code}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="439"/>
        <source>Code {code}</source>
        <translation>Mã {code}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="443"/>
        <source>Open in CRM</source>
        <translation>Mở trong CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="446"/>
        <source>Set a CRM address in Settings</source>
        <translation>Hãy nhập địa chỉ CRM trong phần Cài đặt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="447"/>
        <location filename="../../agent_desktop/ui/popup.py" line="507"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="448"/>
        <source>Copy number</source>
        <translation>Sao chép số</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="449"/>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="451"/>
        <source>Incoming call from {number}</source>
        <translation>Cuộc gọi đến từ {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="459"/>
        <source>Last calls</source>
        <translation>Các cuộc gọi gần đây</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/popup.py" line="461"/>
        <source>%n in all</source>
        <translation>
            <numerusform>tổng cộng %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="463"/>
        <source>Looking up earlier calls…</source>
        <translation>Đang tìm các cuộc gọi trước…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="464"/>
        <source>Earlier calls could not be loaded</source>
        <translation>Không tải được các cuộc gọi trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="466"/>
        <source>No earlier calls with this number</source>
        <translation>Chưa có cuộc gọi nào với số này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="469"/>
        <source>Incoming</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="469"/>
        <source>Outgoing</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="470"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="483"/>
        <source>ext. {ext}</source>
        <translation>máy {ext}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/popup.py" line="487"/>
        <source>ringing {time}</source>
        <translation>đổ chuông {time}</translation>
    </message>
</context>
<context>
    <name>LiveCallModel</name>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="260"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="261"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="262"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="263"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="264"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="265"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="268"/>
        <source>Inbound</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="269"/>
        <source>Outbound</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="270"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="273"/>
        <source>Starting</source>
        <translation>Đang khởi tạo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="274"/>
        <source>Ringing</source>
        <translation>Đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="275"/>
        <source>Dialing</source>
        <translation>Đang gọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="276"/>
        <source>Talking</source>
        <translation>Đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="277"/>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="278"/>
        <source>Parked</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="279"/>
        <source>In IVR</source>
        <translation>Trong IVR</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="280"/>
        <source>Transferring</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="281"/>
        <source>Ending</source>
        <translation>Đang kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="283"/>
        <source>Unknown ({state})</source>
        <translation>Không xác định ({state})</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_model.py" line="284"/>
        <source>State: {state}
Call ID: {call_id}</source>
        <translation>Trạng thái: {state}
Mã cuộc gọi: {call_id}</translation>
    </message>
</context>
<context>
    <name>LiveCallsView</name>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="111"/>
        <source>%n call</source>
        <translation>%n cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="112"/>
        <source>%n calls</source>
        <translation>%n cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="114"/>
        <source>{shown} of 1 call</source>
        <translation>{shown} trên 1 cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="116"/>
        <source>{shown} of {total} calls</source>
        <translation>{shown} trên {total} cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="367"/>
        <source>No calls right now</source>
        <translation>Hiện không có cuộc gọi nào</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="368"/>
        <source>No calls match the filter</source>
        <translation>Không có cuộc gọi nào khớp bộ lọc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="417"/>
        <source>Call {number}</source>
        <translation>Gọi {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="422"/>
        <source>Copy {number}</source>
        <translation>Sao chép {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="450"/>
        <source>Filter by number or extension</source>
        <translation>Lọc theo số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="451"/>
        <source>Filter calls</source>
        <translation>Lọc cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="452"/>
        <source>My calls</source>
        <translation>Cuộc gọi của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="453"/>
        <source>Only the calls of your extension</source>
        <translation>Chỉ các cuộc gọi của máy nhánh bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="454"/>
        <source>All calls</source>
        <translation>Tất cả cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="455"/>
        <source>Every call on the PBX</source>
        <translation>Mọi cuộc gọi trên tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="456"/>
        <source>Live calls</source>
        <translation>Cuộc gọi hiện tại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/call_table.py" line="457"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="120"/>
        <source>Log in — agent-desktop</source>
        <translation>Đăng nhập — agent-desktop</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="121"/>
        <source>Log in to your PBX</source>
        <translation>Đăng nhập vào tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="122"/>
        <source>PBX</source>
        <translation>Tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="123"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="126"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="127"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="130"/>
        <source>The API key is in OMICall&apos;s web portal. OMICall&apos;s API places calls only: live calls, history and the supervisor&apos;s views are not available.</source>
        <translation>API key nằm trong trang quản trị web của OMICall. API của OMICall chỉ thực hiện cuộc gọi: không có cuộc gọi trực tiếp, lịch sử cuộc gọi và các màn hình giám sát.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="133"/>
        <source>User id</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="134"/>
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="137"/>
        <source>Your user id (such as 101_1111112) and the app&apos;s secret are in TeleCMI&apos;s admin portal. TeleCMI&apos;s API places calls only: live calls, history and the supervisor&apos;s views are not available.</source>
        <translation>User id (ví dụ 101_1111112) và app secret nằm trong trang quản trị của TeleCMI. API của TeleCMI chỉ thực hiện cuộc gọi: không có cuộc gọi trực tiếp, lịch sử cuộc gọi và các màn hình giám sát.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="141"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="142"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="143"/>
        <source>https://pbx.example.com</source>
        <translation>https://tongdai.congty.vn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="147"/>
        <source>Plain http:// is allowed for servers outside this computer: on such an address your password and calls cross the network unencrypted. Turn it off in the settings.</source>
        <translation>Đang cho phép http:// không mã hóa tới máy chủ bên ngoài máy tính này: với địa chỉ như vậy, mật khẩu và cuộc gọi của bạn đi qua mạng mà không được mã hóa. Hãy tắt tùy chọn này trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="149"/>
        <source>Remember me on this computer</source>
        <translation>Ghi nhớ đăng nhập trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="151"/>
        <source>No system keyring is available, so the password cannot be remembered safely.</source>
        <translation>Máy tính không có kho khóa bảo mật của hệ thống nên không thể ghi nhớ mật khẩu an toàn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="152"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="153"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="163"/>
        <source>Please fill in every field: {fields}.</source>
        <translation>Vui lòng điền đủ các ô: {fields}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/login_dialog.py" line="180"/>
        <source>Logging in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="220"/>
        <source>Live calls</source>
        <extracomment>The capabilities (any of them) a page&apos;s view needs from the vendor&apos;s API.</extracomment>
        <translation>Cuộc gọi hiện tại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="221"/>
        <source>History</source>
        <translation>Lịch sử cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="222"/>
        <location filename="../../agent_desktop/ui/main_window.py" line="241"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="223"/>
        <location filename="../../agent_desktop/ui/main_window.py" line="273"/>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="224"/>
        <source>Campaigns</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="228"/>
        <source>agent-desktop</source>
        <translation>agent-desktop</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="230"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="232"/>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="237"/>
        <source>No calls right now</source>
        <translation>Hiện không có cuộc gọi nào</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="238"/>
        <source>Calls on the PBX appear here as they ring, connect and end.</source>
        <translation>Các cuộc gọi trên tổng đài hiện ở đây khi đổ chuông, kết nối và kết thúc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="239"/>
        <source>Call history</source>
        <translation>Lịch sử cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="240"/>
        <source>Past calls with their recordings appear here.</source>
        <translation>Các cuộc gọi đã qua cùng file ghi âm hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="242"/>
        <source>Your campaigns&apos; customers appear here.</source>
        <translation>Khách hàng trong các chiến dịch của bạn hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="243"/>
        <source>The floor</source>
        <translation>Toàn sàn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="244"/>
        <source>Every call of the team, to listen, whisper, barge or transfer.</source>
        <translation>Mọi cuộc gọi của đội, để nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="246"/>
        <source>Dialer campaigns</source>
        <translation>Chiến dịch gọi tự động</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="247"/>
        <source>Autodialer and autocall queues appear here.</source>
        <translation>Các hàng đợi autodialer và autocall hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="268"/>
        <source>Not logged in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="273"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="274"/>
        <source>phone logged in</source>
        <translation>điện thoại đã đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="274"/>
        <source>phone not logged in</source>
        <translation>điện thoại chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="276"/>
        <source>Extension {ext}</source>
        <translation>Máy nhánh {ext}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="295"/>
        <source>No live calls from {vendor}</source>
        <translation>Không có cuộc gọi trực tiếp từ {vendor}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="296"/>
        <source>{vendor}&apos;s API has no list of the calls on the PBX, so there are no live calls or call popups here. Calling works: type a number above, your phone rings first, then the customer.</source>
        <translation>API của {vendor} không cung cấp danh sách cuộc gọi trên tổng đài, nên ở đây không có cuộc gọi trực tiếp hay cửa sổ báo cuộc gọi. Vẫn gọi được: nhập số ở trên, điện thoại của bạn đổ chuông trước, rồi đến khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="300"/>
        <source>No call history from {vendor}</source>
        <translation>Không có lịch sử cuộc gọi từ {vendor}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="301"/>
        <source>{vendor}&apos;s API has no call records; see your calls in its own portal.</source>
        <translation>API của {vendor} không cung cấp lịch sử cuộc gọi; hãy xem cuộc gọi trên trang quản trị của {vendor}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="303"/>
        <source>No customers from {vendor}</source>
        <translation>Không có danh sách khách hàng từ {vendor}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="304"/>
        <source>{vendor}&apos;s API has no customer list.</source>
        <translation>API của {vendor} không cung cấp danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="305"/>
        <source>No supervisor tools for {vendor}</source>
        <translation>Không có công cụ giám sát cho {vendor}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="306"/>
        <source>{vendor}&apos;s API cannot listen to, whisper to, barge in on or transfer calls.</source>
        <translation>API của {vendor} không hỗ trợ nghe lén, nhắc nhỏ, chen ngang hay chuyển cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="308"/>
        <source>No campaigns for {vendor}</source>
        <translation>Không có chiến dịch cho {vendor}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="309"/>
        <source>{vendor}&apos;s API has no dialer campaigns.</source>
        <translation>API của {vendor} không hỗ trợ chiến dịch gọi tự động.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="317"/>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="319"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="323"/>
        <source>Offline — retrying in {seconds} s. {reason}</source>
        <translation>Mất kết nối — thử lại sau {seconds} giây. {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="325"/>
        <source>Connection problem: {reason}</source>
        <translation>Sự cố kết nối: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="326"/>
        <source>Connected to {server}</source>
        <translation>Đã kết nối tới {server}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/main_window.py" line="335"/>
        <source>updated just now</source>
        <translation>vừa cập nhật</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/main_window.py" line="337"/>
        <source>data from %n min ago</source>
        <translation>
            <numerusform>dữ liệu từ %n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/main_window.py" line="339"/>
        <source>updated %n s ago</source>
        <translation>
            <numerusform>cập nhật %n giây trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/main_window.py" line="341"/>
        <source>updated %n min ago</source>
        <translation>
            <numerusform>cập nhật %n phút trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedCallsPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="61"/>
        <source>Mark as seen</source>
        <translation>Đánh dấu đã xem</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="62"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="63"/>
        <source>Double-click or press Enter to call back</source>
        <translation>Nhấp đúp hoặc nhấn Enter để gọi lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/missed_calls.py" line="75"/>
        <source>Missed calls (%n new)</source>
        <translation>
            <numerusform>Cuộc gọi nhỡ (%n mới)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="77"/>
        <source>Missed calls</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="82"/>
        <source>No missed calls</source>
        <translation>Không có cuộc gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="88"/>
        <source>{when}  {number}  → {extension}</source>
        <translation>{when}  {number}  → {extension}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/missed_calls.py" line="92"/>
        <source>(while offline)</source>
        <translation>(khi mất kết nối)</translation>
    </message>
</context>
<context>
    <name>MoreRingingCard</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/popup_stack.py" line="52"/>
        <source>+%n more ringing</source>
        <translation>
            <numerusform>+%n cuộc gọi khác đang đổ chuông</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="680"/>
        <source>Recording — {call}</source>
        <translation>Ghi âm — {call}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="681"/>
        <source>Recording</source>
        <translation>Ghi âm</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="109"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="111"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="115"/>
        <source>{column} → {field}</source>
        <translation>{column} → {field}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="124"/>
        <source>Taken by the PBX</source>
        <translation>Tổng đài đã nhận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="126"/>
        <source>Refused by the PBX</source>
        <translation>Tổng đài từ chối</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_import_view.py" line="129"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="86"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="86"/>
        <source>Queue code</source>
        <translation>Mã hàng đợi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="86"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="86"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="87"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="87"/>
        <source>Taken</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="87"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="88"/>
        <source>Blocked</source>
        <translation>Đã chặn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="91"/>
        <source>Autodialer</source>
        <translation>Autodialer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="92"/>
        <source>Autocall</source>
        <translation>Autocall</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="95"/>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="96"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/campaign_queues.py" line="97"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="329"/>
        <source>No recording for this call</source>
        <translation>Cuộc gọi này không có ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="331"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="407"/>
        <source>Save the recording</source>
        <translation>Lưu file ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="414"/>
        <source>Audio files (*{suffix})</source>
        <translation>File âm thanh (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="415"/>
        <source>All files (*)</source>
        <translation>Tất cả các file (*)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="438"/>
        <source>Could not save the recording: {reason}</source>
        <translation>Không lưu được file ghi âm: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="441"/>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="471"/>
        <location filename="../../agent_desktop/ui/recording_player.py" line="487"/>
        <source>Could not load the recording: {reason}</source>
        <translation>Không tải được file ghi âm: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="549"/>
        <source>unknown format</source>
        <translation>định dạng không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="551"/>
        <source>Could not play the recording: {reason}</source>
        <translation>Không phát được file ghi âm: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="608"/>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="610"/>
        <source>&amp;Speed</source>
        <translation>&amp;Tốc độ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="611"/>
        <source>Playback speed</source>
        <translation>Tốc độ phát</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="612"/>
        <location filename="../../agent_desktop/ui/recording_player.py" line="613"/>
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="614"/>
        <source>Drag or click to jump in the recording</source>
        <translation>Kéo hoặc bấm để tua đến vị trí trong file ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="615"/>
        <source>Position in the recording</source>
        <translation>Vị trí trong file ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="616"/>
        <source>Open outside</source>
        <translation>Mở bằng ứng dụng khác</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="617"/>
        <source>Play the recording in your own player or browser</source>
        <translation>Nghe file ghi âm bằng trình phát hoặc trình duyệt của bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="618"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="619"/>
        <source>Save the recording as a file</source>
        <translation>Lưu file ghi âm về máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="628"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="628"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/recording_player.py" line="630"/>
        <source>{action} (Space)</source>
        <translation>{action} (phím cách)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="338"/>
        <source>Connection security</source>
        <translation>Bảo mật kết nối</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="340"/>
        <source>Allow plain http:// to a PBX outside this computer (unsafe)</source>
        <translation>Cho phép http:// không mã hóa tới tổng đài bên ngoài máy tính này (không an toàn)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="342"/>
        <source>Only for a PBX that has no https://. Servers on this computer (127.0.0.1, localhost) never need it.</source>
        <translation>Chỉ dùng cho tổng đài không có https://. Máy chủ trên chính máy tính này (127.0.0.1, localhost) không cần bật tùy chọn này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="345"/>
        <source>On an http:// address your password, the session&apos;s token and your calls cross the network unencrypted: anyone on the way can read them and act as you.</source>
        <translation>Với địa chỉ http://, mật khẩu, token phiên đăng nhập và cuộc gọi của bạn đi qua mạng mà không được mã hóa: bất kỳ ai trên đường truyền đều có thể đọc được và mạo danh bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="349"/>
        <source>Settings — agent-desktop</source>
        <translation>Cài đặt — agent-desktop</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="351"/>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="385"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="352"/>
        <source>Refresh live calls every</source>
        <translation>Làm mới cuộc gọi sau mỗi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="353"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="354"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="355"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="356"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="357"/>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="358"/>
        <source>Start when I log in to the computer</source>
        <translation>Tự khởi động khi đăng nhập máy tính</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="359"/>
        <source>Start hidden in the tray</source>
        <translation>Khởi động ẩn dưới khay hệ thống</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="360"/>
        <source>Use for phone links (tel:, callto:)</source>
        <translation>Dùng để mở liên kết số điện thoại (tel:, callto:)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="362"/>
        <source>Clicking a phone number link in the browser or another app calls it from here.</source>
        <translation>Khi bấm vào liên kết số điện thoại trong trình duyệt hoặc ứng dụng khác, cuộc gọi sẽ được thực hiện từ ứng dụng này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="363"/>
        <source>When a call rings for me</source>
        <translation>Khi có cuộc gọi đến tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="364"/>
        <source>Show a tray notification</source>
        <translation>Hiện thông báo ở khay hệ thống</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="365"/>
        <source>Show the call popup</source>
        <translation>Hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="366"/>
        <source>Play a sound</source>
        <translation>Phát âm báo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="367"/>
        <source>Also for my ring groups</source>
        <translation>Cả nhóm đổ chuông của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="368"/>
        <source>e.g. 600, 601</source>
        <translation>ví dụ 600, 601</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="370"/>
        <source>Calls to these ring groups or queues ring for you too, when the PBX shows them under the group&apos;s number.</source>
        <translation>Cuộc gọi tới các nhóm đổ chuông hoặc hàng đợi này cũng báo cho bạn, khi tổng đài hiển thị chúng theo số của nhóm.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="372"/>
        <source>Open in CRM</source>
        <translation>Mở trong CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="373"/>
        <source>For supervisors</source>
        <translation>Dành cho giám sát</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="374"/>
        <source>Highlight calls longer than</source>
        <translation>Tô sáng cuộc gọi dài hơn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="375"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="376"/>
        <source>Agents on the board</source>
        <translation>Nhân viên trên bảng theo dõi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="377"/>
        <source>usernames, e.g. agent101, agent102</source>
        <translation>tên đăng nhập, ví dụ agent101, agent102</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="380"/>
        <source>The web address to open for a call. {phone}, {call_id} and {extension} are replaced by the call&apos;s values.</source>
        <translation>Địa chỉ web mở ra cho một cuộc gọi. {phone}, {call_id} và {extension} được thay bằng giá trị của cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="386"/>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="387"/>
        <source>Calling</source>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="388"/>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="389"/>
        <source>Call events from the PBX (webhook)</source>
        <translation>Sự kiện cuộc gọi từ tổng đài (webhook)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="391"/>
        <source>With the receiver on, the PBX tells this app at once when a call rings, is answered or ends, so popups do not wait for the next refresh. The PBX must be able to reach the address below; a supervisor hooks it under Supervisor → Event hooks.</source>
        <translation>Khi bật bộ nhận, tổng đài báo ngay cho ứng dụng khi cuộc gọi đổ chuông, được nghe máy hoặc kết thúc, nên cửa sổ báo cuộc gọi không phải chờ lần làm mới kế tiếp. Tổng đài phải truy cập được địa chỉ bên dưới; giám sát viên đăng ký địa chỉ này trong Giám sát → Event hook.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="394"/>
        <source>Receive call events on this computer</source>
        <translation>Nhận sự kiện cuộc gọi trên máy này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="395"/>
        <source>Listen on address</source>
        <translation>Địa chỉ lắng nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="397"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="398"/>
        <source>Address the PBX calls</source>
        <translation>Địa chỉ tổng đài gửi tới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="399"/>
        <source>This computer&apos;s address (optional)</source>
        <translation>Địa chỉ của máy này (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="401"/>
        <source>Only when the PBX reaches this computer through a tunnel or a reverse proxy.</source>
        <translation>Chỉ cần khi tổng đài truy cập máy này qua tunnel hoặc reverse proxy.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="402"/>
        <source>Api key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="403"/>
        <source>Copy api key</source>
        <translation>Chép khóa API</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="404"/>
        <source>New api key</source>
        <translation>Tạo khóa API mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="405"/>
        <source>Hooks registered with the old key stop working.</source>
        <translation>Các webhook đăng ký bằng khóa cũ sẽ ngừng hoạt động.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="407"/>
        <source>Other computers can reach this address. Only requests carrying the api key are accepted.</source>
        <translation>Máy tính khác có thể truy cập địa chỉ này. Chỉ chấp nhận yêu cầu có khóa API.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="409"/>
        <source>When I call</source>
        <translation>Khi tôi gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="410"/>
        <source>Asynchronous — my phone rings, the app does not wait</source>
        <translation>Không đồng bộ — điện thoại của tôi đổ chuông, ứng dụng không chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="412"/>
        <source>Synchronous — wait until I pick up</source>
        <translation>Đồng bộ — chờ đến khi tôi nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="413"/>
        <source>Hotline</source>
        <translation>Đầu số hotline</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="414"/>
        <source>The PBX&apos;s default</source>
        <translation>Mặc định của tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="415"/>
        <source>The number your calls are made from. Leave it empty to use the PBX&apos;s default.</source>
        <translation>Số dùng để gọi ra. Để trống để dùng mặc định của tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="417"/>
        <source>Links from other apps (tel:, callto:, sip:)</source>
        <translation>Liên kết từ ứng dụng khác (tel:, callto:, sip:)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="418"/>
        <source>Call at once</source>
        <translation>Gọi ngay</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="419"/>
        <source>Ask me first</source>
        <translation>Hỏi tôi trước</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="420"/>
        <source>Pick up my phone automatically</source>
        <translation>Tự động nhấc máy của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="421"/>
        <source>When the app calls, your phone answers by itself (if it supports it).</source>
        <translation>Khi ứng dụng gọi, điện thoại của bạn tự nhấc máy (nếu điện thoại hỗ trợ).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="423"/>
        <source>Caller ID (optional)</source>
        <translation>Số hiển thị (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="424"/>
        <source>Name shown on my phone</source>
        <translation>Tên hiển thị trên điện thoại của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="426"/>
        <source>Number shown on my phone</source>
        <translation>Số hiển thị trên điện thoại của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="427"/>
        <source>My extension</source>
        <translation>Máy nhánh của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="428"/>
        <source>Caller name sent to the customer</source>
        <translation>Tên người gọi gửi tới khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="429"/>
        <source>Caller number sent to the customer</source>
        <translation>Số người gọi gửi tới khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="431"/>
        <source>As the PBX sets it</source>
        <translation>Theo cài đặt của tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="432"/>
        <source>Encode numbers (Base64)</source>
        <translation>Mã hóa số điện thoại (Base64)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="433"/>
        <source>Only when your PBX administrator asks for it.</source>
        <translation>Chỉ bật khi quản trị tổng đài yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="459"/>
        <source>“{field}” must be a phone number: 3 to 15 digits, optionally starting with +.</source>
        <translation>“{field}” phải là số điện thoại: từ 3 đến 15 chữ số, có thể bắt đầu bằng +.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="475"/>
        <source>The receiver&apos;s address must be an IP address such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>Địa chỉ của bộ nhận phải là địa chỉ IP, ví dụ 127.0.0.1 hoặc 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="480"/>
        <source>The address the PBX calls must start with http:// or https://.</source>
        <translation>Địa chỉ tổng đài gửi tới phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="489"/>
        <source>The CRM address must start with http:// or https://.</source>
        <translation>Địa chỉ CRM phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="494"/>
        <source>Ring groups are numbers, separated by commas.</source>
        <translation>Nhóm đổ chuông là các số, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings_dialog.py" line="499"/>
        <source>Agents are usernames without spaces, separated by commas.</source>
        <translation>Nhân viên là tên đăng nhập không có dấu cách, cách nhau bằng dấu phẩy.</translation>
    </message>
</context>
<context>
    <name>SupervisorFilter</name>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="205"/>
        <source>Listening: you hear this call; nobody hears you</source>
        <translation>Đang nghe: bạn nghe cuộc gọi này, không ai nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="206"/>
        <source>Whispering: only the agent hears you</source>
        <translation>Đang nhắc nhỏ: chỉ nhân viên nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="207"/>
        <source>In the call: the agent and the customer hear you</source>
        <translation>Trong cuộc gọi: nhân viên và khách hàng nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="210"/>
        <source>listening</source>
        <translation>đang nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="211"/>
        <source>whispering</source>
        <translation>đang nhắc nhỏ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="212"/>
        <source>in the call</source>
        <translation>trong cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="214"/>
        <source>{direction} · {mark}</source>
        <translation>{direction} · {mark}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_filter.py" line="215"/>
        <source>Longer than {minutes} min</source>
        <translation>Dài hơn {minutes} phút</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="199"/>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="229"/>
        <source>That call has already ended.</source>
        <translation>Cuộc gọi đó đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="238"/>
        <source>Listen to {call}: your phone ({ext}) rings…</source>
        <translation>Nghe {call}: điện thoại của bạn ({ext}) đang đổ chuông…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="239"/>
        <source>Whisper to {call}: your phone ({ext}) rings…</source>
        <translation>Nhắc nhỏ {call}: điện thoại của bạn ({ext}) đang đổ chuông…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="240"/>
        <source>Barge into {call}: your phone ({ext}) rings…</source>
        <translation>Chen ngang {call}: điện thoại của bạn ({ext}) đang đổ chuông…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="241"/>
        <source>Transferring {call} to extension {ext}…</source>
        <translation>Đang chuyển {call} tới máy nhánh {ext}…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="250"/>
        <source>Listening to {call} on extension {ext}. Nobody hears you.</source>
        <translation>Đang nghe {call} trên máy nhánh {ext}. Không ai nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="252"/>
        <source>Whispering to {call} from extension {ext}. Only the agent hears you.</source>
        <translation>Đang nhắc nhỏ {call} từ máy nhánh {ext}. Chỉ nhân viên nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="254"/>
        <source>You are in {call} on extension {ext}. The agent and the customer hear you.</source>
        <translation>Bạn đang trong {call} trên máy nhánh {ext}. Nhân viên và khách hàng nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="256"/>
        <source>Transferred {call} to extension {ext}.</source>
        <translation>Đã chuyển {call} tới máy nhánh {ext}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="289"/>
        <source>the call</source>
        <translation>cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="295"/>
        <source>the call between {first} and {second}</source>
        <translation>cuộc gọi giữa {first} và {second}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="300"/>
        <source>the call of {agent} with {customer}</source>
        <translation>cuộc gọi của {agent} với {customer}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="332"/>
        <source>No calls on the PBX right now</source>
        <translation>Hiện không có cuộc gọi nào trên tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="334"/>
        <source>No calls match the filters</source>
        <translation>Không có cuộc gọi nào khớp bộ lọc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="370"/>
        <source>Listen</source>
        <translation>Nghe lén</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="371"/>
        <source>Listen to the selected call: nobody hears you</source>
        <translation>Nghe cuộc gọi đã chọn: không ai nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="372"/>
        <source>Whisper</source>
        <translation>Nhắc nhỏ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="373"/>
        <source>Talk to the agent of the selected call only</source>
        <translation>Chỉ nói với nhân viên của cuộc gọi đã chọn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="374"/>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="393"/>
        <source>Barge in</source>
        <translation>Chen ngang</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="375"/>
        <source>Join the selected call: the agent and the customer hear you</source>
        <translation>Tham gia cuộc gọi đã chọn: nhân viên và khách hàng nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="376"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="377"/>
        <source>Transfer the selected call to another extension</source>
        <translation>Chuyển cuộc gọi đã chọn sang máy nhánh khác</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="381"/>
        <source>{tip} ({key})</source>
        <translation>{tip} ({key})</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="382"/>
        <source>Call actions</source>
        <translation>Thao tác cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="383"/>
        <source>Calls on the PBX</source>
        <translation>Cuộc gọi trên tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="392"/>
        <source>Barge into {call}? The agent and the customer will both hear you.</source>
        <translation>Chen ngang {call}? Cả nhân viên và khách hàng sẽ nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="393"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_panel.py" line="398"/>
        <source>Longer than {minutes} min</source>
        <translation>Dài hơn {minutes} phút</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="144"/>
        <source>The call is already with extension {ext}.</source>
        <translation>Cuộc gọi đã ở máy nhánh {ext}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="147"/>
        <source>The phone of extension {ext} is not logged in: the PBX will refuse the transfer.</source>
        <translation>Điện thoại của máy nhánh {ext} chưa đăng nhập: tổng đài sẽ từ chối chuyển cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="165"/>
        <source>Transfer call</source>
        <translation>Chuyển cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="166"/>
        <source>Transfer {call} to:</source>
        <translation>Chuyển {call} tới:</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="167"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="168"/>
        <source>phone logged in</source>
        <translation>điện thoại đã đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="168"/>
        <source>phone not logged in</source>
        <translation>điện thoại chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="169"/>
        <source>phone status unknown</source>
        <translation>chưa rõ trạng thái điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="175"/>
        <source>{ext}  {name} — {state}</source>
        <translation>{ext}  {name} — {state}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="177"/>
        <source>{ext} — {state}</source>
        <translation>{ext} — {state}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="178"/>
        <source>&amp;Extension (digits only):</source>
        <translation>&amp;Máy nhánh (chỉ chữ số):</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="179"/>
        <source>e.g. 105</source>
        <translation>ví dụ 105</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="180"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="74"/>
        <source>Not logged in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="79"/>
        <source>Extension {ext}: offline — retrying in {seconds} s</source>
        <translation>Máy nhánh {ext}: mất kết nối — thử lại sau {seconds} giây</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="81"/>
        <source>Extension {ext}: offline — {reason}</source>
        <translation>Máy nhánh {ext}: mất kết nối — {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="84"/>
        <source>Extension {ext}: checking…</source>
        <translation>Máy nhánh {ext}: đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="86"/>
        <source>Extension {ext}: phone logged in</source>
        <translation>Máy nhánh {ext}: điện thoại đã đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="87"/>
        <source>Extension {ext}: phone not logged in</source>
        <translation>Máy nhánh {ext}: điện thoại chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="91"/>
        <source>agent-desktop</source>
        <translation>agent-desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/tray.py" line="93"/>
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n cuộc gọi nhỡ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="108"/>
        <source>Show window</source>
        <translation>Mở cửa sổ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="110"/>
        <source>Dial…</source>
        <translation>Gọi số…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="111"/>
        <source>Dial clipboard</source>
        <translation>Gọi số trong bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="113"/>
        <source>My status</source>
        <translation>Trạng thái của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="117"/>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="120"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="122"/>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="124"/>
        <source>Log in…</source>
        <translation>Đăng nhập…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/tray.py" line="126"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/ui/wallboard.py" line="188"/>
        <source>%n internal</source>
        <translation>
            <numerusform>%n nội bộ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="189"/>
        <source>on the PBX now</source>
        <translation>trên tổng đài lúc này</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="190"/>
        <source>not answered yet</source>
        <translation>chưa được trả lời</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="191"/>
        <source>in conversation</source>
        <translation>đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="192"/>
        <source>waiting on hold</source>
        <translation>đang chờ giữ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="194"/>
        <source>live calls in / out</source>
        <translation>cuộc gọi đến / đi hiện tại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="197"/>
        <source>of calls ringing now</source>
        <translation>trong các cuộc đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="198"/>
        <source>no call is ringing</source>
        <translation>không có cuộc gọi nào đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="202"/>
        <source>of calls in progress</source>
        <translation>trong các cuộc đang gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="203"/>
        <source>nobody is talking</source>
        <translation>không ai đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="214"/>
        <source>{inbound} in · {outbound} out</source>
        <translation>{inbound} đến · {outbound} đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="216"/>
        <source>no calls yet</source>
        <translation>chưa có cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="221"/>
        <source>{answered} of {rated} answered</source>
        <translation>đã nghe {answered} trên {rated}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="224"/>
        <source>per answered call</source>
        <translation>mỗi cuộc đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="229"/>
        <source>Today&apos;s numbers could not be updated: {reason}</source>
        <translation>Không cập nhật được số liệu hôm nay: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="232"/>
        <source>(showing {time})</source>
        <translation>(đang hiển thị lúc {time})</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="235"/>
        <source>Today&apos;s numbers as of {time}</source>
        <translation>Số liệu hôm nay lúc {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="239"/>
        <source>Loading today&apos;s numbers…</source>
        <translation>Đang tải số liệu hôm nay…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="336"/>
        <location filename="../../agent_desktop/ui/wallboard.py" line="356"/>
        <source>Wallboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="337"/>
        <source>Large</source>
        <translation>Cỡ lớn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="338"/>
        <source>Bigger numbers and charts for a wall screen</source>
        <translation>Số và biểu đồ lớn hơn cho màn hình treo tường</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="340"/>
        <source>Exit full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="340"/>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="341"/>
        <source>Full screen, large (F11)</source>
        <translation>Toàn màn hình, cỡ lớn (F11)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="343"/>
        <source>Active calls</source>
        <translation>Cuộc gọi đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="344"/>
        <source>Ringing</source>
        <translation>Đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="345"/>
        <source>Talking</source>
        <translation>Đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="346"/>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="347"/>
        <source>Inbound / outbound</source>
        <translation>Gọi đến / gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="348"/>
        <source>Longest ring</source>
        <translation>Đổ chuông lâu nhất</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="349"/>
        <source>Longest talk</source>
        <translation>Đàm thoại lâu nhất</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="350"/>
        <source>Calls today</source>
        <translation>Cuộc gọi hôm nay</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="351"/>
        <source>Answer rate today</source>
        <translation>Tỉ lệ nghe máy hôm nay</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/wallboard.py" line="352"/>
        <source>Average talk today</source>
        <translation>Đàm thoại trung bình hôm nay</translation>
    </message>
</context>
<context>
    <name>autoCall</name>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="75"/>
        <source>Northern female (banmai)</source>
        <translation>Giọng nữ miền Bắc (banmai)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="76"/>
        <source>Northern male (leminh)</source>
        <translation>Giọng nam miền Bắc (leminh)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="77"/>
        <source>Southern female (lannhi)</source>
        <translation>Giọng nữ miền Nam (lannhi)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="190"/>
        <source>Write values as name=value after the number, separated by “;”.</source>
        <translation>Ghi giá trị theo dạng tên=giá trị sau số điện thoại, cách nhau bằng dấu “;”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="193"/>
        <source>The value of {name} is too long.</source>
        <translation>Giá trị của {name} quá dài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="214"/>
        <source>Already in the list (line {line}).</source>
        <translation>Đã có trong danh sách (dòng {line}).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="229"/>
        <source>This looks like an extension, not a phone number. Choose “An extension” to call one.</source>
        <translation>Đây có vẻ là số máy nhánh, không phải số điện thoại. Chọn “Một máy nhánh” để gọi máy nhánh.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="238"/>
        <source>An extension is {low} to {high} digits.</source>
        <translation>Số máy nhánh gồm {low} đến {high} chữ số.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="273"/>
        <source>Add at least one step: a recording, a text to read or a key-press menu.</source>
        <translation>Thêm ít nhất một bước: file ghi âm, văn bản đọc tự động hoặc kịch bản bấm phím.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="278"/>
        <source>Step {n}: enter the recording&apos;s id.</source>
        <translation>Bước {n}: nhập mã file ghi âm.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="281"/>
        <source>Step {n}: enter the key-press menu&apos;s id.</source>
        <translation>Bước {n}: nhập mã kịch bản bấm phím.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="284"/>
        <source>Step {n}: this id is too long.</source>
        <translation>Bước {n}: mã này quá dài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="286"/>
        <source>Step {n}: write the text to read.</source>
        <translation>Bước {n}: nhập văn bản cần đọc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="292"/>
        <source>Step {n}: use braces only around a placeholder name, such as {example}, or untick “Fill placeholders”.</source>
        <translation>Bước {n}: chỉ dùng dấu ngoặc nhọn quanh tên biến, ví dụ {example}, hoặc bỏ chọn “Điền biến”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="302"/>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>Tên quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="306"/>
        <source>The caller number must be 3 to 15 digits, or empty to let OMICall choose.</source>
        <translation>Đầu số gọi ra phải gồm 3 đến 15 chữ số, hoặc để trống để OMICall tự chọn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="309"/>
        <source>Choose a voice and a speed from -3 to 3.</source>
        <translation>Chọn giọng đọc và tốc độ đọc từ -3 đến 3.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="361"/>
        <source>No value for {names}: write it after the number, such as “; {first}=…”.</source>
        <translation>Thiếu giá trị cho {names}: ghi sau số điện thoại, ví dụ “; {first}=…”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="375"/>
        <source>Too much text to read aloud: {count} characters for {target}; at most {limit} per session.</source>
        <translation>Văn bản đọc tự động quá dài: {count} ký tự cho {target}; tối đa {limit} ký tự mỗi phiên.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="380"/>
        <source>Too much text to read aloud: {count} characters; at most {limit} per session.</source>
        <translation>Văn bản đọc tự động quá dài: {count} ký tự; tối đa {limit} ký tự mỗi phiên.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="390"/>
        <source>The session is not valid: {detail}</source>
        <translation>Phiên gọi tự động không hợp lệ: {detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="394"/>
        <source>Enter at least one phone number or extension to call.</source>
        <translation>Nhập ít nhất một số điện thoại hoặc máy nhánh cần gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="396"/>
        <source>None of the lines can be called; see the problems below.</source>
        <translation>Không dòng nào gọi được; xem các lỗi bên dưới.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="456"/>
        <source>Log in to OMICall first. Nothing was sent.</source>
        <translation>Hãy đăng nhập OMICall trước. Chưa có gì được gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="459"/>
        <source>This PBX has no OMICall auto-call. Log in to an OMICall account to use it.</source>
        <translation>Tổng đài này không có tính năng gọi tự động của OMICall. Hãy đăng nhập tài khoản OMICall để sử dụng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="468"/>
        <source>Auto-calls are still being sent; wait for them or cancel first.</source>
        <translation>Các cuộc gọi tự động vẫn đang được gửi; hãy chờ xong hoặc hủy trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="507"/>
        <source>Cancelled before it was sent.</source>
        <translation>Đã hủy trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="508"/>
        <source>Logged out before it was sent.</source>
        <translation>Đã đăng xuất trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/auto_call.py" line="513"/>
        <source>Not sent after the error on line {line}.</source>
        <translation>Không gửi do lỗi ở dòng {line}.</translation>
    </message>
</context>
<context>
    <name>campaign_import</name>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="119"/>
        <location filename="../../agent_desktop/core/campaign_import.py" line="199"/>
        <source>Spreadsheet files cannot be read here. In Excel or LibreOffice choose Save As, “CSV UTF-8”, and open that file.</source>
        <extracomment>The customer fields of the autocall import (autodialer takes id and mobiles only), in order.</extracomment>
        <translation>Ở đây không đọc được tệp bảng tính. Trong Excel hoặc LibreOffice, chọn Lưu thành (Save As) “CSV UTF-8” rồi mở tệp đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="125"/>
        <location filename="../../agent_desktop/core/campaign_import.py" line="146"/>
        <source>The file is larger than 10 MB; split it into several files.</source>
        <translation>Tệp lớn hơn 10 MB; hãy chia thành nhiều tệp.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="130"/>
        <location filename="../../agent_desktop/core/campaign_import.py" line="151"/>
        <source>The file could not be opened ({reason}).</source>
        <translation>Không mở được tệp ({reason}).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="205"/>
        <source>The file is not UTF-8 text, so Vietnamese names would be garbled. Save it again as “CSV UTF-8”.</source>
        <translation>Tệp không phải văn bản UTF-8 nên tên tiếng Việt sẽ bị lỗi font. Hãy lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="209"/>
        <source>This is not a CSV file.</source>
        <translation>Đây không phải tệp CSV.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="178"/>
        <location filename="../../agent_desktop/core/campaign_import.py" line="218"/>
        <source>The file has more than {limit} rows; split it into several files.</source>
        <translation>Tệp có hơn {limit} dòng; hãy chia thành nhiều tệp.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="194"/>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>Đây không phải tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="222"/>
        <source>The file is not valid CSV near line {line} ({reason}).</source>
        <translation>Tệp CSV bị lỗi gần dòng {line} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="231"/>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="236"/>
        <source>Column {number}</source>
        <translation>Cột {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="354"/>
        <source>No id.</source>
        <translation>Thiếu mã khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="359"/>
        <source>No mobile number.</source>
        <translation>Thiếu số di động.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="364"/>
        <source>{mobile}: {reason}</source>
        <translation>{mobile}: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="367"/>
        <source>{mobile} is listed twice.</source>
        <translation>Số {mobile} bị ghi hai lần.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="379"/>
        <source>{field}: “{value}” is not a whole number.</source>
        <translation>{field}: “{value}” không phải số nguyên.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="386"/>
        <source>{field}: “{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>{field}: “{value}” không phải ngày hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="405"/>
        <source>Id {id} is also on line {lines}.</source>
        <translation>Mã {id} cũng có ở dòng {lines}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaign_import.py" line="410"/>
        <source>{mobile} is also on line {lines}.</source>
        <translation>Số {mobile} cũng có ở dòng {lines}.</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="136"/>
        <source>Write a whole number.</source>
        <extracomment>The settings each kind takes, in the order a form shows them, and which are required.</extracomment>
        <translation>Nhập một số nguyên.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="139"/>
        <source>At least {minimum}.</source>
        <translation>Tối thiểu {minimum}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="153"/>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="164"/>
        <source>Extensions separated by commas, such as 101,102.</source>
        <translation>Các máy nhánh, cách nhau bằng dấu phẩy, ví dụ 101,102.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="171"/>
        <source>No spaces, at most {limit} characters.</source>
        <translation>Không có dấu cách, tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="232"/>
        <source>Log in first. Nothing was sent.</source>
        <translation>Hãy đăng nhập trước. Chưa gửi gì cả.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="234"/>
        <source>Only supervisor (admin) accounts can create and control dialer queues. Nothing was sent.</source>
        <translation>Chỉ tài khoản giám sát (admin) mới tạo và điều khiển được hàng đợi quay số. Chưa gửi gì cả.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="238"/>
        <source>This PBX does not offer dialer queues.</source>
        <translation>Tổng đài này không hỗ trợ hàng đợi quay số.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="245"/>
        <location filename="../../agent_desktop/core/campaigns.py" line="483"/>
        <source>The PBX deletes only a stopped queue: stop it first, then delete it.</source>
        <translation>Tổng đài chỉ xóa hàng đợi đã dừng: hãy dừng trước, rồi mới xóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="248"/>
        <location filename="../../agent_desktop/core/campaigns.py" line="401"/>
        <source>This queue is already deleted.</source>
        <translation>Hàng đợi này đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="261"/>
        <source>Still sending the last queue; wait for the PBX&apos;s answer.</source>
        <translation>Đang gửi hàng đợi trước; hãy chờ tổng đài trả lời.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="264"/>
        <source>There are no customers ready to send.</source>
        <translation>Không có khách hàng nào sẵn sàng để gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="271"/>
        <source>Check the marked settings. Nothing was sent.</source>
        <translation>Hãy kiểm tra các ô được đánh dấu. Chưa gửi gì cả.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="324"/>
        <source>Queue {code} created: the PBX took {success} customer(s) and refused {fail}; they are marked in the list.</source>
        <translation>Đã tạo hàng đợi {code}: tổng đài nhận {success} khách hàng và từ chối {fail}; các dòng đã được đánh dấu trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="330"/>
        <source>Queue {code} created with {count} customer(s); the PBX is dialing it.</source>
        <translation>Đã tạo hàng đợi {code} với {count} khách hàng; tổng đài đang quay số.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="340"/>
        <source>The server stopped answering, so the queue may have been created anyway. Check it on the PBX before sending again; nothing is resent automatically.</source>
        <translation>Máy chủ ngừng phản hồi nên hàng đợi có thể vẫn đã được tạo. Hãy kiểm tra trên tổng đài trước khi gửi lại; ứng dụng không tự gửi lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="345"/>
        <source>The PBX does not know campaign “{campaign}”. Check the campaign id.</source>
        <translation>Tổng đài không có chiến dịch “{campaign}”. Hãy kiểm tra mã chiến dịch.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="349"/>
        <source>The PBX refused every customer, so no queue was created. The refused rows are marked.</source>
        <translation>Tổng đài từ chối tất cả khách hàng nên không tạo hàng đợi. Các dòng bị từ chối đã được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="354"/>
        <source>The PBX lets only admin (supervisor) accounts create and control dialer queues; nothing was changed.</source>
        <translation>Tổng đài chỉ cho tài khoản admin (giám sát) tạo và điều khiển hàng đợi quay số; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="398"/>
        <source>Give the ids of the customers not to call.</source>
        <translation>Nhập mã các khách hàng không được gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="424"/>
        <source>Choose a queue first.</source>
        <translation>Hãy chọn một hàng đợi trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="426"/>
        <source>Still waiting for the PBX to answer the last request on this queue.</source>
        <translation>Vẫn đang chờ tổng đài trả lời yêu cầu trước trên hàng đợi này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="479"/>
        <source>The PBX no longer has queue {code}; it was deleted.</source>
        <translation>Tổng đài không còn hàng đợi {code}; hàng đợi đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/campaigns.py" line="487"/>
        <source>The server stopped answering, so the PBX may have done it anyway. Nothing is resent automatically.</source>
        <translation>Máy chủ ngừng phản hồi nên tổng đài có thể vẫn đã thực hiện. Ứng dụng không tự gửi lại.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="82"/>
        <source>Unknown</source>
        <extracomment>The fields of ``POST /v2/customer`` in the order the form shows them.</extracomment>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="84"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="85"/>
        <source>In queue</source>
        <translation>Trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="86"/>
        <source>Answered</source>
        <translation>Đã nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="87"/>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="88"/>
        <source>Not answered</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="89"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="90"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="106"/>
        <source>The PBX refuses 84 followed by 9 digits. Write it as {national}.</source>
        <translation>Tổng đài không nhận số 84 kèm 9 chữ số. Hãy nhập là {national}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="108"/>
        <source>Not a mobile number the PBX accepts: write 0 and 9 digits starting with 03, 05, 07, 08 or 09, such as 0899098899.</source>
        <translation>Tổng đài không nhận số di động này: hãy nhập số 0 và 9 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09, ví dụ 0899098899.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="119"/>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="210"/>
        <source>Log in first to see the customers.</source>
        <translation>Hãy đăng nhập để xem danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="213"/>
        <source>This PBX does not offer a customer list.</source>
        <translation>Tổng đài này không có danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="277"/>
        <source>Choose a customer first.</source>
        <translation>Hãy chọn một khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="304"/>
        <source>Log in first to add customers. Nothing was sent.</source>
        <translation>Hãy đăng nhập để thêm khách hàng. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="308"/>
        <source>Still sending the last customer; wait for the PBX&apos;s answer.</source>
        <translation>Đang gửi khách hàng vừa nhập; hãy chờ tổng đài phản hồi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="314"/>
        <source>Check the marked fields. Nothing was sent.</source>
        <translation>Hãy kiểm tra các ô được đánh dấu. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="342"/>
        <source>The PBX refused the customer; see the marked fields.</source>
        <translation>Tổng đài từ chối khách hàng này; xem các ô được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="345"/>
        <source>The PBX refused: {detail}</source>
        <translation>Tổng đài từ chối: {detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="350"/>
        <source>The PBX lets only admin accounts add customers.</source>
        <translation>Tổng đài chỉ cho phép tài khoản quản trị (admin) thêm khách hàng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/customers.py" line="353"/>
        <source>The server stopped answering, so the customer may have been added anyway. Check the list before sending it again.</source>
        <translation>Máy chủ ngừng phản hồi nên khách hàng có thể vẫn đã được thêm. Hãy kiểm tra danh sách trước khi gửi lại.</translation>
    </message>
</context>
<context>
    <name>dialer</name>
    <message>
        <location filename="../../agent_desktop/core/dialer.py" line="117"/>
        <source>Log in first to make calls.</source>
        <translation>Hãy đăng nhập trước khi gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/dialer.py" line="125"/>
        <source>Still placing the call to {number}; wait a moment.</source>
        <translation>Đang thực hiện cuộc gọi tới {number}; vui lòng chờ một chút.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/dialer.py" line="179"/>
        <source>The PBX&apos;s answer could not be read. The call may already have been placed: check your phone and the live calls before dialing again.</source>
        <translation>Không đọc được phản hồi của tổng đài. Cuộc gọi có thể đã được thực hiện: hãy kiểm tra điện thoại của bạn và danh sách cuộc gọi đang diễn ra trước khi gọi lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/dialer.py" line="201"/>
        <source>Stopped waiting. Your phone may still ring for this call.</source>
        <translation>Đã ngừng chờ. Điện thoại của bạn có thể vẫn đổ chuông cho cuộc gọi này.</translation>
    </message>
</context>
<context>
    <name>event_hooks</name>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="50"/>
        <source>a call starts ringing</source>
        <translation>cuộc gọi bắt đầu đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="51"/>
        <source>someone picks up</source>
        <translation>có người nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="52"/>
        <source>a call ends</source>
        <translation>cuộc gọi kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="53"/>
        <source>the call record is ready</source>
        <translation>bản ghi cuộc gọi (CDR) đã sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="61"/>
        <source>The PBX only sends ringing, answered, hangup and cdr; it would accept any other event but never send it. Write to the PBX&apos;s support for other events.</source>
        <translation>Tổng đài chỉ gửi các sự kiện ringing, answered, hangup và cdr; sự kiện khác vẫn được nhận nhưng sẽ không bao giờ được gửi về. Nếu cần sự kiện khác, vui lòng gửi mail cho bộ phận hỗ trợ của tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="75"/>
        <source>Choose the event to hook.</source>
        <translation>Chọn sự kiện cần hook.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="83"/>
        <source>Enter the address the PBX should post the events to.</source>
        <translation>Nhập địa chỉ mà tổng đài sẽ gửi sự kiện tới.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="91"/>
        <source>Enter a web address starting with http:// or https:// and a server name, such as https://crm.example.com/pbx-events.</source>
        <translation>Nhập địa chỉ web bắt đầu bằng http:// hoặc https:// kèm tên máy chủ, ví dụ https://crm.example.com/pbx-events.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="159"/>
        <source>Log in first to manage event hooks.</source>
        <translation>Hãy đăng nhập trước để quản lý event hook.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="161"/>
        <source>Only admin (supervisor) accounts can see and change the PBX&apos;s event hooks. Ask your administrator to set them up.</source>
        <translation>Chỉ tài khoản quản trị (giám sát viên) mới xem và thay đổi được event hook của tổng đài. Hãy nhờ quản trị viên thiết lập.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="166"/>
        <source>This PBX does not offer event hooks.</source>
        <translation>Tổng đài này không hỗ trợ event hook.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="201"/>
        <source>Choose a hook first.</source>
        <translation>Hãy chọn một hook trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="229"/>
        <source>Still waiting for the PBX to answer the last request; try again in a moment.</source>
        <translation>Vẫn đang chờ tổng đài trả lời yêu cầu trước; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="285"/>
        <source>The hook for “{event}” was not added.</source>
        <translation>Chưa thêm được hook “{event}”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="290"/>
        <source>The PBX answered that it did not add the hook for “{event}”.</source>
        <translation>Tổng đài báo không thêm được hook “{event}”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="293"/>
        <source>Added the hook for “{event}”: the PBX posts to {url} when {meaning}.</source>
        <translation>Đã thêm hook “{event}”: tổng đài sẽ gửi tới {url} khi {meaning}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="306"/>
        <source>That hook was already deleted.</source>
        <translation>Hook này đã bị xoá trước đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="310"/>
        <source>The hook for “{event}” was not deleted.</source>
        <translation>Chưa xoá được hook “{event}”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="314"/>
        <source>The PBX answered that it did not delete the hook for “{event}”.</source>
        <translation>Tổng đài báo không xoá được hook “{event}”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="318"/>
        <source>Deleted the hook for “{event}”.</source>
        <translation>Đã xoá hook “{event}”.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="327"/>
        <source>Nothing was hooked.</source>
        <translation>Chưa hook sự kiện nào.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="339"/>
        <source>An old hook of this desktop could not be replaced; nothing was added.</source>
        <translation>Không thay được webhook cũ của máy này; chưa thêm gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="345"/>
        <source>This desktop already gets all four events; nothing was added.</source>
        <translation>Máy này đã nhận đủ bốn sự kiện; không thêm gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="363"/>
        <source>This desktop now gets every call event. Added: {events}.</source>
        <translation>Máy này giờ nhận mọi sự kiện cuộc gọi. Đã thêm: {events}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="369"/>
        <source>Hooking “{event}” failed, so nothing was hooked.</source>
        <translation>Hook “{event}” thất bại nên chưa hook sự kiện nào.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="371"/>
        <source>Added {events}, then hooking “{event}” failed; the rest was not sent.</source>
        <translation>Đã thêm {events}, sau đó hook “{event}” thất bại; các sự kiện còn lại chưa được gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="380"/>
        <source>Nothing was deleted.</source>
        <translation>Chưa xoá gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="384"/>
        <source>No hook posts to this desktop; nothing was deleted.</source>
        <translation>Không có hook nào gửi về máy này; không xoá gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="397"/>
        <source>Deleted {done} of {total} hooks of this desktop, then one failed; the rest was not sent.</source>
        <translation>Đã xoá {done}/{total} hook của máy này, sau đó một hook thất bại; các hook còn lại chưa được gửi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="403"/>
        <source>Unhooked this desktop: deleted %n hook(s).</source>
        <translation>Đã gỡ hook của máy này: đã xoá %n hook.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="410"/>
        <source>The PBX refused: only admin accounts can see and change event hooks.</source>
        <translation>Tổng đài từ chối: chỉ tài khoản quản trị mới xem và thay đổi được event hook.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="416"/>
        <source>The server stopped answering, so the PBX may have done it anyway; the list shows what it has now.</source>
        <translation>Máy chủ ngừng phản hồi nên có thể tổng đài vẫn đã thực hiện; danh sách hiển thị tình trạng hiện tại trên tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/event_hooks.py" line="420"/>
        <source>The PBX refused the input: {detail}</source>
        <translation>Tổng đài từ chối dữ liệu nhập: {detail}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="48"/>
        <source>OMICall does not know this API key, or the account is disabled.</source>
        <translation>OMICall không nhận ra API key này, hoặc tài khoản đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="50"/>
        <source>OMICall no longer accepts this account (tenant not found or disabled). Please log in again.</source>
        <translation>OMICall không còn chấp nhận tài khoản này (không tìm thấy doanh nghiệp hoặc đã bị vô hiệu hóa). Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="53"/>
        <source>This number is on the do-not-call list, so it cannot be called.</source>
        <translation>Số này đã đăng ký không làm phiền (Do Not Call) nên không thể gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="56"/>
        <source>The hotline to call out on is missing or not valid. Choose one of your account&apos;s hotlines.</source>
        <translation>Chưa có số hotline gọi ra hoặc hotline không hợp lệ. Hãy chọn một hotline của tài khoản.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="59"/>
        <source>Extension {ext} does not exist on the PBX or is disabled.</source>
        <translation>Máy nhánh {ext} không tồn tại trên tổng đài hoặc đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="62"/>
        <source>The line is busy: the number called or extension {ext} is already in a call.</source>
        <translation>Máy bận: số được gọi hoặc máy nhánh {ext} đang trong một cuộc gọi khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="65"/>
        <source>Your OMICall plan does not include automatic calls.</source>
        <translation>Gói dịch vụ OMICall của bạn không hỗ trợ gọi tự động.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="67"/>
        <source>Too much text to read aloud: at most 300 characters per session and 3,000 a day.</source>
        <translation>Nội dung đọc tự động quá dài: tối đa 300 ký tự mỗi phiên và 3.000 ký tự mỗi ngày.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="70"/>
        <source>Too much text to read aloud: at most 300 characters per session.</source>
        <translation>Nội dung đọc tự động quá dài: tối đa 300 ký tự mỗi phiên.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="73"/>
        <source>The OMICall account&apos;s balance is too low for these calls.</source>
        <translation>Số dư tài khoản OMICall không đủ để thực hiện các cuộc gọi này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="75"/>
        <source>TeleCMI refused the user id or app secret. Please log in again with the right ones.</source>
        <translation>TeleCMI từ chối User ID hoặc App Secret. Vui lòng đăng nhập lại với thông tin đúng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="89"/>
        <source>Your session had expired; it has been renewed and nothing was done. Please try again.</source>
        <translation>Phiên làm việc đã hết hạn và vừa được gia hạn; chưa có thao tác nào được thực hiện. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="97"/>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="98"/>
        <source>The PBX no longer accepts this session. Please log in again.</source>
        <translation>Tổng đài không còn chấp nhận phiên làm việc này. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="100"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Tài khoản của bạn không có quyền thực hiện thao tác này.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="102"/>
        <source>The phone for extension {ext} is not logged in (softphone or IP phone).</source>
        <translation>Máy nhánh {ext} chưa đăng nhập trên softphone hoặc IP phone.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="106"/>
        <source>Your phone (extension {ext}) did not answer, so the call was not placed.</source>
        <translation>Máy nhánh {ext} của bạn không nhấc máy nên cuộc gọi chưa được thực hiện.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="109"/>
        <source>The call was rejected on extension {ext}.</source>
        <translation>Cuộc gọi đã bị từ chối trên máy nhánh {ext}.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="110"/>
        <source>The call could not be connected.</source>
        <translation>Không thể kết nối cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="112"/>
        <source>Extension {ext} is busy.</source>
        <translation>Máy nhánh {ext} đang bận.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="114"/>
        <source>This address starts with http://, so the password would cross the network unencrypted. Use the server&apos;s https:// address. If the PBX has no https, turn on &quot;Allow plain http://&quot; in the settings (or start with --allow-plain-http) at your own risk.</source>
        <translation>Địa chỉ này bắt đầu bằng http://, nên mật khẩu sẽ đi qua mạng mà không được mã hóa. Hãy dùng địa chỉ https:// của máy chủ. Nếu tổng đài không có https, hãy bật &quot;Cho phép http:// không mã hóa&quot; trong phần Cài đặt (hoặc khởi động với --allow-plain-http) và tự chịu rủi ro.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="120"/>
        <source>The server&apos;s certificate is not trusted (self-signed, expired or made for another name), so nothing was sent. If your PBX uses its own certificate authority, start agent-desktop with SSL_CERT_FILE set to that CA&apos;s file.</source>
        <translation>Chứng chỉ của máy chủ không đáng tin cậy (tự ký, đã hết hạn hoặc cấp cho tên khác), nên chưa có gì được gửi đi. Nếu tổng đài của bạn dùng tổ chức cấp chứng chỉ (CA) riêng, hãy khởi động agent-desktop với SSL_CERT_FILE trỏ tới tệp CA đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="125"/>
        <source>A secure connection to the server could not be made. Check the address (https://) and the server&apos;s certificate.</source>
        <translation>Không thể tạo kết nối bảo mật tới máy chủ. Hãy kiểm tra địa chỉ (https://) và chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="129"/>
        <source>The server stopped answering. The call may already have been placed: check your phone and the live calls before dialing again.</source>
        <translation>Máy chủ ngừng phản hồi. Cuộc gọi có thể đã được thực hiện: hãy kiểm tra điện thoại và danh sách cuộc gọi trước khi gọi lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="133"/>
        <source>The server stopped answering. Check your network and try again.</source>
        <translation>Máy chủ ngừng phản hồi. Hãy kiểm tra kết nối mạng và thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="135"/>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Không kết nối được tới máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="139"/>
        <source>This address does not answer like a PBX. Check the server address.</source>
        <translation>Địa chỉ này không phản hồi như một tổng đài. Hãy kiểm tra lại địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="142"/>
        <source>It no longer exists (the call may have ended).</source>
        <translation>Mục này không còn tồn tại (cuộc gọi có thể đã kết thúc).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="145"/>
        <source>The PBX refused the input: {detail}</source>
        <translation>Tổng đài từ chối dữ liệu: {detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="148"/>
        <source>This PBX does not offer that feature.</source>
        <translation>Tổng đài này không hỗ trợ tính năng đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="150"/>
        <source>The PBX had a problem ({detail}). Try again in a moment.</source>
        <translation>Tổng đài gặp sự cố ({detail}). Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="153"/>
        <source>The PBX refused: {detail}</source>
        <translation>Tổng đài từ chối: {detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/messages.py" line="154"/>
        <source>Something went wrong ({kind}). Details are in the log file.</source>
        <translation>Đã xảy ra lỗi ({kind}). Chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <location filename="../../agent_desktop/core/phone.py" line="68"/>
        <source>Type a phone number to call.</source>
        <extracomment>The TEL4VN customer pattern for POST /v2/click2call and POST /v2/customer, verbatim.</extracomment>
        <translation>Hãy nhập số điện thoại cần gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/phone.py" line="69"/>
        <source>This is not a phone number.</source>
        <translation>Đây không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/phone.py" line="70"/>
        <source>This number is too short.</source>
        <translation>Số này quá ngắn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/phone.py" line="71"/>
        <source>This number is too long.</source>
        <translation>Số này quá dài.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/phone.py" line="72"/>
        <source>This is not a valid phone number. Check the digits and the prefix.</source>
        <translation>Số điện thoại không hợp lệ. Hãy kiểm tra các chữ số và đầu số.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/phone.py" line="74"/>
        <source>A customer&apos;s number must be a Vietnamese mobile number (84… or 03/05/07/08/09…).</source>
        <translation>Số của khách hàng phải là số di động Việt Nam (84… hoặc 03/05/07/08/09…).</translation>
    </message>
</context>
<context>
    <name>recordings</name>
    <message>
        <location filename="../../agent_desktop/core/recordings.py" line="59"/>
        <source>There is no recording for this call.</source>
        <translation>Cuộc gọi này không có file ghi âm.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/recordings.py" line="145"/>
        <source>The recording is larger than {size} MB, too large to play here. Use “Open outside” to play it in your own player.</source>
        <translation>File ghi âm lớn hơn {size} MB, quá lớn để phát tại đây. Hãy dùng “Mở bằng ứng dụng khác” để nghe bằng trình phát của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/recordings.py" line="149"/>
        <source>The recording file is not on the server (it may have been deleted).</source>
        <translation>Không tìm thấy file ghi âm trên máy chủ (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/recordings.py" line="152"/>
        <source>The server refused to send the recording (the link may have expired).</source>
        <translation>Máy chủ từ chối gửi file ghi âm (đường dẫn có thể đã hết hạn).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/recordings.py" line="155"/>
        <source>The server did not send an audio file.</source>
        <translation>Máy chủ không trả về file âm thanh.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/recordings.py" line="157"/>
        <source>The recording&apos;s address is not a web address (http:// or https://).</source>
        <translation>Địa chỉ file ghi âm không phải là địa chỉ web (http:// hoặc https://).</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="78"/>
        <source>Log in first to act on calls. Nothing was sent.</source>
        <translation>Hãy đăng nhập trước khi thao tác cuộc gọi. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="80"/>
        <source>Only supervisor accounts can listen to, whisper to, barge into or transfer calls. Nothing was sent.</source>
        <translation>Chỉ tài khoản giám sát mới được nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="84"/>
        <source>This PBX does not let supervisors listen to, whisper to, barge into or transfer calls.</source>
        <translation>Tổng đài này không cho giám sát nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="134"/>
        <source>Choose a call first.</source>
        <translation>Hãy chọn một cuộc gọi trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="137"/>
        <source>Enter the extension to transfer the call to.</source>
        <translation>Nhập máy nhánh nhận cuộc gọi chuyển.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="138"/>
        <source>Your account has no extension, so your phone cannot join calls.</source>
        <translation>Tài khoản của bạn không có máy nhánh nên điện thoại không thể tham gia cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="142"/>
        <source>“{ext}” is not an extension: use digits only. Nothing was sent.</source>
        <translation>“{ext}” không phải máy nhánh: chỉ dùng chữ số. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="146"/>
        <source>Still waiting for the PBX to answer the last request on this call; try again in a moment.</source>
        <translation>Vẫn đang chờ tổng đài trả lời yêu cầu trước cho cuộc gọi này; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="189"/>
        <source>That call has already ended.</source>
        <translation>Cuộc gọi đó đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="191"/>
        <source>The PBX lets only admin accounts listen to, whisper to, barge into or transfer calls.</source>
        <translation>Tổng đài chỉ cho tài khoản quản trị nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="195"/>
        <source>Your phone (extension {ext}) is not logged in. Log in your softphone or IP phone, then try again.</source>
        <translation>Điện thoại của bạn (máy nhánh {ext}) chưa đăng nhập. Hãy đăng nhập softphone hoặc IP phone rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="199"/>
        <source>Your phone (extension {ext}) is already in a call. Hang up first, then try again.</source>
        <translation>Điện thoại của bạn (máy nhánh {ext}) đang trong cuộc gọi. Hãy gác máy rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/core/supervisor.py" line="202"/>
        <source>The server stopped answering, so the PBX may have done it anyway. Check the live calls before trying again.</source>
        <translation>Máy chủ ngừng phản hồi nên tổng đài có thể đã thực hiện. Hãy kiểm tra danh sách cuộc gọi trước khi thử lại.</translation>
    </message>
</context>
</TS>
