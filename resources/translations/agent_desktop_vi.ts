<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AgentBoard</name>
        <message>
            <location filename="../../agent_desktop/core/agents.py" line="376" />
            <source>The PBX has no user named "{username}".</source>
            <translation>Tổng đài không có người dùng "{username}".</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/agents.py" line="430" />
            <source>Username not known: add it to the team in Settings to see this phone's status.</source>
            <translation>Chưa biết tên đăng nhập: thêm vào nhóm trong Cài đặt để xem trạng thái điện thoại này.</translation>
        </message>
    </context>
    <context>
        <name>AgentBoardModel</name>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="187" />
            <source>Agent</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="187" />
            <source>Extension</source>
            <translation>Máy nhánh</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="187" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="188" />
            <source>Current call</source>
            <translation>Cuộc gọi hiện tại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="188" />
            <source>Duration</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="188" />
            <source>Calls today</source>
            <translation>Cuộc gọi hôm nay</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="189" />
            <source>Answered</source>
            <translation>Đã nghe</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="189" />
            <source>Missed</source>
            <translation>Nhỡ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="190" />
            <source>Logged in</source>
            <translation>Đã đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="190" />
            <source>Not logged in</source>
            <translation>Chưa đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="191" />
            <source>Unknown</source>
            <translation>Không xác định</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="193" />
            <source>Starting</source>
            <translation>Đang khởi tạo</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="193" />
            <source>Ringing</source>
            <translation>Đang đổ chuông</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="194" />
            <source>Dialing</source>
            <translation>Đang gọi khách hàng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="194" />
            <source>Talking</source>
            <translation>Đang đàm thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="195" />
            <source>On hold</source>
            <translation>Đang giữ máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="195" />
            <source>Parked</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="196" />
            <source>In IVR</source>
            <translation>Trong IVR</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="196" />
            <source>Transferring</source>
            <translation>Đang chuyển</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="197" />
            <source>Ending</source>
            <translation>Đang kết thúc</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="197" />
            <source>Unknown state</source>
            <translation>Trạng thái không xác định</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="199" />
            <source>Extension {extension}</source>
            <translation>Máy nhánh {extension}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="200" />
            <source>{number} · {phase}</source>
            <translation>{number} · {phase}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board_model.py" line="201" />
            <source>Call ID: {call_id}</source>
            <translation>Mã cuộc gọi: {call_id}</translation>
        </message>
    </context>
    <context>
        <name>AgentBoardView</name>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="191" />
            <source>No agents yet.
Add your team's usernames in Settings; until then agents appear here as they take calls.</source>
            <translation>Chưa có nhân viên.
Hãy thêm tên đăng nhập của nhóm trong Cài đặt; trước đó, nhân viên sẽ hiện ở đây khi họ nhận cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="193" />
            <source>No agents match the filter</source>
            <translation>Không có nhân viên nào khớp bộ lọc</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="199" />
            <source>Agents: {total} · Logged in: {logged_in} · On a call: {on_call}</source>
            <translation>Nhân viên: {total} · Đã đăng nhập: {logged_in} · Đang gọi: {on_call}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="214" />
            <source>Filter by name, username, extension or number</source>
            <translation>Lọc theo tên, tên đăng nhập, máy nhánh hoặc số</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="215" />
            <source>Filter agents</source>
            <translation>Lọc nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="216" />
            <source>Agents</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="221" />
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="221" />
            <source>Refreshing…</source>
            <translation>Đang làm mới…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/agent_board.py" line="226" />
            <source>Ask the PBX for every agent's phone status and today's calls now</source>
            <translation>Hỏi tổng đài ngay trạng thái điện thoại và cuộc gọi hôm nay của mọi nhân viên</translation>
        </message>
    </context>
    <context>
        <name>AgentDesktop</name>
        <message>
            <location filename="../../agent_desktop/app.py" line="257" />
            <source>Calls</source>
            <translation>Cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="257" />
            <source>Agents</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="257" />
            <source>Wallboard</source>
            <translation>Bảng theo dõi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="345" />
            <source>No password: pass --password-stdin, or log in once with 'remember me'.</source>
            <translation>Thiếu mật khẩu: dùng --password-stdin, hoặc đăng nhập một lần với “Ghi nhớ đăng nhập”.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="361" />
            <source>Nothing to log in with: --screenshot needs --demo or --server.</source>
            <translation>Không có thông tin đăng nhập: --screenshot cần --demo hoặc --server.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="482" />
            <source>There is no phone number in the clipboard.</source>
            <translation>Không có số điện thoại nào trong bộ nhớ tạm.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="523" />
            <source>agent-desktop</source>
            <translation>agent-desktop</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/app.py" line="525" />
            <source>The details are in the log file: {path}</source>
            <translation>Chi tiết có trong tệp nhật ký: {path}</translation>
        </message>
    </context>
    <context>
        <name>AnswerRateGauge</name>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="464" />
            <source>Answer rate today</source>
            <translation>Tỉ lệ nghe máy hôm nay</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="534" />
            <source>answered</source>
            <translation>đã nghe</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="545" />
            <source>No calls yet today</source>
            <translation>Hôm nay chưa có cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="546" />
            <source>{answered} of {rated} calls answered</source>
            <translation>đã nghe {answered} trên {rated} cuộc gọi</translation>
        </message>
    </context>
    <context>
        <name>CallAlerts</name>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="75" />
            <source>Incoming call</source>
            <translation>Cuộc gọi đến</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="76" />
            <source>{number} is calling {extension}</source>
            <translation>{number} đang gọi tới {extension}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="135" />
            <source>Answered</source>
            <translation>Đã nghe</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="136" />
            <source>Busy</source>
            <translation>Máy bận</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="137" />
            <source>Not answered</source>
            <translation>Không nghe máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="138" />
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="139" />
            <source>Unreachable</source>
            <translation>Không liên lạc được</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="140" />
            <source>Failed</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/alerts.py" line="141" />
            <source>Unknown</source>
            <translation>Không xác định</translation>
        </message>
    </context>
    <context>
        <name>DialBar</name>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="273" />
            <source>{number}: {message}</source>
            <translation>{number}: {message}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="283" />
            <source>Call placed to {number}</source>
            <translation>Đã thực hiện cuộc gọi tới {number}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="301" />
            <source>You called {number} {seconds} s ago. Call again?</source>
            <translation>Bạn vừa gọi {number} {seconds} giây trước. Gọi lại?</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="309" />
            <source>{number} was called a moment ago; not calling it twice.</source>
            <translation>{number} vừa được gọi; không gọi lần thứ hai.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="321" />
            <source>Ringing your phone ({extension})… pick it up to call {number}</source>
            <translation>Đang đổ chuông máy của bạn ({extension})… hãy nhấc máy để gọi {number}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="323" />
            <source>Ringing your phone… pick it up to call {number}</source>
            <translation>Đang đổ chuông máy của bạn… hãy nhấc máy để gọi {number}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="328" />
            <source>Calling {number} — your phone ({extension}) rings first…</source>
            <translation>Đang gọi {number} — điện thoại của bạn ({extension}) sẽ đổ chuông trước…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="330" />
            <source>Calling {number} — your phone rings first…</source>
            <translation>Đang gọi {number} — điện thoại của bạn sẽ đổ chuông trước…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="426" />
            <location filename="../../agent_desktop/ui/dial_bar.py" line="427" />
            <source>Number to call</source>
            <translation>Số cần gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="428" />
            <source>Type or paste a number, then press Enter. Esc clears. Ctrl+L comes back here.</source>
            <translation>Nhập hoặc dán số rồi nhấn Enter. Esc để xóa. Ctrl+L để quay lại ô này.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="430" />
            <source>Call</source>
            <translation>Gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="431" />
            <source>Call this number (Enter)</source>
            <translation>Gọi số này (Enter)</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="432" />
            <source>Call (my phone rings first)</source>
            <translation>Gọi (điện thoại của tôi đổ chuông trước)</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="433" />
            <source>Call and wait for my phone</source>
            <translation>Gọi và chờ tôi nhấc máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="434" />
            <source>Call again</source>
            <translation>Gọi lại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="435" />
            <location filename="../../agent_desktop/ui/dial_bar.py" line="436" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="437" />
            <source>Stop waiting for your phone</source>
            <translation>Ngừng chờ điện thoại của bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="438" />
            <source>Dial…</source>
            <translation>Gọi số…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="448" />
            <source>Wait for me</source>
            <translation>Chờ tôi nhấc máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="449" />
            <source>Ring me first</source>
            <translation>Đổ chuông máy tôi trước</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="454" />
            <source>How the next call is placed: {mode}</source>
            <translation>Cách thực hiện cuộc gọi tiếp theo: {mode}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_bar.py" line="456" />
            <source>Call mode</source>
            <translation>Cách gọi</translation>
        </message>
    </context>
    <context>
        <name>DialToast</name>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="134" />
            <source>Click-to-call</source>
            <translation>Gọi nhanh</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="135" />
            <location filename="../../agent_desktop/ui/dial_toast.py" line="140" />
            <location filename="../../agent_desktop/ui/dial_toast.py" line="141" />
            <source>Call {number}?</source>
            <translation>Gọi {number}?</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="137" />
            <source>Call</source>
            <translation>Gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="138" />
            <location filename="../../agent_desktop/ui/dial_toast.py" line="139" />
            <source>Not now</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="147" />
            <source>from a link</source>
            <translation>từ một liên kết</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="149" />
            <source>from the clipboard</source>
            <translation>từ bộ nhớ tạm</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="151" />
            <source>from the command line</source>
            <translation>từ dòng lệnh</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/dial_toast.py" line="152" />
            <source>from another app</source>
            <translation>từ ứng dụng khác</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="125" />
            <source>{ext} ({name})</source>
            <translation>{ext} ({name})</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="151" />
            <source>{ext} · {name}</source>
            <translation>{ext} · {name}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="163" />
            <source>Filter by number or extension</source>
            <translation>Lọc theo số điện thoại hoặc máy nhánh</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="164" />
            <source>Filter calls</source>
            <translation>Lọc cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="165" />
            <source>All agents</source>
            <translation>Tất cả nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="168" />
            <source>Only the calls of one agent</source>
            <translation>Chỉ cuộc gọi của một nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="169" />
            <source>Agent</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="170" />
            <source>Direction</source>
            <translation>Chiều</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="171" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="172" />
            <source>All directions</source>
            <translation>Mọi chiều</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="172" />
            <source>Inbound</source>
            <translation>Gọi đến</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="173" />
            <source>Outbound</source>
            <translation>Gọi đi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="173" />
            <source>Internal</source>
            <translation>Nội bộ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="175" />
            <source>All states</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="175" />
            <source>Ringing</source>
            <translation>Đang đổ chuông</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="175" />
            <source>Dialing</source>
            <translation>Đang gọi khách hàng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="176" />
            <source>Talking</source>
            <translation>Đang đàm thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="176" />
            <source>On hold</source>
            <translation>Đang giữ máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="176" />
            <source>In IVR</source>
            <translation>Trong IVR</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="177" />
            <source>Transferring</source>
            <translation>Đang chuyển</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_bars.py" line="177" />
            <source>Ending</source>
            <translation>Đang kết thúc</translation>
        </message>
    </context>
    <context>
        <name>HourlyChart</name>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="74" />
            <source>Answered</source>
            <translation>Đã nghe</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="75" />
            <source>No answer</source>
            <translation>Không nghe máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="76" />
            <source>Busy</source>
            <translation>Máy bận</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="77" />
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="78" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="187" />
            <source>Calls per hour today</source>
            <translation>Cuộc gọi theo giờ hôm nay</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="327" />
            <source>No calls yet today</source>
            <translation>Hôm nay chưa có cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="375" />
            <source>Calls</source>
            <translation>Cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/charts.py" line="407" />
            <source>Hour of the day</source>
            <translation>Giờ trong ngày</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/charts.py" line="433" />
            <source>%n call</source>
            <translation>
                <numerusform>%n cuộc gọi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/charts.py" line="433" />
            <source>%n calls</source>
            <translation>
                <numerusform>%n cuộc gọi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncomingPopup</name>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="424" />
            <location filename="../../agent_desktop/ui/popup.py" line="426" />
            <source>Incoming call</source>
            <translation>Cuộc gọi đến</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="425" />
            <source>Incoming call — to {to}</source>
            <translation>Cuộc gọi đến — máy {to}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="427" />
            <location filename="../../agent_desktop/ui/popup.py" line="443" />
            <source>Dismiss</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="428" />
            <source>Unknown number</source>
            <translation>Số không xác định</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="430" />
            <source>Customer {code}</source>
            <translation>Khách hàng {code}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="432" />
            <source>Code {code}</source>
            <translation>Mã {code}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="436" />
            <source>Open in CRM</source>
            <translation>Mở trong CRM</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="439" />
            <source>Set a CRM address in Settings</source>
            <translation>Hãy nhập địa chỉ CRM trong phần Cài đặt</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="440" />
            <location filename="../../agent_desktop/ui/popup.py" line="500" />
            <source>Copied</source>
            <translation>Đã sao chép</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="441" />
            <source>Copy number</source>
            <translation>Sao chép số</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="442" />
            <source>Call back</source>
            <translation>Gọi lại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="444" />
            <source>Incoming call from {number}</source>
            <translation>Cuộc gọi đến từ {number}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="452" />
            <source>Last calls</source>
            <translation>Các cuộc gọi gần đây</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/popup.py" line="454" />
            <source>%n in all</source>
            <translation>
                <numerusform>tổng cộng %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="456" />
            <source>Looking up earlier calls…</source>
            <translation>Đang tìm các cuộc gọi trước…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="457" />
            <source>Earlier calls could not be loaded</source>
            <translation>Không tải được các cuộc gọi trước</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="459" />
            <source>No earlier calls with this number</source>
            <translation>Chưa có cuộc gọi nào với số này</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="462" />
            <source>Incoming</source>
            <translation>Gọi đến</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="462" />
            <source>Outgoing</source>
            <translation>Gọi đi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="463" />
            <source>Internal</source>
            <translation>Nội bộ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="476" />
            <source>ext. {ext}</source>
            <translation>máy {ext}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/popup.py" line="480" />
            <source>ringing {time}</source>
            <translation>đổ chuông {time}</translation>
        </message>
    </context>
    <context>
        <name>LiveCallModel</name>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="216" />
            <source>Direction</source>
            <translation>Chiều</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="217" />
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="218" />
            <source>To</source>
            <translation>Đến</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="219" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="220" />
            <source>Duration</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="221" />
            <source>Extension</source>
            <translation>Máy nhánh</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="224" />
            <source>Inbound</source>
            <translation>Gọi đến</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="225" />
            <source>Outbound</source>
            <translation>Gọi đi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="226" />
            <source>Internal</source>
            <translation>Nội bộ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="229" />
            <source>Starting</source>
            <translation>Đang khởi tạo</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="230" />
            <source>Ringing</source>
            <translation>Đang đổ chuông</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="231" />
            <source>Dialing</source>
            <translation>Đang gọi khách hàng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="232" />
            <source>Talking</source>
            <translation>Đang đàm thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="233" />
            <source>On hold</source>
            <translation>Đang giữ máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="234" />
            <source>Parked</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="235" />
            <source>In IVR</source>
            <translation>Trong IVR</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="236" />
            <source>Transferring</source>
            <translation>Đang chuyển</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="237" />
            <source>Ending</source>
            <translation>Đang kết thúc</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="239" />
            <source>Unknown ({state})</source>
            <translation>Không xác định ({state})</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_model.py" line="240" />
            <source>State: {state}
Call ID: {call_id}</source>
            <translation>Trạng thái: {state}
Mã cuộc gọi: {call_id}</translation>
        </message>
    </context>
    <context>
        <name>LiveCallsView</name>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="103" />
            <source>%n call</source>
            <translation>%n cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="104" />
            <source>%n calls</source>
            <translation>%n cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="106" />
            <source>{shown} of 1 call</source>
            <translation>{shown} trên 1 cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="108" />
            <source>{shown} of {total} calls</source>
            <translation>{shown} trên {total} cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="287" />
            <source>No calls right now</source>
            <translation>Hiện không có cuộc gọi nào</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="288" />
            <source>No calls match the filter</source>
            <translation>Không có cuộc gọi nào khớp bộ lọc</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="337" />
            <source>Call {number}</source>
            <translation>Gọi {number}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="342" />
            <source>Copy {number}</source>
            <translation>Sao chép {number}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="370" />
            <source>Filter by number or extension</source>
            <translation>Lọc theo số điện thoại hoặc máy nhánh</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="371" />
            <source>Filter calls</source>
            <translation>Lọc cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="372" />
            <source>My calls</source>
            <translation>Cuộc gọi của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="373" />
            <source>Only the calls of your extension</source>
            <translation>Chỉ các cuộc gọi của máy nhánh bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="374" />
            <source>All calls</source>
            <translation>Tất cả cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="375" />
            <source>Every call on the PBX</source>
            <translation>Mọi cuộc gọi trên tổng đài</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="376" />
            <source>Live calls</source>
            <translation>Cuộc gọi hiện tại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/call_table.py" line="377" />
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="83" />
            <source>Log in — agent-desktop</source>
            <translation>Đăng nhập — agent-desktop</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="84" />
            <source>Log in to your PBX</source>
            <translation>Đăng nhập vào tổng đài</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="85" />
            <source>Server</source>
            <translation>Máy chủ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="86" />
            <source>Username</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="87" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="88" />
            <source>https://pbx.example.com</source>
            <translation>https://tongdai.congty.vn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="89" />
            <source>Remember me on this computer</source>
            <translation>Ghi nhớ đăng nhập trên máy tính này</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="91" />
            <source>No system keyring is available, so the password cannot be remembered safely.</source>
            <translation>Máy tính không có kho khóa bảo mật của hệ thống nên không thể ghi nhớ mật khẩu an toàn.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="92" />
            <source>Log in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="93" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="103" />
            <source>Please fill in the server, your username and your password.</source>
            <translation>Vui lòng nhập máy chủ, tên đăng nhập và mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/login_dialog.py" line="116" />
            <source>Logging in…</source>
            <translation>Đang đăng nhập…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="189" />
            <source>Live calls</source>
            <translation>Cuộc gọi hiện tại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="190" />
            <source>History</source>
            <translation>Lịch sử cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="191" />
            <location filename="../../agent_desktop/ui/main_window.py" line="210" />
            <source>Customers</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="192" />
            <location filename="../../agent_desktop/ui/main_window.py" line="240" />
            <source>Supervisor</source>
            <translation>Giám sát</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="193" />
            <source>Campaigns</source>
            <translation>Chiến dịch</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="197" />
            <source>agent-desktop</source>
            <translation>agent-desktop</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="198" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="199" />
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="200" />
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="201" />
            <source>Log &amp;out</source>
            <translation>Đăng &amp;xuất</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="202" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="206" />
            <source>No calls right now</source>
            <translation>Hiện không có cuộc gọi nào</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="207" />
            <source>Calls on the PBX appear here as they ring, connect and end.</source>
            <translation>Các cuộc gọi trên tổng đài hiện ở đây khi đổ chuông, kết nối và kết thúc.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="208" />
            <source>Call history</source>
            <translation>Lịch sử cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="209" />
            <source>Past calls with their recordings appear here.</source>
            <translation>Các cuộc gọi đã qua cùng file ghi âm hiện ở đây.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="211" />
            <source>Your campaigns' customers appear here.</source>
            <translation>Khách hàng trong các chiến dịch của bạn hiện ở đây.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="212" />
            <source>The floor</source>
            <translation>Toàn sàn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="213" />
            <source>Every call of the team, to listen, whisper, barge or transfer.</source>
            <translation>Mọi cuộc gọi của đội, để nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="215" />
            <source>Dialer campaigns</source>
            <translation>Chiến dịch gọi tự động</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="216" />
            <source>Autodialer and autocall queues appear here.</source>
            <translation>Các hàng đợi autodialer và autocall hiện ở đây.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="235" />
            <source>Not logged in</source>
            <translation>Chưa đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="240" />
            <source>Agent</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="241" />
            <source>phone logged in</source>
            <translation>điện thoại đã đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="241" />
            <source>phone not logged in</source>
            <translation>điện thoại chưa đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="243" />
            <source>Extension {ext}</source>
            <translation>Máy nhánh {ext}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="256" />
            <source>Offline</source>
            <translation>Mất kết nối</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="258" />
            <source>Connecting…</source>
            <translation>Đang kết nối…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="262" />
            <source>Offline — retrying in {seconds} s. {reason}</source>
            <translation>Mất kết nối — thử lại sau {seconds} giây. {reason}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="264" />
            <source>Connection problem: {reason}</source>
            <translation>Sự cố kết nối: {reason}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="265" />
            <source>Connected to {server}</source>
            <translation>Đã kết nối tới {server}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/main_window.py" line="274" />
            <source>updated just now</source>
            <translation>vừa cập nhật</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/main_window.py" line="276" />
            <source>data from %n min ago</source>
            <translation>
                <numerusform>dữ liệu từ %n phút trước</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/main_window.py" line="278" />
            <source>updated %n s ago</source>
            <translation>
                <numerusform>cập nhật %n giây trước</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/main_window.py" line="280" />
            <source>updated %n min ago</source>
            <translation>
                <numerusform>cập nhật %n phút trước</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MissedCallsPanel</name>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="60" />
            <source>Mark as seen</source>
            <translation>Đánh dấu đã xem</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="61" />
            <source>Clear</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="62" />
            <source>Double-click or press Enter to call back</source>
            <translation>Nhấp đúp hoặc nhấn Enter để gọi lại</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/missed_calls.py" line="74" />
            <source>Missed calls (%n new)</source>
            <translation>
                <numerusform>Cuộc gọi nhỡ (%n mới)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="76" />
            <source>Missed calls</source>
            <translation>Cuộc gọi nhỡ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="81" />
            <source>No missed calls</source>
            <translation>Không có cuộc gọi nhỡ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="87" />
            <source>{when}  {number}  → {extension}</source>
            <translation>{when}  {number}  → {extension}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/missed_calls.py" line="91" />
            <source>(while offline)</source>
            <translation>(khi mất kết nối)</translation>
        </message>
    </context>
    <context>
        <name>MoreRingingCard</name>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/popup_stack.py" line="52" />
            <source>+%n more ringing</source>
            <translation>
                <numerusform>+%n cuộc gọi khác đang đổ chuông</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="246" />
            <source>Settings — agent-desktop</source>
            <translation>Cài đặt — agent-desktop</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="247" />
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="278" />
            <source>General</source>
            <translation>Chung</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="248" />
            <source>Refresh live calls every</source>
            <translation>Làm mới cuộc gọi sau mỗi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="249" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="250" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="251" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="252" />
            <source> s</source>
            <translation> giây</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="253" />
            <source>System language</source>
            <translation>Ngôn ngữ hệ thống</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="254" />
            <source>Start when I log in to the computer</source>
            <translation>Tự khởi động khi đăng nhập máy tính</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="255" />
            <source>Start hidden in the tray</source>
            <translation>Khởi động ẩn dưới khay hệ thống</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="256" />
            <source>When a call rings for me</source>
            <translation>Khi có cuộc gọi đến tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="257" />
            <source>Show a tray notification</source>
            <translation>Hiện thông báo ở khay hệ thống</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="258" />
            <source>Show the call popup</source>
            <translation>Hiện cửa sổ cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="259" />
            <source>Play a sound</source>
            <translation>Phát âm báo</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="260" />
            <source>Also for my ring groups</source>
            <translation>Cả nhóm đổ chuông của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="261" />
            <source>e.g. 600, 601</source>
            <translation>ví dụ 600, 601</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="263" />
            <source>Calls to these ring groups or queues ring for you too, when the PBX shows them under the group's number.</source>
            <translation>Cuộc gọi tới các nhóm đổ chuông hoặc hàng đợi này cũng báo cho bạn, khi tổng đài hiển thị chúng theo số của nhóm.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="265" />
            <source>Open in CRM</source>
            <translation>Mở trong CRM</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="266" />
            <source>For supervisors</source>
            <translation>Dành cho giám sát</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="267" />
            <source>Highlight calls longer than</source>
            <translation>Tô sáng cuộc gọi dài hơn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="268" />
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="269" />
            <source>Agents on the board</source>
            <translation>Nhân viên trên bảng theo dõi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="270" />
            <source>usernames, e.g. agent101, agent102</source>
            <translation>tên đăng nhập, ví dụ agent101, agent102</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="273" />
            <source>The web address to open for a call. {phone}, {call_id} and {extension} are replaced by the call's values.</source>
            <translation>Địa chỉ web mở ra cho một cuộc gọi. {phone}, {call_id} và {extension} được thay bằng giá trị của cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="279" />
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="280" />
            <source>Calling</source>
            <translation>Gọi điện</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="281" />
            <source>When I call</source>
            <translation>Khi tôi gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="282" />
            <source>Asynchronous — my phone rings, the app does not wait</source>
            <translation>Không đồng bộ — điện thoại của tôi đổ chuông, ứng dụng không chờ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="284" />
            <source>Synchronous — wait until I pick up</source>
            <translation>Đồng bộ — chờ đến khi tôi nhấc máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="285" />
            <source>Hotline</source>
            <translation>Đầu số hotline</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="286" />
            <source>The PBX's default</source>
            <translation>Mặc định của tổng đài</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="287" />
            <source>The number your calls are made from. Leave it empty to use the PBX's default.</source>
            <translation>Số dùng để gọi ra. Để trống để dùng mặc định của tổng đài.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="289" />
            <source>Links from other apps (tel:, callto:, sip:)</source>
            <translation>Liên kết từ ứng dụng khác (tel:, callto:, sip:)</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="290" />
            <source>Call at once</source>
            <translation>Gọi ngay</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="291" />
            <source>Ask me first</source>
            <translation>Hỏi tôi trước</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="292" />
            <source>Pick up my phone automatically</source>
            <translation>Tự động nhấc máy của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="293" />
            <source>When the app calls, your phone answers by itself (if it supports it).</source>
            <translation>Khi ứng dụng gọi, điện thoại của bạn tự nhấc máy (nếu điện thoại hỗ trợ).</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="295" />
            <source>Caller ID (optional)</source>
            <translation>Số hiển thị (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="296" />
            <source>Name shown on my phone</source>
            <translation>Tên hiển thị trên điện thoại của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="298" />
            <source>Number shown on my phone</source>
            <translation>Số hiển thị trên điện thoại của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="299" />
            <source>My extension</source>
            <translation>Máy nhánh của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="300" />
            <source>Caller name sent to the customer</source>
            <translation>Tên người gọi gửi tới khách hàng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="301" />
            <source>Caller number sent to the customer</source>
            <translation>Số người gọi gửi tới khách hàng</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="303" />
            <source>As the PBX sets it</source>
            <translation>Theo cài đặt của tổng đài</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="304" />
            <source>Encode numbers (Base64)</source>
            <translation>Mã hóa số điện thoại (Base64)</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="305" />
            <source>Only when your PBX administrator asks for it.</source>
            <translation>Chỉ bật khi quản trị tổng đài yêu cầu.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="330" />
            <source>“{field}” must be a phone number: 3 to 15 digits, optionally starting with +.</source>
            <translation>“{field}” phải là số điện thoại: từ 3 đến 15 chữ số, có thể bắt đầu bằng +.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="340" />
            <source>The CRM address must start with http:// or https://.</source>
            <translation>Địa chỉ CRM phải bắt đầu bằng http:// hoặc https://.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="345" />
            <source>Ring groups are numbers, separated by commas.</source>
            <translation>Nhóm đổ chuông là các số, cách nhau bằng dấu phẩy.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/settings_dialog.py" line="350" />
            <source>Agents are usernames without spaces, separated by commas.</source>
            <translation>Nhân viên là tên đăng nhập không có dấu cách, cách nhau bằng dấu phẩy.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFilter</name>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="201" />
            <source>Listening: you hear this call; nobody hears you</source>
            <translation>Đang nghe: bạn nghe cuộc gọi này, không ai nghe thấy bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="202" />
            <source>Whispering: only the agent hears you</source>
            <translation>Đang nhắc nhỏ: chỉ nhân viên nghe thấy bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="203" />
            <source>In the call: the agent and the customer hear you</source>
            <translation>Trong cuộc gọi: nhân viên và khách hàng nghe thấy bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="206" />
            <source>listening</source>
            <translation>đang nghe</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="207" />
            <source>whispering</source>
            <translation>đang nhắc nhỏ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="208" />
            <source>in the call</source>
            <translation>trong cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="210" />
            <source>{direction} · {mark}</source>
            <translation>{direction} · {mark}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_filter.py" line="211" />
            <source>Longer than {minutes} min</source>
            <translation>Dài hơn {minutes} phút</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPanel</name>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="199" />
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="229" />
            <source>That call has already ended.</source>
            <translation>Cuộc gọi đó đã kết thúc.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="238" />
            <source>Listen to {call}: your phone ({ext}) rings…</source>
            <translation>Nghe {call}: điện thoại của bạn ({ext}) đang đổ chuông…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="239" />
            <source>Whisper to {call}: your phone ({ext}) rings…</source>
            <translation>Nhắc nhỏ {call}: điện thoại của bạn ({ext}) đang đổ chuông…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="240" />
            <source>Barge into {call}: your phone ({ext}) rings…</source>
            <translation>Chen ngang {call}: điện thoại của bạn ({ext}) đang đổ chuông…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="241" />
            <source>Transferring {call} to extension {ext}…</source>
            <translation>Đang chuyển {call} tới máy nhánh {ext}…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="250" />
            <source>Listening to {call} on extension {ext}. Nobody hears you.</source>
            <translation>Đang nghe {call} trên máy nhánh {ext}. Không ai nghe thấy bạn.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="252" />
            <source>Whispering to {call} from extension {ext}. Only the agent hears you.</source>
            <translation>Đang nhắc nhỏ {call} từ máy nhánh {ext}. Chỉ nhân viên nghe thấy bạn.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="254" />
            <source>You are in {call} on extension {ext}. The agent and the customer hear you.</source>
            <translation>Bạn đang trong {call} trên máy nhánh {ext}. Nhân viên và khách hàng nghe thấy bạn.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="256" />
            <source>Transferred {call} to extension {ext}.</source>
            <translation>Đã chuyển {call} tới máy nhánh {ext}.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="289" />
            <source>the call</source>
            <translation>cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="295" />
            <source>the call between {first} and {second}</source>
            <translation>cuộc gọi giữa {first} và {second}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="300" />
            <source>the call of {agent} with {customer}</source>
            <translation>cuộc gọi của {agent} với {customer}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="332" />
            <source>No calls on the PBX right now</source>
            <translation>Hiện không có cuộc gọi nào trên tổng đài</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="334" />
            <source>No calls match the filters</source>
            <translation>Không có cuộc gọi nào khớp bộ lọc</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="370" />
            <source>Listen</source>
            <translation>Nghe lén</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="371" />
            <source>Listen to the selected call: nobody hears you</source>
            <translation>Nghe cuộc gọi đã chọn: không ai nghe thấy bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="372" />
            <source>Whisper</source>
            <translation>Nhắc nhỏ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="373" />
            <source>Talk to the agent of the selected call only</source>
            <translation>Chỉ nói với nhân viên của cuộc gọi đã chọn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="374" />
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="393" />
            <source>Barge in</source>
            <translation>Chen ngang</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="375" />
            <source>Join the selected call: the agent and the customer hear you</source>
            <translation>Tham gia cuộc gọi đã chọn: nhân viên và khách hàng nghe thấy bạn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="376" />
            <source>Transfer</source>
            <translation>Chuyển</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="377" />
            <source>Transfer the selected call to another extension</source>
            <translation>Chuyển cuộc gọi đã chọn sang máy nhánh khác</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="381" />
            <source>{tip} ({key})</source>
            <translation>{tip} ({key})</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="382" />
            <source>Call actions</source>
            <translation>Thao tác cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="383" />
            <source>Calls on the PBX</source>
            <translation>Cuộc gọi trên tổng đài</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="392" />
            <source>Barge into {call}? The agent and the customer will both hear you.</source>
            <translation>Chen ngang {call}? Cả nhân viên và khách hàng sẽ nghe thấy bạn.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="393" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_panel.py" line="398" />
            <source>Longer than {minutes} min</source>
            <translation>Dài hơn {minutes} phút</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="144" />
            <source>The call is already with extension {ext}.</source>
            <translation>Cuộc gọi đã ở máy nhánh {ext}.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="147" />
            <source>The phone of extension {ext} is not logged in: the PBX will refuse the transfer.</source>
            <translation>Điện thoại của máy nhánh {ext} chưa đăng nhập: tổng đài sẽ từ chối chuyển cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="165" />
            <source>Transfer call</source>
            <translation>Chuyển cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="166" />
            <source>Transfer {call} to:</source>
            <translation>Chuyển {call} tới:</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="167" />
            <source>Agents</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="168" />
            <source>phone logged in</source>
            <translation>điện thoại đã đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="168" />
            <source>phone not logged in</source>
            <translation>điện thoại chưa đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="169" />
            <source>phone status unknown</source>
            <translation>chưa rõ trạng thái điện thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="175" />
            <source>{ext}  {name} — {state}</source>
            <translation>{ext}  {name} — {state}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="177" />
            <source>{ext} — {state}</source>
            <translation>{ext} — {state}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="178" />
            <source>&amp;Extension (digits only):</source>
            <translation>&amp;Máy nhánh (chỉ chữ số):</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="179" />
            <source>e.g. 105</source>
            <translation>ví dụ 105</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/supervisor_transfer.py" line="180" />
            <source>Transfer</source>
            <translation>Chuyển</translation>
        </message>
    </context>
    <context>
        <name>TrayController</name>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="73" />
            <source>Not logged in</source>
            <translation>Chưa đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="78" />
            <source>Extension {ext}: offline — retrying in {seconds} s</source>
            <translation>Máy nhánh {ext}: mất kết nối — thử lại sau {seconds} giây</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="80" />
            <source>Extension {ext}: offline — {reason}</source>
            <translation>Máy nhánh {ext}: mất kết nối — {reason}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="83" />
            <source>Extension {ext}: checking…</source>
            <translation>Máy nhánh {ext}: đang kiểm tra…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="85" />
            <source>Extension {ext}: phone logged in</source>
            <translation>Máy nhánh {ext}: điện thoại đã đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="86" />
            <source>Extension {ext}: phone not logged in</source>
            <translation>Máy nhánh {ext}: điện thoại chưa đăng nhập</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="90" />
            <source>agent-desktop</source>
            <translation>agent-desktop</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/tray.py" line="92" />
            <source>%n missed call(s)</source>
            <translation>
                <numerusform>%n cuộc gọi nhỡ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="107" />
            <source>Show window</source>
            <translation>Mở cửa sổ</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="109" />
            <source>Dial…</source>
            <translation>Gọi số…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="110" />
            <source>Dial clipboard</source>
            <translation>Gọi số trong bộ nhớ tạm</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="112" />
            <source>My status</source>
            <translation>Trạng thái của tôi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="116" />
            <source>Check again</source>
            <translation>Kiểm tra lại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="119" />
            <source>Settings…</source>
            <translation>Cài đặt…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="121" />
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="123" />
            <source>Log in…</source>
            <translation>Đăng nhập…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/tray.py" line="125" />
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
    </context>
    <context>
        <name>WallboardView</name>
        <message numerus="yes">
            <location filename="../../agent_desktop/ui/wallboard.py" line="188" />
            <source>%n internal</source>
            <translation>
                <numerusform>%n nội bộ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="189" />
            <source>on the PBX now</source>
            <translation>trên tổng đài lúc này</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="190" />
            <source>not answered yet</source>
            <translation>chưa được trả lời</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="191" />
            <source>in conversation</source>
            <translation>đang đàm thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="192" />
            <source>waiting on hold</source>
            <translation>đang chờ giữ máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="194" />
            <source>live calls in / out</source>
            <translation>cuộc gọi đến / đi hiện tại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="197" />
            <source>of calls ringing now</source>
            <translation>trong các cuộc đang đổ chuông</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="198" />
            <source>no call is ringing</source>
            <translation>không có cuộc gọi nào đổ chuông</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="202" />
            <source>of calls in progress</source>
            <translation>trong các cuộc đang gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="203" />
            <source>nobody is talking</source>
            <translation>không ai đang đàm thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="214" />
            <source>{inbound} in · {outbound} out</source>
            <translation>{inbound} đến · {outbound} đi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="216" />
            <source>no calls yet</source>
            <translation>chưa có cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="221" />
            <source>{answered} of {rated} answered</source>
            <translation>đã nghe {answered} trên {rated}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="224" />
            <source>per answered call</source>
            <translation>mỗi cuộc đã nghe</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="229" />
            <source>Today's numbers could not be updated: {reason}</source>
            <translation>Không cập nhật được số liệu hôm nay: {reason}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="232" />
            <source>(showing {time})</source>
            <translation>(đang hiển thị lúc {time})</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="235" />
            <source>Today's numbers as of {time}</source>
            <translation>Số liệu hôm nay lúc {time}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="239" />
            <source>Loading today's numbers…</source>
            <translation>Đang tải số liệu hôm nay…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="336" />
            <location filename="../../agent_desktop/ui/wallboard.py" line="356" />
            <source>Wallboard</source>
            <translation>Bảng theo dõi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="337" />
            <source>Large</source>
            <translation>Cỡ lớn</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="338" />
            <source>Bigger numbers and charts for a wall screen</source>
            <translation>Số và biểu đồ lớn hơn cho màn hình treo tường</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="340" />
            <source>Exit full screen</source>
            <translation>Thoát toàn màn hình</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="340" />
            <source>Full screen</source>
            <translation>Toàn màn hình</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="341" />
            <source>Full screen, large (F11)</source>
            <translation>Toàn màn hình, cỡ lớn (F11)</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="343" />
            <source>Active calls</source>
            <translation>Cuộc gọi đang diễn ra</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="344" />
            <source>Ringing</source>
            <translation>Đang đổ chuông</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="345" />
            <source>Talking</source>
            <translation>Đang đàm thoại</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="346" />
            <source>On hold</source>
            <translation>Đang giữ máy</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="347" />
            <source>Inbound / outbound</source>
            <translation>Gọi đến / gọi đi</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="348" />
            <source>Longest ring</source>
            <translation>Đổ chuông lâu nhất</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="349" />
            <source>Longest talk</source>
            <translation>Đàm thoại lâu nhất</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="350" />
            <source>Calls today</source>
            <translation>Cuộc gọi hôm nay</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="351" />
            <source>Answer rate today</source>
            <translation>Tỉ lệ nghe máy hôm nay</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/ui/wallboard.py" line="352" />
            <source>Average talk today</source>
            <translation>Đàm thoại trung bình hôm nay</translation>
        </message>
    </context>
    <context>
        <name>dialer</name>
        <message>
            <location filename="../../agent_desktop/core/dialer.py" line="111" />
            <source>Log in first to make calls.</source>
            <translation>Hãy đăng nhập trước khi gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/dialer.py" line="119" />
            <source>Still placing the call to {number}; wait a moment.</source>
            <translation>Đang thực hiện cuộc gọi tới {number}; vui lòng chờ một chút.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/dialer.py" line="183" />
            <source>Stopped waiting. Your phone may still ring for this call.</source>
            <translation>Đã ngừng chờ. Điện thoại của bạn có thể vẫn đổ chuông cho cuộc gọi này.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="45" />
            <source>Your session had expired; it has been renewed and nothing was done. Please try again.</source>
            <translation>Phiên làm việc đã hết hạn và vừa được gia hạn; chưa có thao tác nào được thực hiện. Vui lòng thử lại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="49" />
            <source>Wrong username or password.</source>
            <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="50" />
            <source>The PBX no longer accepts this session. Please log in again.</source>
            <translation>Tổng đài không còn chấp nhận phiên làm việc này. Vui lòng đăng nhập lại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="52" />
            <source>Your account is not allowed to do this.</source>
            <translation>Tài khoản của bạn không có quyền thực hiện thao tác này.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="54" />
            <source>The phone for extension {ext} is not logged in (softphone or IP phone).</source>
            <translation>Máy nhánh {ext} chưa đăng nhập trên softphone hoặc IP phone.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="58" />
            <source>Your phone (extension {ext}) did not answer, so the call was not placed.</source>
            <translation>Máy nhánh {ext} của bạn không nhấc máy nên cuộc gọi chưa được thực hiện.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="61" />
            <source>The call was rejected on extension {ext}.</source>
            <translation>Cuộc gọi đã bị từ chối trên máy nhánh {ext}.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="62" />
            <source>The call could not be connected.</source>
            <translation>Không thể kết nối cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="64" />
            <source>Extension {ext} is busy.</source>
            <translation>Máy nhánh {ext} đang bận.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="66" />
            <source>A secure connection to the server could not be made. Check the address (https://) and the server's certificate.</source>
            <translation>Không thể tạo kết nối bảo mật tới máy chủ. Hãy kiểm tra địa chỉ (https://) và chứng chỉ của máy chủ.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="70" />
            <source>The server stopped answering. The call may already have been placed: check your phone and the live calls before dialing again.</source>
            <translation>Máy chủ ngừng phản hồi. Cuộc gọi có thể đã được thực hiện: hãy kiểm tra điện thoại và danh sách cuộc gọi trước khi gọi lại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="74" />
            <source>The server stopped answering. Check your network and try again.</source>
            <translation>Máy chủ ngừng phản hồi. Hãy kiểm tra kết nối mạng và thử lại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="76" />
            <source>The server cannot be reached. Check the address and your network.</source>
            <translation>Không kết nối được tới máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="80" />
            <source>This address does not answer like a PBX. Check the server address.</source>
            <translation>Địa chỉ này không phản hồi như một tổng đài. Hãy kiểm tra lại địa chỉ máy chủ.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="83" />
            <source>It no longer exists (the call may have ended).</source>
            <translation>Mục này không còn tồn tại (cuộc gọi có thể đã kết thúc).</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="86" />
            <source>The PBX refused the input: {detail}</source>
            <translation>Tổng đài từ chối dữ liệu: {detail}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="89" />
            <source>This PBX does not offer that feature.</source>
            <translation>Tổng đài này không hỗ trợ tính năng đó.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="91" />
            <source>The PBX had a problem ({detail}). Try again in a moment.</source>
            <translation>Tổng đài gặp sự cố ({detail}). Vui lòng thử lại sau ít phút.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="94" />
            <source>The PBX refused: {detail}</source>
            <translation>Tổng đài từ chối: {detail}</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/messages.py" line="95" />
            <source>Something went wrong ({kind}). Details are in the log file.</source>
            <translation>Đã xảy ra lỗi ({kind}). Chi tiết có trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>phone</name>
        <message>
            <location filename="../../agent_desktop/core/phone.py" line="68" />
            <source>Type a phone number to call.</source>
            <extracomment>The TEL4VN customer pattern for POST /v2/click2call and POST /v2/customer, verbatim.</extracomment>
            <translation>Hãy nhập số điện thoại cần gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/phone.py" line="69" />
            <source>This is not a phone number.</source>
            <translation>Đây không phải là số điện thoại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/phone.py" line="70" />
            <source>This number is too short.</source>
            <translation>Số này quá ngắn.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/phone.py" line="71" />
            <source>This number is too long.</source>
            <translation>Số này quá dài.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/phone.py" line="72" />
            <source>This is not a valid phone number. Check the digits and the prefix.</source>
            <translation>Số điện thoại không hợp lệ. Hãy kiểm tra các chữ số và đầu số.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/phone.py" line="74" />
            <source>A customer's number must be a Vietnamese mobile number (84… or 03/05/07/08/09…).</source>
            <translation>Số của khách hàng phải là số di động Việt Nam (84… hoặc 03/05/07/08/09…).</translation>
        </message>
    </context>
    <context>
        <name>supervisor</name>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="78" />
            <source>Log in first to act on calls. Nothing was sent.</source>
            <translation>Hãy đăng nhập trước khi thao tác cuộc gọi. Chưa gửi gì.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="80" />
            <source>Only supervisor accounts can listen to, whisper to, barge into or transfer calls. Nothing was sent.</source>
            <translation>Chỉ tài khoản giám sát mới được nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi. Chưa gửi gì.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="84" />
            <source>This PBX does not let supervisors listen to, whisper to, barge into or transfer calls.</source>
            <translation>Tổng đài này không cho giám sát nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="134" />
            <source>Choose a call first.</source>
            <translation>Hãy chọn một cuộc gọi trước.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="137" />
            <source>Enter the extension to transfer the call to.</source>
            <translation>Nhập máy nhánh nhận cuộc gọi chuyển.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="138" />
            <source>Your account has no extension, so your phone cannot join calls.</source>
            <translation>Tài khoản của bạn không có máy nhánh nên điện thoại không thể tham gia cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="142" />
            <source>“{ext}” is not an extension: use digits only. Nothing was sent.</source>
            <translation>“{ext}” không phải máy nhánh: chỉ dùng chữ số. Chưa gửi gì.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="146" />
            <source>Still waiting for the PBX to answer the last request on this call; try again in a moment.</source>
            <translation>Vẫn đang chờ tổng đài trả lời yêu cầu trước cho cuộc gọi này; vui lòng thử lại sau giây lát.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="189" />
            <source>That call has already ended.</source>
            <translation>Cuộc gọi đó đã kết thúc.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="191" />
            <source>The PBX lets only admin accounts listen to, whisper to, barge into or transfer calls.</source>
            <translation>Tổng đài chỉ cho tài khoản quản trị nghe lén, nhắc nhỏ, chen ngang hoặc chuyển cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="195" />
            <source>Your phone (extension {ext}) is not logged in. Log in your softphone or IP phone, then try again.</source>
            <translation>Điện thoại của bạn (máy nhánh {ext}) chưa đăng nhập. Hãy đăng nhập softphone hoặc IP phone rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="199" />
            <source>Your phone (extension {ext}) is already in a call. Hang up first, then try again.</source>
            <translation>Điện thoại của bạn (máy nhánh {ext}) đang trong cuộc gọi. Hãy gác máy rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/core/supervisor.py" line="202" />
            <source>The server stopped answering, so the PBX may have done it anyway. Check the live calls before trying again.</source>
            <translation>Máy chủ ngừng phản hồi nên tổng đài có thể đã thực hiện. Hãy kiểm tra danh sách cuộc gọi trước khi thử lại.</translation>
        </message>
    </context>
</TS>