"""The text vocabulary of the readers: the words a plan document or a ledger cell is read by.

One place for what both readers (`plan_parser` for free text, `ledger_sheets` for cells)
recognise, so they cannot drift apart:

* field synonyms — the labels and column names of a field (问题 / 反馈问题 / 问题具体情况 …);
* deadline phrases — the rolling deadlines (立行立改 / 持续推进 / 长期坚持 …); the dates
  themselves are read by `intake.deadline_text`, the one deadline reader;
* unit lists — the one bracket-aware list splitter, the role words (牵头 / 配合 / 负责 / 参与)
  and the phrases inside a unit list that are not units (下同, 不再列出, …);
* status wording — completion markers in text (已完成整改并上报销号, 通过核查验收 …) and
  the values of a status column that mean done (已完成, 是, 100% …).

Pure data and small text functions; imports nothing from the project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- field synonyms ---------------------------------------------------------------------------

# field → the labels (document) or column names (table header) it goes by, most specific first
# within a field where one label contains another.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "problem": (
        "反馈问题",
        "披露/指出问题",
        "披露问题",
        "指出问题",
        "督察反馈问题",
        "交办问题基本情况",
        "转办问题基本情况",
        "交办单标题",
        "交办问题",
        "交办内容",
        "存在问题",
        "问题具体情况",
        "问题基本情况",
        "反馈意见建议",
        # a 整改方案's list item: 督察意见 / 责任单位 / 整改时限 / 整改目标 / 整改措施 (黑龙江)
        "督察反馈意见",
        "督察意见",
        "问题描述",
        "问题内容",
        # a petition closure notice: the complaint as the petitioner put it
        "反映问题",
        "反映环境问题",
        "反映情况",
        # a report on one problem a 生态环境警示片 showed: what the film disclosed
        "警示片披露",
        "问题名称",
        "具体问题",
        "主要问题",
        "主要任务",
        "重点任务",
        # a pilot's target breakdown (“无废城市”建设试点目标任务分解): 试点任务 | 细化措施 | …
        "试点任务",
        "任务名称",
        # a 行动计划's task list names each task by its project (项目名称 | 主要内容 | …)
        "项目名称",
        # a 民生实事 progress table names each task by its project or as a 工作任务
        "民生实事项目",
        "实事项目",
        "工作任务",
        "整改事项",
        "交办事项",
        "督办事项",
        "确定事项",
        "议定事项",
        "整改任务内容",
        "整改任务概述",
        "整改任务",
        "整改问题",
        "具体内容",
        "问题",
    ),
    # a 反馈单's 办理要求 beside its 办理时限: what the unit must do (numbered steps: its measures)
    # a town's 整治 list's 整治要求 beside the problem: what it must come to, one sentence (a target)
    "target": (
        "整改目标",
        "目标任务",
        "整改要求",
        "整治要求",
        "目标要求",
        "工作要求",
        "督办要求",
        "办理要求",
    ),
    "deadline": (
        "整改时限",
        "整改期限",
        "完成时限",
        "计划完成整治时间",
        # a 黑臭水体 公示's 完成治理时间 / 完成整治时间: the date the body is to be (or was) treated by
        "完成治理时间",
        "完成整治时间",
        "计划完成时间",
        "整改时间",
        # a 水源地 整治公示's “三、整治时间” over its 开工 / 竣工 lines (each a label of its own)
        "整治时间",
        "完成时间",
        "办结时限",
        "时限要求",
        "时限",
        # a plan's 计划节点 / 时间节点: the date a task is due by
        "计划节点",
        "时间节点",
        "完成节点",
    ),
    "lead": (
        "牵头单位",
        "牵头部门",
        "主责单位",
        "责任单位",
        "整改责任单位",
        "整改实施主体",
        "实施主体",
        "责任主体",
        "整改主体",
        "责任部门",
        "整改单位",
        # a proposal's or a 交办件's 主办单位 / 协办单位: the body that answers it, and its helpers
        "主办单位",
        "主办部门",
        # a 督办通知 names the body that must act 被督办单位 (督办单位 is the sender); 承办单位 is
        # classed as lead by its words (classify_label)
        "被督办单位",
        # an 整改通知书 is addressed to the body checked, which must put things right
        "被督查单位",
        "被交办单位",
        "被督导单位",
        "被检查单位",
        # an audit's 整改清单 names the body audited: it must put its problems right
        "被审计单位",
        # a 曝光台 post names the competent department that must see the problem put right
        "主管单位",
        # a 街道's 创文 post names the 片区 (a grid zone with its own staff) that must put it right
        "责任片区",
        # a town's ledger names the 站所 (镇大气办, 镇城管办) and a county bureau's the 股室 that answer
        "责任站所",
        "责任股室",
    ),
    "coop": (
        "配合单位",
        "配合部门",
        "协办单位",
        "协同单位",
        "参与单位",
        # 配合责任单位 / 协同责任单位 beside 责任单位: the bodies that share the work, not a second lead
        "配合责任单位",
        "配合责任部门",
        "协同责任单位",
        "协同责任部门",
        "协办责任单位",
        "参与责任单位",
    ),
    # the enterprise an 整改意见书 / 整改通知书 is addressed to: the lead when no unit label is given
    "subject": ("企业（单位）名称", "被检查企业", "企业名称", "单位名称"),
    "leaders": (
        "督办县领导",
        "督办区领导",
        "督办市领导",
        "督办领导",
        "牵头领导",
        "牵头县领导",
        "责任领导",
        "责任县领导",
        "包案领导",
        "联系领导",
        "县级领导",
    ),
    "responsible": ("责任人员", "具体责任人", "责任人"),
    "liaison": ("联络人员", "联络人", "联络员", "联系人"),
    "measures": (
        "整改措施及整改时限",
        # a closure notice's further measures: measures by name, unlike 下一步工作 (progress)
        "下一步持续深化整改措施",
        "持续深化整改措施",
        "下一步整改措施",
        "整改措施",
        "具体整治措施",
        "任务分解及实施进度",
        "工作措施",
        "主要措施",
        "具体措施",
        "整改举措",
        "重点措施",
        # a check's 重点问题清单: its advice on how each problem is to be put right
        "整改意见",
        # a land-enforcement ledger's 处置意见 for each plot (拆除复耕, 补办手续 …): what is to be done
        "处置意见",
        "措施",
    ),
    "progress": (
        "整改完成情况",
        "整改主要工作及成效",
        "主要工作及成效",
        "整改进展情况",
        "整治进展情况",
        "处理和整改情况",
        # a 日报's case: “处理整改：…” (what was done with the case and what is to follow)
        "处理整改情况",
        "处理整改",
        # a petition list's 处理处罚和问责情况 (“处理情况：… 问责情况：…”): what was done with the case
        "处理处罚和问责情况",
        "处理处罚情况",
        # a city 边督边改 list's 整改、处理及问责情况: what was done with the case, who was held to account
        "整改、处理及问责情况",
        # a 工作简报's case paragraph: “经查，…。处理情况：…。责任单位：…” (what was done so far)
        "处理情况",
        # “…责任单位：…。办理结果：已办结。” closing a 公示's case paragraph, or a 督办单's 办理结果
        # (“已完成维修，已电话回复诉求人”): what was done with the case, listed so that a run-on
        # paragraph cuts at it
        "办理结果",
        "整改落实情况",
        "整改措施落实情况",
        # “整改措施：…” then “落实情况：…” under 二、整改措施及落实情况
        "落实情况",
        "完成情况",
        "进展情况",
        "整改情况",
        "整改进展",
        "工作进展",
        "整改进度",
        "完成进度",
        "整改效果",
        "整改成效",
        "下一步工作计划",
        "下一步工作",
        # a report's chapter “三、下步计划”: what the office will do next, progress like 下一步工作
        "下步工作计划",
        "下步计划",
    ),
    "result": (
        # a 公示表's 完成率 beside its 工作进展情况: 100% is done, any less open
        "完成率",
        "整改结果",
        "整改结论",
        "销号情况",
        "是否销号",
        "是否完成",
        "整改状态",
        "完成状态",
        "验收结论",
        "验收情况",
        # a closure form's check (“经核查，…达到销号条件”): its verdict on the finding
        "核查情况",
        # a 回头看 / 复查 table's finding per problem (已整改完成 / 未完成整改) beside the problem
        "检查情况",
        "复查情况",
        # a 回访 通报's list: what the revisit found of each problem (未整改到位 / 已整改)
        "回访情况",
        # a ledger's column for the later re-check (已复查，未反弹): a verdict, not the work's progress
        "回头看情况",
        "验收意见",
        # a 验收销号清单's verdict per finding: 同意销号 / 暂缓销号
        "销号意见",
        "销号结论",
        "当前状态",
        "办结状态",
        "办结情况",
        "是否办结",
        "办理状态",
        # a pushed task (远程推送 / 督办) closed by whoever checked it: 已核销 / 整改中
        "核销情况",
        "是否核销",
        # a town ledger's 整改前 / 整改后 pair: 整改后 is the state the work left (已清理 / 正在清理)
        "整改后情况",
        "整改后",
        # a county's 黑臭水体 公示: the state of each body (已消除 / 未消除)
        "现状情况",
    ),
    "number": ("序号", "问题编号", "问题序号", "交办单编号", "编号"),
    "applied": ("申请时间", "申请日期"),
    # the day a sheet was handed down: a limit written “限期30日内” counts from it
    "issued": (
        "下达日期",
        "交办日期",
        "交办时间",
        "督办日期",
        "督办时间",
        "下发日期",
        "下发时间",
        "签发日期",
    ),
    # the date a closure notice gives for writing the finding off: the finding is done
    # (整改完成时间 is when the work was finished, past: also done)
    "closing": ("拟办结销号时间", "拟销号时间", "办结销号时间", "销号时间", "整改完成时间"),
    # a remark (备注): nothing of its own, but “已完成整改，待验收销号” there says the row is done
    "remark": ("备注",),
    "ignore": (
        "公示情况",
        "验收销号意见",
        "验收单位",
        "验收部门",
        # a plan's 督导单位: the department that oversees a task, not one that carries it out
        "督导单位",
        "督导部门",
        "联系电话",
        "填报单位",
        "填报人",
        "填报日期",
        # a 曝光 post's site of the problem (【点位名称】【所属区域】【位置】): where, not what or who
        "点位名称",
        "所属区域",
        "位置",
        # a 督办通知's “反馈时间：…前将办理情况报…”: the day the result is reported, no limit
        "反馈时间",
        "反馈日期",
        # the state before the work, beside 整改后: the problem again, neither its title nor a result
        "整改前情况",
        "整改前",
        # a petition closure notice's “二、调查核实情况”: how the complaint was checked (属实 or
        # not), neither the problem nor what was done about it
        "调查核实情况",
    ),
}
# “整改任务第25项：…”: the list's number for the item written between a label and its colon; the
# label is the field's, the number the item's
LABEL_ITEM_NUMBER = r"第\s*[0-9一二三四五六七八九十百]{1,5}\s*[项条号]"
# “反馈问题（省编号第41号）：…”, “反馈问题（省编号10-2）：…”: the province's (or city's) number for
# the item in brackets between the label and its colon; the label is the field's
LABEL_CODE_NUMBER = (
    r"[（(]\s*(?:省|市|县|区)?(?:编号|序号)\s*[:：]?\s*第?\s*[0-9一二三四五六七八九十百]{1,5}\s*[项条号]?"
    r"\s*(?:[-—－]\s*\d{1,3})?\s*[)）]"
)

# Labels that are also ordinary words or section headings (“二、主要任务”): a label only with
# a colon after it, or as a table header cell.
COLON_ONLY_LABELS = frozenset(
    {
        "主要任务",
        "重点任务",
        "项目名称",
        "任务名称",
        "交办内容",
        "目标任务",
        "工作措施",
        "工作任务",
        "实事项目",
        "民生实事项目",
        "落实情况",
    }
)
# …except these, which are never a section heading: on a line of their own they are a label
# whose value follows on the next lines (a public notice: “一、任务名称” then the task).
OWN_LINE_LABELS = frozenset({"任务名称", "交办内容"})
# Labels that name the finding in a few words (a 交办单's title): the problem text under a later
# problem label (交办内容) continues the same finding.
TITLE_LABELS = frozenset({"交办单标题"})
_LISTED_WORK_DONE = (
    r"已完成[^。；;]{0,60}?(?:治理|整治|整改)工作[，,]\s*现将[^。；;]{0,12}(?:予以公示|进行公示|公示如下)"
)
# “君山区交通运输局关于“洞庭清波”常态化监督问题整改销号的公示”: a notice titled as posting problems
# for closing (整改销号 公示, not a 整改销号工作 or a plan of it): every problem it lists is done
# (“…实行问题整改销号公示制度”: a rule of the plan, no notice)
_CLOSURE_NOTICE_TITLE = r"(?:问题|任务)\s*整改\s*(?:验收)?\s*销号(?:的)?\s*公示(?!制度)"
CLOSURE_NOTICE_TITLE = re.compile(_CLOSURE_NOTICE_TITLE)
# The opening of a notice that publishes completed work (整改完成情况公示, 进入销号程序): its
# findings are done even where their own progress text does not say so.
NOTICE_OF_COMPLETION = re.compile(
    # (“…整改任务（序号十六）销号完成情况进行公示”: the write-off done, posted)
    r"(?:整改完成|整改销号|整改|整改任务落实|落实|销号完成)情况[^。；]{0,8}(?:进行公示|公示如下|予以公示)"
    r"|已完成整改工作|进入销号程序"
    # “以上整改情况向社会公示，如有异议…” closing a notice (not “整改情况定期向社会公示”, a promise)
    r"|以上[^。；，,]{0,8}情况向社会公示"
    # “现已完成整改并按要求通过了区督导组和本局的联合验收”: done, and accepted by whoever checked it
    r"|(?:已整改完成|已完成整改)[，,]?\s*并[^。；;，,]{0,6}通过了?[^。；;]{0,24}验收|(?<!不)同意销号|整改工作已(?:全面|全部)?完成[，,。；]"
    # “以下5项问题已完成整改，并经验收单位组织进行现场验收出具了验收销号意见”: done, and the checker has
    # written its opinion closing them
    r"|(?:已整改完成|已完成整改)[，,]?\s*并[^。；;]{0,30}?出具了?[^。；;]{0,4}验收销号意见"
    r"|拟申请(?:验收)?销号|整改结果(?:的)?公示|已完成整改[，,][^。；]{0,24}(?:予以公示|进行公示|公示如下)"
    # “此问题我区拟在11月份进行销号，特此公示”: the problem put up for closing, as 拟申请销号
    r"|拟[^。；，,]{1,10}?进行(?:验收)?销号"
    # “…向市林草局报送了验收销号申请，…开展了验收并进行了审核，该项任务拟销号”: checked and put up for
    # closing (not a column 拟销号时间, a date to come)
    r"|(?:任务|问题)\s*拟(?:验收)?销号(?!时间|日期)"
    # a title “…问题整改 销号公示”, “…问题整改销号的公示”: what it posts is put up for closing
    rf"|{_CLOSURE_NOTICE_TITLE}"
    r"|已完成整改的(?:问题|任务)[^。；]{0,8}(?:予以公示|进行公示|公示如下|予以公开|进行公开|公开如下)"
    # a page that publishes (公开) rather than posts (公示) the completed work: 整改完成情况公开
    r"|整改完成情况(?:予以|进行)?公开"
    # a title “…（22-02）整改措施⏎完成情况公示表”: a form published for work done (the line may break);
    # not “现将整改完成情况公示：” opening a notice, which posts work that may still go on
    r"|整改(?:措施|任务)\s*完成情况公示|整改完成情况公示表"
    # “现将我市符合销号条件的问题点位情况予以公示”: what is posted already meets the closing terms
    r"|符合(?:整改)?(?:验收)?销号(?:条件|标准)的[^。；]{0,30}(?:予以公示|进行公示|公示如下)"
    # “…反映的问题已对照方案整改完成，达到整改验收销号条件，现公示如下”: done, and meeting them
    r"|整改完成[，,]\s*达到(?:整改)?(?:验收)?销号(?:条件|标准)"
    # a title “关于…第8号问题整改 销号公示”: the one problem it numbers is posted for its write-off,
    # so it is done (not a list's “…反馈问题整改销号公示” over open rows, nor “…销号公示制度”)
    r"|第\s*[0-9一二三四五六七八九十百〇零]{1,5}\s*[项号]\s*(?:反馈)?问题\s*整改\s*(?:验收)?\s*销号\s*(?:的)?\s*公示"
    r"(?!制度|机制|办法)"
    # a title “关于《…整改任务清单》 第七项整改任务整改情况的公示”: one numbered task's rectification
    # posted (辽宁's write-off notices), so it is done (not “…整改进展情况公示”, work going on)
    r"|第\s*[0-9一二三四五六七八九十百〇零]{1,5}\s*项\s*整改任务\s*整改(?:完成)?情况\s*(?:的)?\s*公示"
    # a title “关于…反馈问题 （序号20）整改情况的公示”: one numbered problem's rectification posted, the
    # same (not “…问题整改进展情况公示”, work going on)
    r"|问题\s*[（(]\s*(?:省|市)?序号\s*[0-9一二三四五六七八九十百〇零]{1,5}\s*[)）]\s*整改(?:完成)?情况\s*(?:的)?\s*公示"
    rf"|{_LISTED_WORK_DONE}"
    # “…的整改工作已通过省生态环境厅验收”: the rectification accepted by whoever checked it (not “尚未通过
    # 验收”, nor “待…通过验收后销号”, work still to be accepted)
    r"|整改(?:工作|任务)?\s*已(?:经)?\s*通过了?[^。；;，,]{0,16}?验收"
)
# “我市已完成其中5条农村黑臭水体的治理工作，现将有关情况予以公示”: the notice says the work on the
# bodies (or problems) it lists is done, so each row is done though it has no progress of its own
LISTED_WORK_DONE = re.compile(_LISTED_WORK_DONE)
# The number of the one task a notice or acceptance form is about: （序号十）, （问题三十）,
# 第二十七项整改任务, 第07号整改任务.
NOTICE_NUMBER = re.compile(
    # (“反馈问题（省序号14）”: the number in the province's list, as 省编号 below)
    r"[（(](?:(?:省|市)?序号|问题)\s*(?P<a>[0-9一二三四五六七八九十百〇零]{1,5})[)）]"
    # “第十七项（69）问题”: the item, then its number in the higher list in brackets
    r"|第\s*(?P<b>[0-9一二三四五六七八九十百〇零]{1,5})\s*[项号]\s*(?:[（(]\s*\d{1,4}\s*[)）])?\s*(?:整改)?任务"
    # (“中央环保督察第8号问题整改 销号公示”: the item counted in 号)
    r"|第\s*(?P<c>[0-9一二三四五六七八九十百〇零]{1,5})\s*[项号]\s*(?:[（(]\s*\d{1,4}\s*[)）])?\s*(?:反馈)?问题"
    # “…反馈问题（第12项）整改验收销号公示”: the item's number in brackets after the word 问题
    r"|(?:问题|任务)\s*[（(]\s*第\s*(?P<i>[0-9一二三四五六七八九十百〇零]{1,5})\s*[项号]\s*[)）]"
    # “{编号364(35-11)}：…” — the local number, the national one in brackets
    r"|[{｛【]\s*编号\s*(?P<d>\d{1,4})\s*(?:[(（][^)）]{0,12}[)）])?\s*[}｝】]"
    # “…“回头看”督察整改二十八（三）”: the task, then its part in the higher list
    r"|督察整改\s*(?P<e>[一二三四五六七八九十百]{1,5})\s*[（(][一二三四五六七八九十]{1,3}[)）]"
    # “…专项督察反馈14号问题已整改完成”, “…整改方案》明确的编号36整改事项”
    r"|反馈\s*(?P<f>\d{1,4})\s*号\s*问题"
    r"|编号\s*(?P<g>\d{1,4})\s*(?:整改)?(?:事项|任务)"
    # “（11-5）整改措施完成情况公示表”: problem 11's fifth measure, the title of its form
    r"|^\s*[（(]\s*(?P<j>\d{1,4})\s*[-—－]\s*\d{1,3}\s*[)）]\s*(?=整改|问题|反馈|公示)"
    # “…督察反馈意见（12-01）⏎整改措施完成情况公示表”: the same code right after 反馈意见, the line
    # breaking after it or not; the part may be a case's four-digit number (“（27-1041）”, a report
    # of problem 27's list)
    r"|反馈意见\s*[（(]\s*(?P<k>\d{1,4})\s*[-—－]\s*\d{1,4}\s*[)）]"
    # “…“回头看”第398号转办件整改验收销号情况公示”: a petition case's number in its list
    r"|第\s*(?P<l>\d{1,5})\s*号\s*(?:转办件|交办件|信访件|举报件|转办事项|交办事项)"
    # “反馈问题(省编号10-2)”: the province's problem 10, its second part
    # (“反馈问题（省编号第41号）：…”, the number written 第…号)
    r"|[（(]\s*(?:省|市)?编号\s*第?\s*(?P<h>\d{1,4})\s*号?\s*(?:[-—－]\s*\d{1,3})?\s*[)）]"
    # “反馈问题（省编号 ）：53”: the same bracket left empty, the number after the line's colon
    r"|[（(]\s*(?:省|市)?编号\s*[)）]\s*[:：]\s*(?P<o>\d{1,4})(?![\d.．年])"
    # “…反馈意见（省问题清单第二十三条）整改完成情况的公示”: the item of the list, counted in 条
    # (“问题清单第21项” is the body's number, `BODY_NUMBER`, a guess the preview flags)
    r"|问题清单\s*第\s*(?P<m>[0-9一二三四五六七八九十百〇零]{1,5})\s*条"
    # “现对我镇已完成整改任务（问题编号：第3项）的整改情况予以公示”: the number labelled in brackets
    r"|[（(]\s*问题(?:编号|序号)\s*[:：]\s*第?\s*(?P<n>[0-9一二三四五六七八九十百〇零]{1,5})\s*[项号]?\s*[)）]"
    # “…问题整改措施的公示(编号24号)”, “反馈意见编号24号提出“…”问题”: the item's number in 号 after 编号
    r"|编号\s*(?P<p>\d{1,4})\s*号\s*(?:[)）]|提出|问题|反馈)"
)
# A finding's number written only in the body, when no number label or heading gives one:
# “…反馈问题第43项已整改完成”, “（省督察反馈问题清单第7项）”, “问题清单第3-1项”. The 第N项 must
# name a list item (after 问题/清单/意见/任务, or before 已整改/整改/问题/任务), so dates, counts
# (共5个问题, 3个工作日) and phone numbers never match. Read with a lower confidence.
BODY_NUMBER = re.compile(
    r"(?:问题|清单|意见|任务|事项)(?:中的?|表)?\s*第\s*(?P<a>\d{1,4}|[一二三四五六七八九十百]{1,5})"
    r"(?P<sub>\s*[-－—]\s*\d{1,3})?\s*[项号](?!\s*(?:工作日|天|个|次))"
    r"|第\s*(?P<b>\d{1,4}|[一二三四五六七八九十百]{1,5})\s*项\s*(?=(?:已|整改|反馈|问题|任务|督察))"
    # “问题1：贯彻落实…” opening a problem's text: the number its task list gave it
    r"|^(?:问题|任务)\s*(?P<c>\d{1,4}|[一二三四五六七八九十百]{1,5})\s*[:：]"
    # “…。”（编号：第二十七项）” closing a quoted problem: the item of the plan it is quoted from
    r"|[（(]\s*编号\s*[:：]\s*第\s*(?P<d>\d{1,4}|[一二三四五六七八九十百]{1,5})\s*项\s*[)）]"
)
# A row merged across a task table that states the problem its measure rows below answer, in a
# list with no problem column (“问题一：嘉陵江…不达标。” over rows 1, 2, 3 of measures).
PROBLEM_ROW = re.compile(
    r"^(?:督察反馈问题|反馈问题|交办问题|问题)\s*"
    r"(?:(?P<num>\d{1,3}|[一二三四五六七八九十百]{1,4})|[（(]\s*(?P<bracketed>\d{1,3}|[一二三四五六七八九十百]{1,4})\s*[)）])"
    r"\s*[:：]\s*(?P<text>\S.*)$",
    re.S,
)
# One column for a problem and its measures (存在问题及整改措施, 问题及整改措施): its cell a “问题：…”
# paragraph over a “措施：1.…；2.…” one. The header names both; a part opens on its label.
PROBLEM_AND_MEASURES_HEADER = re.compile(r"问题.*(?:措施|举措)")
CELL_PROBLEM_PART = re.compile(r"^(?:存在问题|反馈问题|具体问题|主要问题|问题描述|问题)\s*[:：]\s*")
_CELL_MEASURES_LABEL = r"(?:整改措施|具体措施|工作措施|主要措施|整改举措|措施)\s*[:：]"
CELL_MEASURES_PART = re.compile(rf"^{_CELL_MEASURES_LABEL}\s*")
# the same label run on after the problem's closing stop (a printed cell's lines joined: “…外溢。措施：1.…”)
CELL_MEASURES_INLINE = re.compile(rf"(?<=[。；;])\s*(?={_CELL_MEASURES_LABEL})")
# The opening of a notice whose table is an attachment: “第7项关于“…”整改任务落实情况进行公示”.
COVER_NOTICE = re.compile(
    r"第\s*(?P<num>\d{1,4}|[一二三四五六七八九十百]{1,5})\s*[项号]\s*(?:问题)?\s*关于\s*“(?P<problem>[^”]{4,300})”"
)
# The footer of a public notice: not part of the last field (the progress text).
NOTICE_FOOTER = re.compile(
    r"^(?:特此(?:公示|公告|通知)|公示(?:时间|期限?|日期)|监督(?:电话|举报电话)|举报电话|联系电话|联系人|"
    r"监督邮箱|电子邮箱|通讯地址|邮政编码|受理(?:部门|单位|电话|地址))"
)
# A notice's signature: the issuing body on its own line (bodies only: no sentence punctuation,
# colon or digit) over the signing date on the next. Neither is part of a finding.
SIGNER = re.compile(
    r"^[\u4e00-\u9fff（）() \u3000、]{2,40}(?:办|室|局|委|厅|政府|公司|会|组|中心|部|院|所|处)(?:（盖章）)?$"
)
SIGNING_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
# the signer and the date on one line, apart by spaces (“岳西县人民政府办公室　2019年9月”)
_SIGNER_AND_DATE = re.compile(
    r"^[\u4e00-\u9fff（）()、]{2,40}(?:办|室|局|委|厅|政府|公司|会|组|中心|部|院|所|处)(?:（盖章）)?"
    r"[ \u3000]+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$"
)
# A cell or a field value that says nothing was written: a slash, a dash, 无 / 暂无 (a complaint
# found untrue has no measures, its 整改措施 cell “/”); read as a blank cell, not as a value
NOTHING_WRITTEN = re.compile(r"^\s*(?:[/／\\]|[-－—–]{1,2}|暂?无|空)\s*$")
# A line under a table or a form that is not its last cell going on: a note, the next attachment
# a form's fill-in line left blank (审核人：      填报人：      联系电话：): two or more labels, no values
FILL_IN_LINE = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,8}\s*[:：][\s_　]*){2,}$")
# who filled the list in and when, under a table (“填报单位：某镇人民政府　　填报时间：2020年4月20日”):
# the sheet's sign-off, filled in or not
FILLED_BY = re.compile(r"^(?:填报|填表|制表|审核|统计|报送)(?:单位|人|时间|日期)\s*[:：]")
_AFTER_TABLE = re.compile(r"^(?:注|说明|备注)\s*\d?\s*[:：]|^附\s*件\s*\d*\s*[:：]?\s*$|^附件\s*\d")
# The print line at a Party or government document's end (“中共某县委办公室　2017年1月10日印发”)
_PRINT_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
# A section's number opening a group row or heading: 一、 / （二） / 第三部分 (…章, …节)
SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+[部分章节])"
)
# A batch heading inside a list of handed-down cases (第4批交办件, 第十二批): a group row
BATCH_HEADING = re.compile(r"第\s*[0-9一二三四五六七八九十]{1,3}\s*批")
# The same heading as a line of its own inside a table copied a cell a line: a group row.
BATCH_GROUP_ROW = re.compile(rf"^{BATCH_HEADING.pattern}(?:交办件|交办|信访件|转办件|案件)?$")
# “续表” (“（续表）”, “续上表”, “续表1”) over the rest of a table broken over a page: no cell.
CONTINUED_TABLE = re.compile(r"[（(]?续上?表[0-9一二三四五六七八九十]*[)）]?")


def document_tail_line(line: str) -> bool:
    """A line a portal copies under a report's signature: the document's print line (“…2015年6月19日
    印发”) or a bare attachment heading (“附件：”) with nothing after it."""
    text = line.strip()
    return bool(_PRINT_LINE.search(text) or re.fullmatch(r"附\s*件\s*\d*\s*[:：]?", text))


def ends_table(line: str) -> bool:
    """The line ends the table or form above it: a signature, its date, a notice's footer, a
    note (注：…), the next attachment's heading, “续表” over the table's next part, the
    document's print line (…日印发), or who filled the sheet in (填报单位：…)."""
    text = line.strip()
    return bool(
        CONTINUED_TABLE.fullmatch(text)
        or SIGNER.match(text)
        or SIGNING_DATE.match(text)
        or _SIGNER_AND_DATE.match(text)
        or _PRINT_LINE.search(text)
        or NOTICE_FOOTER.match(text)
        or _AFTER_TABLE.match(text)
        or FILL_IN_LINE.match(text)
        or FILLED_BY.match(text)
    )


# A 整治公示's “一、整治内容”: the work taken on; beside a measures label of its own (二、整治措施)
# it names the task, not its steps (`plan_parser._work_content_as_task`)
WORK_CONTENT_LABEL = re.compile(r"^(?:整治|治理|整顿)内容$")

# Unit labels that name every listed unit as lead; other unit labels honour （牵头） marks.
STRICT_LEAD_LABELS = frozenset({"牵头单位", "牵头部门", "主责单位", "整改实施主体", "实施主体", "整改主体"})

# --- labels the lists do not hold -------------------------------------------------------------

# Every real notice has brought a new wording of the same few labels (整改任务概述, 转办问题基本情况,
# 整改成效 …). A label-like head that is not in FIELD_LABELS is classed by the words it is made of,
# the first class that matches winning (see docs/decisions.md “Label classes”). The order matters:
# 整改措施落实情况 reports progress, 整改措施及整改时限 lists measures, 问题整改情况 is progress.
LABEL_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 任务序号, 问题清单编号, 整改任务编号: the item's number (a 受理编号 is a petition's reference);
    # the same rule `plan_tables.map_column` applies to a table's header
    # 建议号 / 提案号: the number a suggestion is registered and answered by
    ("number", re.compile(r"(?:问题|清单|任务)\S{0,4}(?:编号|序号)$|^(?:建议|提案)(?:编)?号$")),
    # the date a finding was written off or finished: done (a due date is told by its value)
    # 整治竣工时间 under a notice's 整治时间: the day the work was finished, as 整改完成时间
    (
        "closing",
        re.compile(r"(?:销号|办结)(?:时间|日期)$|(?:整改完成|完成整改)(?:时间|日期)$|竣工(?:时间|日期)$"),
    ),
    # 整治开工时间: the day the work began, neither a limit nor a closing; a 整治公示's 整治后续管护
    # heads who keeps the result up and its 责任内容 (the duties), no progress of the work
    ("ignore", re.compile(r"开工(?:时间|日期)$|^(?:整治|整改|治理)?后续管护$|^责任内容$")),
    # 督办省领导, 包联领导; not 整改工作领导小组办公室 (a body signing the notice)
    ("leaders", re.compile(r"领导(?:姓名|职务)?$")),
    # a status cell or line (办理状态, 是否办结): read by the status words, not as progress text
    # 办结目标 (its values: 已办结 / 阶段性办结), 是否达序时 (已完成 / 未达序时) say the same
    (
        "result",
        re.compile(
            r"状态$|^是否(?:完成|办结|销号|整改|到位)|^是否达到?序时|办结(?:情况|目标|结果)$"
            # the verdicts of a 销号审批表 or a check: 区级验收意见, 核查结论, 责任单位意见, 区政府意见,
            # a county's own 自查自验结论, a 督办单's 复查意见 (已整改到位 / 未整改到位，继续督办)
            # (区级初验意见, 复验意见: a restoration's first or second acceptance check)
            r"|(?:验收|初验|复验|审核|审批|审查|初审|复核|复查|核查|自查|自验)(?:结论|意见)$|(?:单位|部门|政府|党委|管委会)意见$"
            # 进度评价 (已完成 / 达序时 / 滞后序时): a judgement of the progress in status words
            r"|^(?:进度|推进)(?:评价|评定|研判)$"
        ),
    ),
    # 承办单位 split into 主办 | 协办 on a second header line
    # a body's own list names its offices: 牵头股室 | 配合股室 (科室, 处室) as units
    # a header over three rows splits 责任单位 into bare 牵头 | 配合
    ("coop", re.compile(r"(?:配合|协办|协助|协同|参与)(?:单位|部门|[科股处]室)|^(?:协办|配合)$")),
    # 涉及团场及部门, 涉及单位: the bodies a case is given to
    (
        "lead",
        re.compile(
            # 负责部门 / 负责单位 (a 任务表's 工作任务 | 负责部门 | 时间进度): the bodies that do the task
            r"(?:牵头|主责|主办|责任|整改|实施|承办|办理|负责)(?:单位|部门|主体)|^涉及[^，。]{0,6}(?:单位|部门)$"
            r"|^(?:牵头|主责|主办)[科股处]室$"
            r"|^(?:主办(?:单位|部门)?|牵头)$"
            # 责任乡镇, 责任县区, 责任村: a list handed down to towns, counties or villages names them
            # by their kind; a 挂牌督办 list's 督办县区 / 被督办乡镇 names the places put under it
            # (督办单位 alone is the issuer)
            r"|^(?:责任|承办|整改)(?:乡镇|镇街|街道|镇|县区|区县|县市区|科室|股室|村(?:（(?:社区|居)）)?|社区)$"
            r"|^被?督办(?:乡镇|镇街|街道|县区|区县|县市区|县市)$"
            # 村别, 乡镇别: a 镇's list sent down to its villages sorts the rows by who must act
            r"|^(?:村|乡镇|镇街|社区|村（社区）)别$"
            # a department's own offices: 责任处室, 责任科, 责任股, 责任科（所）, 责任科室（站）
            r"|^(?:责任|承办)[科股处]室?(?:（[^（）]{1,3}）)?$"
        ),
    ),
    (
        "progress",
        re.compile(
            r"完成情况|进展|成效|效果|落实情况|整改情况|结果|(?:办理|处理)情况|推进情况|办结情况|回头看|复查情况"
        ),
    ),
    # a 专项整治任务清单's 整治内容: the steps the campaign takes against the item
    ("measures", re.compile(r"措施|举措|工作安排|^(?:整治|治理|整顿)内容$")),
    # an acceptance group's advice after its verdict (五、意见建议): what to keep doing, not a
    # problem (反馈意见建议, the inspection's, stays listed as one)
    ("progress", re.compile(r"^(?:意见建议|工作建议|有关建议|下步建议|建议)$")),
    # what comes next, as in 下一步工作 (a listed progress label): measures only by name (above)
    ("progress", re.compile(r"下一步|工作计划")),
    # 整改到期时间: a 督办 system's due date; 整改年限 (its cells a year alone: “2019年”)
    (
        "deadline",
        re.compile(r"时限|期限|(?:整改|完成|办结)年限|完成时间|完成日期|(?:截止|到期)(?:时间|日期)"),
    ),
    (
        "problem",
        re.compile(
            r"(?:问题|任务|意见|事项)[^，。]{0,4}(?:内容|概述|基本情况|情况|描述|建议|名称|摘要)$"
            # a safety 交办单's 隐患名称: the hazard found is what must be put right
            r"|^(?:重大)?(?:安全)?隐患(?:名称|内容|描述|情况)$"
            # a deputies' suggestion (建议名称 / 建议内容) is the item the ledger follows up
            r"|^(?:代表|委员)?(?:建议|提案)(?:名称|内容|标题|题目)$"
            # a 专项整治任务清单 names each item it takes on: 整治项目 / 整治重点
            r"|^(?:专项)?(?:整治|治理|整顿)(?:项目|事项|任务|对象|重点)$"
            r"|(?:反馈|反映|交办|转办|存在|举报|信访|督办|指出|整改|督察)(?:的)?问题$|反馈意见"
            # an audit's or a check's 审计查出问题 / 巡察发现问题: what was found is what must be put right
            r"|(?:查出|发现)(?:的)?问题$"
            # an enforcement ledger's 违法用地情况 / 违法事实: the violation is what must be put right
            r"|^违法[^，。]{0,4}(?:情况|事实|行为|内容)$"
            # a petition list's 举报内容 / 投诉内容 / 反映内容: what the people complained of; a
            # hotline work order's 诉求内容 likewise, and their short forms (举报内容摘要, 群众举报内容)
            r"|^(?:群众)?(?:举报|投诉|反映|信访|来信|来电|诉求)(?:主要)?(?:内容|事项)(?:摘要|概要|简述)?$"
            r"|(?:交办|督办|确定|议定|议决|整改)(?:具体)?事项$|工作任务(?:和|及)?要求$"
            # a 挂牌督办 list's 重大事故隐患 / 隐患内容: the hazard is what must be put right
            # (隐患单位 is where it is, not the problem); 隐患主要内容 (鹿城's 挂牌督办 名单) likewise
            r"|隐患(?:主要)?(?:内容|描述|情况|问题)?$"
        ),
    ),
    # the finding's own target; a report's 总体目标 is not one
    # 内容和目标, 具体任务及目标 (a 民生实事 table's task and what it must reach)
    ("target", re.compile(r"整改[^，。]{0,4}目标|目标要求|目标任务|(?:内容|任务)[和及与、]?目标$")),
)
# The head of a label: a few characters, no sentence punctuation, digits or quotes.
# what a label ends with (问题来源, 受理编号, 污染类型, 督办要求): a noun a sentence's wrapped
# line seldom opens with before a space, and the last piece of a header name broken over two
# lines (行政⏎区域)
LABEL_HEAD_NOUN = re.compile(
    r"(?:来源|编号|原因|情况|类型|类别|区域|批次|日期|时间|意见|要求|事项|名称|描述|说明|备注|地点|依据|结果)$"
)
# A label naming where the finding lies (所在河段, 所在乡镇, 问题地点, 具体位置): a form's field
# beside the unit's, no unit and no value's word
PLACE_LABEL = re.compile(r"^所在[\u4e00-\u9fff]{1,4}$|^[\u4e00-\u9fff]{0,4}(?:地点|位置|点位)$")
_LABEL_HEAD = re.compile(r"[\u4e00-\u9fff（）()、/]{2,12}")
# Heads that name a document or its footer, never a field: the notice's title, who to call.
_NOT_A_LABEL = re.compile(
    r"关于|的(?!问题)|公示|公告|通知|报告|电话|邮箱|地址|监督|受理|联系|举报(?!问题|内容|事项)|落款|附件|签字|盖章|说明"
    # a report's sections over all its findings: 一、总体情况 二、具体整改情况
    # and a plan's closing chapter (四、保障措施 / 组织保障), not a finding's measures
    r"|总体|具体[^，。]*情况|保障"
    # “现将办理情况公开如下：” alone on its line: the sentence announcing the cases, no label
    r"|^现将"
    # a class word judged (生态修复进展滞后, 整改成效不明显): a problem's own sentence, no label
    r"|(?:进展|进度|成效|效果|措施|举措|落实|推进|整改)(?:滞后|缓慢|迟缓|不力|不到位|不明显|不足)"
    # a check's ranking of the places it checked (一、评比结果, 考评结果, 得分排名): the 通报's own
    # chapter, no finding's progress
    r"|(?:评比|考评|考核|测评|评分)结果|排名"
)
# “存在问题及整改情况”: a heading over the finding and its answer, not one field.
_PAIRED_HEADING = re.compile(r"问题.*[及和与、].*(?:情况|措施|成效)|(?:情况|措施|成效).*[及和与、].*问题")


def classify_label(head: str) -> str | None:
    """The field a label-like head not in FIELD_LABELS names, by its keyword class; None when
    it is not a label (too long, a sentence, a footer line, a document title, a paired heading)."""
    # quotes around a term (“回头看”情况) do not make a sentence of the label
    key = re.sub(r"[\s“”‘’\"]+", "", head).rstrip(":：;；")
    if not _LABEL_HEAD.fullmatch(key) or NOTICE_FOOTER.match(key) or _NOT_A_LABEL.search(key):
        return None
    if _PAIRED_HEADING.search(key):
        return None
    for name, pattern in LABEL_CLASSES:
        if pattern.search(key):
            return name
    # “牵头（责任）单位”: a second name typed in brackets inside the label; the label without it
    bare = _INNER_ALTERNATIVE.sub("", key)
    if bare != key and len(bare) >= 2:
        return next((name for name, pattern in LABEL_CLASSES if pattern.search(bare)), None)
    return None


_INNER_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff])")


# --- deadline phrases -------------------------------------------------------------------------

# Rolling deadlines by kind, most specific first within a kind. A bare 长期 counts as long-term.
ROLLING_PHRASES: dict[str, tuple[str, ...]] = {
    # a hotline 督办单's 反馈时限 “立即处置，当日反馈” / “立即办理”: act now, as 立行立改
    "immediate": (
        "立行立改",
        "立行整改",
        "立即整改",
        "立查立改",
        # “立整立改，长期坚持” (a 吉林 town's 销号公示): the same act-now wording
        "立整立改",
        "即知即改",
        "马上整改",
        "立即执行",
        "立即处置",
        "立即办理",
    ),
    "ongoing": (
        "持续推进",
        "持续加强",
        "持续整改",
        "持续开展",
        "持续抓好",
        "持续巩固",
        "持续落实",
        "常态化推进",
        # a 任务表's 时间进度 “常态工作”: work kept up with no end date
        "常态工作",
    ),
    "long_term": ("长期坚持", "长期执行", "长期推进", "长期整改", "长期保持", "长期巩固", "长期落实", "长期"),
}

# The marks a sentence broken off in the middle ends on (a table row cut at a page): “…和焚烧，”
CLAUSE_OPEN_ENDS = ("，", ",", "、")

# “按照信访办理要求和“即知即改”的原则”: a quoted rolling phrase named as the principle work follows
# is how a body works, no time limit of the finding
PRINCIPLE_AFTER = r"的?(?:工作)?(?:原则|理念|方针|思路)"

# --- unit and person lists --------------------------------------------------------------------

# A bureau named without its level after another unit, the 、 between them lost (“县经济贸易局国土资源局”):
# not a branch of the bureau before it (市生态环境局龙安分局, 城关支局), which stays one name
BARE_BUREAU = re.compile(r"[^省市州县区旗局、，,（(\s][^局、，,（(\s]{1,7}(?<![分支])局")

OPEN_BRACKETS = "（(【[〔《〈「『“"
CLOSE_BRACKETS = "）)】]〕》〉」』”"
LIST_SEPARATORS = "、，,；;\n"


def split_top(text: str, separators: str = LIST_SEPARATORS) -> list[str]:
    """The parts of `text` between separators outside brackets, as written (not stripped)."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in OPEN_BRACKETS:
            depth += 1
        elif char in CLOSE_BRACKETS:
            depth = max(depth - 1, 0)
        if depth == 0 and char in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def split_list(text: str, separators: str = LIST_SEPARATORS) -> tuple[str, ...]:
    """“县发改局、县住建局（县人防办）” → two items: trimmed, empty ones and repeats dropped."""
    return tuple(dict.fromkeys(part.strip() for part in split_top(text, separators) if part.strip()))


UNIT_SUFFIX = re.compile(
    r"(?:局|办|委|会|部|院|厅|所|处|站|队|中心|政府|公司|集团|社|台|镇|乡|街道|办事处|林场|管理区|"
    r"分局|支队|大队|馆|室|组|行|团|校|小学|中学|幼儿园|人民政府|管委会|有限公司|各乡镇|县市区|园区|示范区)$"
)
ORG_WORD = re.compile(r"局|委|办|部|政府|会|院|所|处|队|中心|公司|集团|社|台|站|厅|管委")
# Role words after a unit or a list of units: “县环保局牵头”, “…等单位配合”.
LEAD_WORDS = (
    "牵头负责",
    "牵头督导",
    "牵头抓总",
    "按职责分工负责",
    "按职责分工",
    # “…各成员单位按照职责分工推进” (a province's 尾矿库 plan): each body doing its own part
    "按照职责分工负责",
    "按照职责分工推进",
    "按职责分工推进",
    "按照职责分工",
    "分别负责",
    "分别牵头",
    "牵头",
    "负责",
)
# Lead words that, after a unit that leads by 牵头 in the same list, name the bodies that carry the
# task out under it: “省环境保护厅牵头，汕头市政府负责”, “省应急厅牵头；各成员单位按照职责分工推进”
CARRY_OUT_WORDS = frozenset({"负责"} | {word for word in LEAD_WORDS if "职责分工" in word})
# A bracket after a unit's name giving the short name the text goes on to use (“各成员单位〈以下简称
# 各成员单位〉”, “（以下简称市整改办）”): a note, not part of the name
SHORT_NAME_NOTE = re.compile(
    r"[（(〈〔【]\s*(?:(?:以下|下文|下)?简称|以下称)[^（(〈〔【）)〉〕】]*[）)〉〕】]"
)
# “乡镇人民政府具体落实” after the units a task names: they carry it out under those units
COOP_WORDS = ("配合", "参与", "协助", "协办", "具体落实")
NEUTRAL_WORDS = ("负责落实", "落实")  # names the units without saying who leads
ROLE_AT_END = re.compile(
    r"(?:等(?:单位|部门|相关单位|相关部门)?)?("
    + "|".join(sorted((*LEAD_WORDS, *COOP_WORDS, *NEUTRAL_WORDS), key=len, reverse=True))
    + ")$"
)
# A unit label inside a unit cell (“主要责任单位：A；协同单位：B”, “牵头：A⏎配合：B” — a bare role
# word only with its colon): lead or cooperating by its words.
_UNIT_LABEL = (
    r"(?:主要|具体)?(?:牵头|责任|主责|主办|配合|协办|协同|协助|参与|落实)(?:单位|部门)|责任主体"
    r"|(?:牵头|主办|配合|协办|协助)(?=\s*[:：])"
)
UNIT_LIST_LABEL = re.compile(rf"^(?P<label>{_UNIT_LABEL})\s*[:：]?\s*")
# A leader's labelled line in a unit cell (责任领导：…, 牵头县领导：…, 包案领导：…, 责任人：…), up to the
# line's end or the next unit label: a person or a post, not a unit.
LEADER_LINE = re.compile(
    rf"(?:^|(?<=[\n，,；;。 ]))[^\n，,；;。:：]{{0,4}}(?:领导|责任人)\s*[:：][^\n，,；;。]*?"
    rf"(?=[\n，,；;。]|(?:{_UNIT_LABEL})\s*[:：]|$)"
)
COOP_LIST_LABEL = re.compile(r"配合|协办|协同|协助|参与")
# The same labels with their colon anywhere in a cell: a PDF joins a cell's lines, so
# “牵头单位：区水务局⏎配合单位：…” reads “牵头单位：区水务局配合单位：…”.
UNIT_LABEL_COLON = re.compile(rf"(?:{_UNIT_LABEL})\s*[:：]")
# “湘潭县、湘乡市、雨湖区人民政府”: the last name's suffix belongs to each bare place before it.
# “四平市、辽源市政府负责落实” likewise with 政府.
SHARED_SUFFIXES = ("人民政府", "管委会", "政府")
# “沧州开发区、沧州高新区党工委和管委会”: a pair of bodies joined by 和 closing the last name of a
# list is the suffix its bare places share, whole; “巴林右旗、克什克腾、翁牛特旗党委政府” with no 和
# likewise; “…兴安盟、（略）党委政府（行署）” with the 盟's 行署 named in brackets for its 政府, too.
SHARED_BODY_PAIR = re.compile(r"(?:党工委|党委)和?(?:管委会|人民政府|政府)(?:[（(]行署[)）])?$")
# A short name in such a list that is no unit and names no group of units (“克什克腾”, its 旗 left out
# as published; not “市直各有关单位”): a bare place too.
BARE_PLACE_NAME = re.compile(r"(?!.*(?:各|有关|相关|单位|部门|成员))[\u4e00-\u9fff]{2,6}")
# “宿马园区党工委、管委会”: a body named bare after a named one shares its name.
BARE_BODIES = ("党工委", "管委会", "人民政府", "党委", "政府")
# “各设区市党委、政府”, “各地（市）委、行署（政府）”: a list opened by every place's committee (its
# 党委, or 地委 / 市委 … named by the place's kind) and closed by a bare body, one collective name
COMMITTEE_END = re.compile(r"(?:党委|党工委|[地市县区州盟旗]委)\s*$")
COLLECTIVE_LAST_BODIES = (*BARE_BODIES, "行署")
# “以下均需县生态环境局负责落实，不再列出”: units that share every task that follows.
# Also “以下各项工作均需各县、区人民政府落实，…，不再列出。” (no 负责, a clause before 不再列出), and
# “以下均需乡镇人民政府具体落实，不重复列出”.
CARRY_OVER = re.compile(
    r"(?:本(?:方案|计划|意见)[^，,。；;]{0,8}?的)?以下(?:各项)?(?:工作|任务)?均需(?P<units>.+?)(?P<role>负责|具体)?落实"
    r"(?:[，,][^。；;]*?(?:不再列出|不(?:再)?重复列出|下同)|[，,]?\s*(?:不再列出|不(?:再)?重复列出|下同))?[)）]?[。.]?"
)
# “排在前位的为牵头单位”: the first unit listed leads, the others cooperate.
FIRST_LEADS = re.compile(
    r"[，,；;。]?\s*(?:排在?(?:前位|首位|第一位?)|排名第一|排序第一|第一个)的?(?:单位|部门)?为牵头(?:单位|部门)[。.]?"
)
# Phrases in a unit list that name no unit.
NOT_UNITS = re.compile(r"[，,；;]?\s*(?:下同|不再列出|不再一一列出|不(?:再)?重复列出)[。.]?")


def role_of(word: str | None) -> str | None:
    """lead / coop for a role word; None when it does not say (负责落实) or there is none."""
    if not word or word in NEUTRAL_WORDS:
        return None
    return "coop" if word in COOP_WORDS else "lead"


# --- status wording ---------------------------------------------------------------------------

# A completion marker inside text; not after 不/未/没/基本 (“未完成整改”, “基本完成整改”).
COMPLETION_MARKER = re.compile(
    r"(?<![不未没])(?<!基本)"
    r"(已经?完成整改并上报销号|已经?完成整改|整改已完成|问题已整改完成|已整改完成|已(?:全部|全面)?整改到位|整改任务已全部完成"
    r"|已全部完成整改|全部完成整改任务|符合(?:整改)?销号(?:标准|条件)|达到(?:整改)?(?:验收)?销号(?:标准|条件)"
    r"|通过核查验收|通过验收销号|已销号|已办结销号|已办结"
    # “…于2022年9月11日完工并验收，结论为合格。”, “经验收合格”: the work accepted as passed (not
    # “验收合格率”, a rate, nor “验收合格后销号”, a step still to come)
    r"|(?:并|经|已)验收[，,]?\s*(?:结论)?(?:为|是)?合格(?![率后])"
    # a pushed task closed by the checking brigade (“已核销”, as 远程推送 / 督办 lists mark it)
    r"|已核销"
    # “吉水二中、城南二小均已建成”, “计划改造操场8块，目前已全部完工”: every thing the task named is
    # finished (not 前期 / 部分 work, nor one stage named before it: “一期已全部完工”)
    r"|(?<![期段])(?:均已|已全部)(?:建成|竣工|完成|完工)(?![^，,。；;]{0,6}(?:前期|部分|阶段|一期))"
    # “该问题已整改。” closing a report's item (not “已整改3项”, a count)
    r"|已整改(?=\s*(?:[。．.；;]|$))"
    # “已于2019年9月30日前完成提标改造”: done by the date it was due
    r"|已于\d{4}年[^，,。；;]{0,12}前完成"
    # an acceptance verdict on the finding: “验收组同意该问题通过市级验收”, “同意验收销号”, “同意销号”
    # (not “项目…同意通过省级总体验收”: a project passing, its problems still to correct)
    r"|同意(?:该|此)(?:问题|任务|项)通过[^，,。；;]{0,6}验收|同意(?:予以)?(?:验收)?销号"
    # a verdict on the finding: “已达到整改目标，可以销号”, “已按整改方案完成整改” (not “不可以销号”)
    r"|已达到(?:既定)?整改目标|可以(?:予以)?销号|已按[^，,。；;]{1,10}完成整改"
    # the checker's closing advice on the finding: “…符合销号条件，建议销号” (not “不建议销号”)
    r"|建议(?:予以)?(?:验收)?销号"
    # “截至6月19日下午已经清理完毕”: the rectifying work itself finished
    r"|已经?(?:全部)?(?:清理|清运|清除|拆除|整改|整治|处置|修复|复绿)完毕"
    # “道路已冲洗干净”, “垃圾已清理干净”: the thing found is gone
    r"|已经?(?:全部)?(?:清理|清运|清除|冲洗|清扫|打扫)干净"
    # “于3月12日提前完成了整改工作”: the work done, told in the past (了)
    r"|(?:提前)?完成了(?:全部)?(?:问题)?整改(?:工作|任务)?(?=\s*(?:[。；;]|$))"
    # “已于7月2日现场清理到位”, “已现场整改到位”: the problem put right on the spot or by a date
    # (not “2台冲天炉已拆除到位”, one part of the work in a progress text)
    r"|已(?:于[^，,。；;基部未]{1,12}(?:现场)?|现场)(?:清理|清运|清除|拆除|整治|处置|修复|复绿|整改)到位"
    # “责令该店改造烟道…。目前，已完成后厨烟道改造。”: the state now, the work ordered finished (not
    # “目前已完成一期改造”, one stage, nor “目前已完成60%”, a share)
    r"|目前[，,]?\s*已(?:全部)?完成(?![^，,。；;]{0,12}(?:前期|部分|阶段|一期|\d))[^，,。；;]{1,12}"
    r"(?:改造|整改|整治|治理|安装|清理|清运|拆除)(?=\s*(?:[。；;]|$))"
    # “整改效果：周边群众对整改结果无异议。”: the people who complained accept the result, so the work
    # has one (not “如有异议…”, the 公示's call for objections, nor “对整改结果不满意”)
    # an answer to a caller's report: “已把桥边的树木修剪到位”, “已对该处窨井疏通完毕” (the thing
    # reported put right), “现已正常排水” (it works again; not “尚未恢复正常”)
    r"|已(?:把|将|对)[^，,。；;]{1,16}?(?:修剪|维修|修复|更换|疏通|清理|清运|清除|拆除|整治)(?:到位|完毕)"
    r"|现已(?:恢复)?正常(?:排水|通行|运行|使用|供水|供电|亮灯)"
    # a farm complained of emptied: “业主已自行于12月19日将10头仔猪出售” (not “已要求该户将小鸡出售”,
    # an order)
    r"|已(?:自行)?(?:于[^，,。；;]{1,12})?将[^，,。；;]{0,12}?(?:猪|羊|牛|鸡|鸭|鹅|畜禽|家禽)"
    r"(?:全部)?(?:出售|出栏|清栏|处理完毕)"
    # “立即派人巡查…，换掉了不亮的路灯”: the thing reported replaced or mended, told as a finished act
    r"|(?<![未没不])(?:换|更换|修|修复|拆|补)(?:掉|好)了(?!一部分|部分|一半)"
    r"|(?:群众|村民|居民|信访人|举报人|投诉人|反映人)[^，,。；;]{0,6}?对(?:整改|处理|办理)(?:结果|情况|效果)"
    r"(?:无异议|表示满意|满意))"
)
# A progress whose closing clause, bare, says the work is finished: “已清运建筑垃圾约20车，整改完毕。”,
# “已督促商户退店经营，整改到位。” (not “…，确保月底前整改到位”, a target with words of its own)
DONE_CLOSING = re.compile(
    r"[，,；;]\s*(?:问题)?(?:已经?)?(?:全部)?(?:整改完毕|整改到位|整改完成)\s*[。.]?\s*$"
    # “已拆除落地店招12处，已完成”: the count of what was done, then the bare word that it is finished
    r"|[，,；;]\s*已经?(?:全部)?完成(?:整改)?\s*[。.]?\s*$"
)
# A progress of one clause counting the things put right: “2处广告牌已拆除。”. Done when the problem
# found that same count (“违规设置广告牌2处”): all of them, not one part of many.
COUNTED_DONE = re.compile(
    r"^(?P<count>\d+)\s*(?P<unit>[处个家台座条块辆根])[^，,。；;\d]{0,8}?(?:均|全部)?已(?:全部)?"
    r"(?:拆除|清理|清运|清除|关停|取缔|封堵|整改|整治|修复)(?:完毕|到位)?[。.]?$"
)
# A progress text that opens with its status: “已经完成，长期坚持。”, “已完成。…”.
STATUS_OPENING = re.compile(
    r"^\s*(已经完成(?:整改)?|已完成(?:整改)?|已办结|已销号)(?:并(?:长期坚持|持续推进|持续巩固))?\s*[，,。；;]"
)
# The whole value of a status column (整改状态 / 是否完成) that means the finding is done.
# A space between two Han characters in a problem cell of a web table copied several cells a line
# (白城's “影响居民 休息”): where the cell's line wrapped on the page, not a word break
WRAPPED_LINE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")

COMPLETED_VALUES = re.compile(
    r"(?:(?:已完成|已经完成|完成|已?完成整改|整改已?完成|已整改|已?办结|已销号|已核销"
    # “已按期完成”, “已整改到位”, “问题已解决”, “已于2024年6月完成整改”: done, in other words
    r"|已?按期完成(?:整改)?|(?:已)?整改到位|(?:问题)?已(?:全部)?解决|已于[^，,。；;]{2,14}完成(?:整改)?)"
    # “已完成并长期坚持”, “已完成，持续巩固”, “已完成（长期坚持）”: done, and kept up afterwards
    r"(?:(?:并|[，,、；;（(])?(?:长期坚持|持续推进|持续巩固|巩固提升)[)）]?)?"
    # “完成整改并通过验收”, “已完成并通过市级验收”, “已完成整改并销号”: done, and accepted
    # (“已整改销号”: the 并 left out)
    r"(?:并?(?:通过[^，,。；;]{0,6}验收|(?:验收)?销号))?"
    # “完成整改，待验收”, “已完成待销号”, “已完成，申请验收销号”: the work done, only the sign-off
    # still to come
    r"(?:[，,、；;]?(?:待|等待|已申请|申请|拟申请)(?:验收销号|验收|销号))?"
    # the verdict of a 验收销号清单: the finding may be closed
    r"|(?:同意|准予|予以)销号"
    # a works finding closed by the works: “已竣工”, “已建成”, and “已复工” for a site found idle
    r"|已(?:全部)?(?:完工|竣工|建成|复工|开复工)"
    # a ledger's 整改结果 of one word, the work itself done: “已清理”, “已清运”, “已拆除”
    # (a black water body's 已消除: the black and smell gone)
    r"|已(?:全部)?(?:清理|清运|清除|拆除|整治|处置|修复|复绿|消除)(?:完毕|到位)?"
    # “已清理，落实门前三包”: cleared, and the duty that keeps it so taken up (not “落实不到位”)
    r"(?:[，,；;]落实[^，,。；;不未尚待]{2,8})?"
    # a spot check's 整改情况 “已现场整改”: put right there and then
    r"|已?现场整改(?:完毕|到位)?"
    # a 销号报告's 是否销号 answered by the unit itself: done, and it asks for the closure
    r"|(?:拟?申请|提请|拟)(?:验收)?销号"
    # status words of other offices' ledgers, each the whole cell: “整改完毕”, “全面完成”, “按时完成”,
    # “提前完成”, “已验收” / “通过验收” / “验收合格”, “已验收销号” / “销号”, a case “已结案” / “已完结”,
    # “达到整改要求”, a task “已落实” / “落实到位” (not 基本完成 or 阶段性完成: part of the work)
    r"|已?整改完毕|已?(?:全面|全部|按时|提前)完成(?:整改)?(?:任务)?"
    r"|已?(?:完成|通过)(?:[^，,。；;]{0,6})?验收|已验收(?:合格|通过)?|验收(?:合格|通过)"
    r"|(?:已|已验收|验收)?销号|已?(?:完结|结案)|已?达到(?:整改|验收|销号)(?:要求|标准|条件)|已落实(?:到位)?|落实到位"
    # a petition case's 处理和整改情况 “无需整改”: checked, nothing to put right, the case closes
    r"|无需整改|不需要?整改"
    # a check's verdict column (初验意见, 验收结论) of one word: the work passed (not 不合格)
    r"|合格"
    r"|是|[√✓✔☑]|100(?:\.0+)?\s*[%％])[。.]?"
)
# A closure task's whole state, each clause a thing shut or removed: “已关停，栏舍已拆除”, “已取缔”
# (not “1家已关停，1家正在清栏”, a clause still open; not 已停产, a pause; not a count, one part of many;
# not 已清运 / 已清理, a step of the work that an approval form's verdict still has to accept).
CLOSED_STATE = re.compile(
    r"(?:[^\d，,、；;。]{0,6}已(?:全部)?(?:关停|关闭|取缔|拆除|搬迁|退养|封堵)(?:完毕|到位)?"
    r"[，,；;]?){1,3}[。.]?"
)
# The whole value of a status column that says the finding is still open.
OPEN_VALUES = re.compile(
    r"(?:否|未完成|未整改|未办结|未销号|未销项|未核销|暂缓销号|不予销号|正在整改|整改中|正在推进|推进中"
    # work that goes on with no end: “持续整改”, “常态化保洁中”
    r"|持续(?:整改|推进)中?|常态化[\u4e00-\u9fff]{0,6}"
    # part of the work done, or on schedule only: “基本完成”, “阶段性完成”, “序时推进”, “达到序时进度”
    r"|基本完成|阶段性完成|已?完成阶段性(?:目标|任务)|(?:按|已达|达到)?序时(?:推进|进度)?)[。.]?"
)
# A verdict (验收意见, 销号意见, 验收结论 …) that refuses the write-off for now: “暂不销号”,
# “阶段性办结，路面修建完成后申请销号”, “未达到销号条件，继续整改”. One clause of the verdict is
# enough: the finding stays open whatever steps the progress says are done (已全部清理完毕).
REFUSED_VERDICT = re.compile(
    r"(?:暂不(?:予|予以)?销号|暂缓销号|不予(?:以)?销号|不同意销号|阶段性办结|未达到(?:整改)?(?:验收)?销号(?:标准|条件)"
    r"|未整改到位|整改尚未完成|尚未完成整改|继续整改|继续督办"
    # the write-off put off until something is done: “补齐转运联单后再行销号”, “…完成后申请销号”
    r"|[\u4e00-\u9fff“”]{2,24}后(?:再行|再|方可|另行)?(?:申请)?(?:验收)?销号)[。.]?"
)
# A report or news item that takes up each problem it was given by quoting it: “针对“A”问题，区生态
# 环境局…于3月12日提前完成了整改工作。针对“B”问题，区政府责成…立行立改”. Each clause opens the
# account of its quoted problem (the quote a problem's words, not a slogan: 4 characters or more).
TAKEN_UP_QUOTED = re.compile(
    r"(?:针对|对于|关于)\s*“(?P<problem>[^“”]{4,80})”\s*(?:的|等)?\s*问题\s*[，,：:]"
)
# Such an account ordering the unit to act at once: “区政府责成办事处及村委立行立改” (the act-now
# wording of the deadline phrases)
ORDERED_AT_ONCE = re.compile(
    r"(?:责成|责令|要求|督促)[^，,。；;]{0,16}?(?P<due>"
    + "|".join(map(re.escape, ROLLING_PHRASES["immediate"]))
    + ")"
)

# A verdict over several cases of one form that names them by number: “第1、2、4、5件整改到位，同意销号”,
# “第3件…暂缓销号” (a 销号申请表 listing the cases, one 核查意见 for all). The clause up to its ；
# or 。 is the verdict on the cases it names.
NUMBERED_CASES = re.compile(r"第\s*(?P<numbers>\d{1,3}(?:\s*[、，,]\s*\d{1,3})*)\s*(?:件|项|个?问题|个?案件)")
AGREED_VERDICT = re.compile(r"(?<!不)同意(?:予以)?(?:验收)?销号|(?<!不)可以(?:予以)?销号|(?<!不)予以销号")
# A petition case's code as the label of its text: “3237号信访案件：（来信）…”, “第15号转办件：…”
CASE_CODE_LABEL = re.compile(
    r"^(?:第)?[A-Za-z0-9\-]{1,20}号(?:信访|交办|转办|投诉|举报)?(?:案件|件)\s*[:：]\s*(?P<value>.*)$", re.S
)
# How the complaint came in, bracketed before its text: （来信） （来电） （网络举报）: no part of the problem
COMPLAINT_CHANNEL = re.compile(r"^[（(](?:来信|来电|来访|信件|电话|网络|网络举报|微信|邮件)[)）]\s*")
# “1、问题（责任单位：…）——已清运，整改完成”: a dash right after a task's unit bracket opens the
# task's result on the same line, as a 创文日报 lists the points it found and put right
RESULT_AFTER_BRACKET = re.compile(r"(?<=[)）])\s*(?:——|—|－－|--)\s*(?P<result>[^—()（）\n]{1,40}?)\s*$")
# The closing clause of a progress that leaves the work open: “已下达通知书6份，正在整改。”,
# “…，新公益广告正在制作。” (a thing still being made, repaired, removed)
# (“…，宣传持续开展。”: the work goes on with no end, so the finding is not closed; “…，待农作物
# 收割后清退。”: the last step waits on something still to happen)
OPEN_CLOSING = re.compile(
    r"[\u4e00-\u9fff]{0,8}正在[\u4e00-\u9fff]{1,6}[。.]?|[\u4e00-\u9fff]{0,6}持续(?:开展|推进|进行|实施)中?[。.]?"
    r"|待[\u4e00-\u9fff]{1,10}后[\u4e00-\u9fff]{1,6}[。.]?"
)


_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

# A choice printed with boxes, as forms print it: “是否完成：☑是 □否”, “■已完成 □未完成”. ☒ is
# a ticked box in Word's and WPS's symbol sets, as ☑ is; √ before an option ticks it too.
_TICKED = "☑☒■✔✓√✅"
_EMPTY = "□☐"
_OPTION = rf"[^\s{_TICKED}{_EMPTY}|｜，,；;。:：（）()]{{1,10}}"
# (a tab is a cell's end in a pasted table: “☑是⇥□否” are two cells, not one choice)
_CHOICES = re.compile(rf"(?:[{_TICKED}{_EMPTY}][ \u3000]*{_OPTION}[ \u3000]*){{2,}}")


def ticked_choices(text: str) -> str:
    """Each group of boxed choices replaced by the ticked ones (joined by 、); a group with
    nothing ticked, or no empty box (a list of ticks, not a choice), is left as it is."""

    def chosen(match: re.Match[str]) -> str:
        group = match.group(0)
        box_and_option = rf"([{_TICKED}{_EMPTY}])[ \u3000]*([^\s{_TICKED}{_EMPTY}]+)"
        options = re.findall(box_and_option, group)
        ticked = [option for box, option in options if box in _TICKED]
        if not ticked or len(ticked) == len(options):
            return group
        return "、".join(ticked) + (" " if group[-1] in " \u3000" else "")

    if not any(box in text for box in _EMPTY):
        return text
    return _CHOICES.sub(chosen, text)


def completion_marker(text: str | None) -> str | None:
    """The first completion marker in the text (符合整改销号标准, 已完成整改并上报销号, …), else None."""
    if not text:
        return None
    match = COMPLETION_MARKER.search(text)
    return match.group(1) if match else None


def is_completed_value(text: str | None) -> bool:
    """True when a status value as a whole says done: 已完成, 是 (是否完成), 100%, or a marker."""
    if not text:
        return False
    value = re.sub(r"\s+", "", ticked_choices(text)).translate(_FULLWIDTH)
    # Shanghai's offices close an item as 销项 (验收销项, 已销项, 已完成待销项): their word for 销号
    value = value.replace("销项", "销号")
    if COMPLETED_VALUES.fullmatch(value) or CLOSED_STATE.fullmatch(value) or WHOLE_PERCENT.fullmatch(value):
        return True
    return completion_marker(value) is not None


# A line opening a new item inside a cell or a value: 1. / 1、 / （一） / 一是 / ①. Both the PDF
# reader (a wrapped cell line) and the parser (a form copied out of a PDF) keep a break before it.
# Not a numeral in a run of them naming groups or numbers (“治湖村⏎九、⏎十、十一组居民…”: a cell
# wrapped inside “九、十、十一组”), nor a mark alone on its line with nothing after it.
ITEM_OPENING = re.compile(
    r"^(?:\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}[、是](?![一二三四五六七八九十]{1,3}[、组号户队栋]|\s*$)|[①-⑳])"
)


# The column naming the place a row is in (乡镇, 街道, and in a 街道's or 镇's list the 社区 or 村;
# a city's 暗访 list names the 乡村, “贺进镇红土坡村”): in a list handed down to those places with
# no unit column, the place named in the row must act
_TOWN_KINDS = r"乡镇|乡|镇|镇街|街道|乡镇街道|镇（街道）|乡镇（街道）|乡镇或街道|乡镇/街道|镇/街道"
# (a 街道's 督办 table heads it 村居 or 村社区)
PLACE_KIND_COLUMN = re.compile(
    rf"^(?:{_TOWN_KINDS}|社区|村|村（社区）|社区（村）|乡村|村（街）|村（居）|村居|村社区)$"
)
# …of them the town's (乡镇 beside 村 in a county's list): the town acts, the village says where
TOWN_KIND_COLUMN = re.compile(rf"^(?:{_TOWN_KINDS})$")
# A column naming the project or works a check visited (项目名称, 工程名称): beside a column naming
# what is wrong (存在问题, 隐患描述) it says where the problem was found, not the problem
PROJECT_NAME_COLUMN = re.compile(r"(?:项目|工程)名称$")
# A column naming the site each row is (水体名称, 位置名称, 点位名称 in a 黑臭水体 公示): in a table
# with no problem, target or measures column the site is what the row is about, its title
SITE_NAME_COLUMN = re.compile(
    r"^(?:黑臭)?(?:水体|河段|河道|河流|沟渠|坑塘|点位|位置|地块|水源地|排污口)名称$"
)
# A line that is one bracketed phrase whole (a site's bounds under its name in a 水体名称（起始边界）
# cell: “（上水关-下水关）”)
BRACKETED_WHOLE = re.compile(r"[（(][^（）()]{1,30}[)）]")
# A column of codes (主要污染问题编码, 项目编码): a reference, not the field a word inside it names
CODE_COLUMN = re.compile(r"(?:编码|代码)$")
FAULT_COLUMN = re.compile(r"问题|隐患")
# The heading of a sheet or table whose every row is closed (a sheet named 已销号, a title ending
# “（已销号）”): a ledger moves the rows put right onto it and writes no status beside them
CLOSED_LIST_HEADING = re.compile(
    r"(?:^|[（(])(?:已销号|已办结|已完成|已整改)(?:销号)?(?:问题|清单|事项|台账)?(?:[）)]|$)"
)


# A road's code right after an item's number (“5.020乡道前袁村…”): the item's number and the road,
# not the decimal 5.020 (a 乡道 / 县道 is numbered by three digits, often with a leading zero).
ROAD_CODE_AFTER_NUMBER = r"\d{3}(?:乡道|县道|村道|省道|国道)"
# A month and day right after an item's number (“2.8月29日，道德街办事处…”): item 2 and the date it
# opens on, not the decimal 2.8 (a full month-day is needed: “3.8月上旬” stays as it reads).
DATE_AFTER_NUMBER = r"(?:1[0-2]|0?[1-9])月[0-3]?\d[日号]"
# “NO.1” / “No.2” alone on its line over the problem (a 公众号 card's heading), read as 问题1： (the dot
# is needed: “NO2、SO2…” names a gas)
ITEM_NO_MARK = r"N[Oo]\s*[.．]"
# “01” alone on its line over a case's title: a 公众号 post numbers its sections with two digits, the
# leading zero kept (a page number is never written so); read as “NO.1” is
POST_SECTION_NUMBER = re.compile(r"^0(?P<num>[1-9])$")
# A photo's caption copied from a post as a line of its own (“整改前”, “整改后”, “▲整改前后对比”):
# the pictures are not in the text, and the caption is no part of the line before it (a unit).
PHOTO_CAPTION = re.compile(r"^[▲△]?\s*(?:整改前后(?:对比)?|整改[前后])\s*(?:照片|图片|图)?$")


# An item that only points to a table filed with the letter (“城区三办周大扫除情况统计表（见附件）”,
# “…情况表(详见附件2)”): under 存在的问题 it names no fault, the attachment holds the figures
ATTACHMENT_POINTER = re.compile(
    r"[（(]\s*(?:详|具体)?见\s*附\s*[件表]\s*[一二三四五六七八九十\d]*\s*[)）]?\s*[。.]?$"
)


# “财政局承办的“关于…的建议”（第2号）”: a suggestion or proposal item headed by the body that
# answers it, its quoted name and its register number; the name is the item, the body its lead
UNDERTAKEN_NAME = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff（）()]{2,24}?)(?:承办|主办|办理)的\s*[“\"](?P<name>[^”\"]{4,80})[”\"]"
    r"\s*(?:[（(]\s*第?\s*\d{1,4}\s*号\s*[)）])?\s*[。.]?$"
)


# A clause that opens on the place it is about (“石宝沟村辖区内鹅项颈水库…”, “金元村境内…”): in a
# 通报's run of problems after “以下问题…：”, each such clause is one problem, the place its lead
PLACE_CLAUSE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,8}?(?:村|社区|居委会|街道|乡|镇))(?:辖区内|辖区|境内|范围内)"
)


# The index lines a government portal puts over a page it publishes (“索 引 号：…⇥主题分类：…”,
# “责任部门：促进乡⇥发布机构：促进乡”, “发布日期：…⇥关 键 字：…”): they say who published the page,
# so a field's label among them (责任部门) names no unit of a finding
PORTAL_INDEX_LABEL = re.compile(
    r"索\s*引\s*号|发\s*布\s*机\s*构|主\s*题\s*分\s*类|发\s*布\s*日\s*期|成\s*文\s*日\s*期|关\s*键\s*字"
    r"|公\s*开\s*目\s*录|组\s*配\s*分\s*类|信\s*息\s*分\s*类|公\s*开\s*方\s*式"
)
# A line of that index (“索 引 号： 000014349/2023-63357 发布日期： …”, “文 号： 文件分类： 所属机构：”):
# the page's own record, never the problem a report is about
PORTAL_INDEX_LINE = re.compile(
    rf"^\s*(?:{PORTAL_INDEX_LABEL.pattern}|文\s*号|文\s*件\s*分\s*类|所\s*属\s*机\s*构)\s*[:：]"
)

# A notice's closing paragraph (“下一步，街道将建立长效管理机制…”, “今后，…”) after its last item: the
# office's plans in general, no more of the value above it (the last item's units).
CLOSING_PARAGRAPH = re.compile(r"^(?:下一步|下步|今后|接下来)\s*[，,：:]")

# The verbs a yearless plan in a progress text ends on (“计划12月31日前完成”, “计划5月10日前清理完毕”,
# “计划9月15日前将牛只全部迁出”): the work planned to be finished by that day.
PLANNED_DONE_VERB = (
    r"(?:完成|完工|建成|到位|完毕|迁出|搬离|搬迁|拆除|清运|清理|关停|投运|投入运行|投入使用"
    # “…前同步退出生猪养殖”: farms leaving a no-farming zone
    r"|退出)"
)
# “与沿岸退养户在2017年10月30日前同步退出生猪养殖”: a petition's handling setting the dated day the
# work is to be finished by, the case's limit (not “已于…前完成”, done by then; not a day to report by)
LIMIT_SET_IN_HANDLING = re.compile(
    rf"(?<!已)(?:在|于)\s*(\d{{4}}年[^，,。；;]{{0,12}}?前)\s*(?:同步|全面|全部|逐步)?{PLANNED_DONE_VERB}"
    # “养殖户自愿于2018年10月底将生猪全部处理，并停业取缔”: a farmer's own commitment to a dated day,
    # written without 前 (the case's limit as the day above is)
    rf"|(?:自愿|承诺)(?:在|于)\s*(\d{{4}}年\d{{1,2}}月(?:底|末|\d{{1,2}}日)(?:前)?)\s*将[^，,。；;]{{0,12}}?"
    r"(?:淘汰|处理|取缔|关停|关闭|搬迁|拆除|迁出|出栏|清理)"
)
# “按照属地管理的原则，由章华镇人民政府实施，…”: a petition's handling naming the body that carries
# the work out (not “由县畜牧兽医局负责监督和组织验收”, the office that checks it)
CARRIED_OUT_BY = re.compile(
    r"(?:^|[，,；;。]\s*)由(?P<units>[^，。；,;：:由]{2,30}?)(?:负责|具体|组织)?实施(?=[，,；;。]|$)"
)
# “1、责成郊区国土部门对占用耕地的违法行为依法查处。 2、责成郊区政府加强…监管”: the units a petition's
# handling charges with the work, each up to the word that opens what it must do
CHARGED_IN_HANDLING = re.compile(
    r"责成(?!各|相关|有关)(?P<unit>[^，。；、,;：:\s责]{2,20}?)(?=对|加强|依法|立即|尽快|限期|负责|督促|组织|开展)"
)
# “1、霍州市人民政府责成市畜牧中心、李曹镇加强…监管”: units charged together, by a decision that opens
# the handling or one of its numbered items (not a step of a dated account, “8月31日，区政府责成A、B
# 督促…”, which tells who acted that day)
CHARGED_TOGETHER = re.compile(
    r"(?:^|\n|[。；;]\s*)(?:\d{1,2}\s*[、.．)）]\s*)?[^，,。；;：:\n\d]{0,20}?责成(?!各|相关|有关)"
    r"(?P<units>[^，。；、,;：:\s责]{2,20}?(?:、[^，。；、,;：:\s责]{2,20}?){1,4})"
    r"(?=对|加强|依法|立即|尽快|限期|负责|督促|组织|开展)"
)
# “6月27日，兴庆区自然资源局、兴辰产业发展有限公司已将生活垃圾…全部清理”: the bodies a petition's
# handling reports, on a dated sentence opening on them, as having done the work
DONE_BY_IN_HANDLING = re.compile(
    r"(?:^|[。；;]\s*|\s)\d{1,2}月\d{1,2}日[，,]\s*"
    r"(?P<units>[^，,。；;：:\s已]{2,24}(?:、[^，,。；;：:\s已]{2,24}){0,3})已(?:将|把)"
)
# “责令该店于12月20日前完成改造”: the handling orders the party to finish by that day (a plan's date
# as 计划 / 要求于 give one)
ORDERED_BY = r"责令[^，,。；;]{0,16}?于"

# The column names of a 边督边改 一览表 (a petition list's standard form) the field vocabulary does
# not hold, for a header whose cells were copied run together (“序号受理编号交办问题⏎基本情况⏎行政⏎
# 区域…”): with the field labels they cut the run into the columns.
PETITION_LIST_COLUMNS = (
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "调查核实情况",
    "是否属实",
    "处理和整改情况",
    "是否办结",
    "责任人被处理情况",
    "问责情况",
)

# A lower header cell naming the kind of each row's problem (污染类型, 问题类型, 举报类型, 问题类别)
# under a label spanning several columns (问题情况 over 污染类型 | 点位名称 | 存在问题): the column
# keeps its own name, the label above names the group (else it took 问题情况 and the title)
KIND_OF_PROBLEM_COLUMN = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:类型|类别|分类|种类)$")
# A column naming the kind of each row's problem in the word 问题 (问题类别, 问题类型, 问题分类): in a
# table with no problem column (a town's list: 乱堆乱放 | 出店经营 …) it is what each row is about
PROBLEM_KIND_COLUMN = re.compile(r"^问题(?:类型|类别|分类)$")
# A petition list's 是否属实 cell: the check's verdict, a closed set of words (a row whose cell was
# left empty shows none, and a cell that is none of them is the next column's)
VERIFIED_COLUMN = re.compile(r"^是否属实$")
VERIFIED_VALUE = re.compile(r"^(?:属实|不属实|基本属实|部分属实|(?:基本|部分)?不属实|查无实据)[。.]?$")
# The columns a petition list leaves empty in most rows (问责情况, 备注, 责任人被处理情况): a row
# copied one paragraph a cell that ends short has left them empty
OFTEN_EMPTY_COLUMN = re.compile(r"问责情况|被处理情况|备注|说明$")
# A 边督边改 一览表 whose cells a copy ran together with no separator: each row one run from its
# 序号 on (“1D2SH201907210041宝山区大场镇…。宝山区大气，水7月22日…属实宝山区…。无”). The cells
# are told apart by their values' shapes: the 受理编号 a reference code (D2SH201907210041,
# X3HB202406020025, JN0829-012, [2023]20-006) glued to the row's number, the 行政区域 a place's name
# right after the complaint's full stop with the 污染类型 words glued after it, the 是否属实 verdict
# opening a line or a sentence with the handling glued after it, a short 问责情况 after the last
# full stop.
PETITION_REFERENCE = r"(?:[A-Z]{1,3}\d?[A-Z]{0,3}\d{6,16}|[A-Z]{1,3}\d{3,6}-\d{1,4}|\[\d{4}\]\d{1,3}-\d{1,4})"
# “案件一：莲城镇某砂石料场粉尘污染问题” on a line of its own over a case's labelled lines (举报内容：…):
# a 公众号 post's heading naming the case, its number and its title
CASE_HEADING = re.compile(
    r"^(?:案件|案例|交办件|转办件|信访件|举报件)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:：]\s*"
    r"(?P<title>[^。；;：:]{4,60})$"
)
# “一、“南陵县某矿业公司破坏生态环境”问题” on a line of its own over the problem's labelled blocks
# ((一)整改问题 … (六)整改完成情况): a closure notice's item heading, its number and the problem's
# name in quotes, which titles the item (the block under it gives the details)
QUOTED_PROBLEM_HEADING = re.compile(
    r"^(?P<num>[一二三四五六七八九十]{1,3})\s*[、．.]\s*[“\"](?P<title>[^”\"]{4,90})[”\"]\s*(?:等)?问题[。]?$"
)
# “…建设2号光伏点（202403-341702-N1-041-ED-0002）”: a point's code in brackets closing the problem,
# groups of digits and capitals joined by hyphens; an identifier, no words of the title
TRAILING_POINT_CODE = re.compile(r"\s*[（(](?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){2,}[)）]$")
# “第3批第15号（编号：YN1WS20170906015）：群众反映…”: a case's batch and number in the batch, its code
# in brackets, opening the case's paragraph before the complaint; the reference, not the title
BATCH_CASE_REFERENCE = (
    r"第\s*[0-9一二三四五六七八九十]{1,4}\s*批\s*第?\s*\d{1,4}\s*[号件]"
    r"\s*(?:[（(][^（）()]{0,40}[)）])?\s*[:：]"
)
GLUED_ROW_START = re.compile(rf"^(?P<no>\d{{1,3}})(?P<ref>{PETITION_REFERENCE})(?=\S)")
# A name a page or a mirror masked (“XX区”, “××市”): the placeholder stands for the name's characters
MASKED_NAME_CHARS = r"(?:[XＸ×]{2})"
# The same list with no 受理编号 column: the row's number glued straight to its complaint
# (“1XX区金钟街…扬尘很大。XX区扬尘污染经查…”), a place's name or a masked one
GLUED_ROW_NUMBER = re.compile(rf"^(?P<no>\d{{1,3}})(?P<ref>)(?=[\u4e00-\u9fff]|{MASKED_NAME_CHARS})")
_POLLUTION_KIND = r"(?:(?:大气|水|噪声|土壤|生态|固废|辐射|海洋|扬尘|油烟|恶臭|异味)(?:污染)?|其他|其它)"
PLACE_THEN_KIND = re.compile(
    rf"(?<=[。！？\n])\s*(?P<place>(?:[\u4e00-\u9fff]|{MASKED_NAME_CHARS}){{1,10}}?(?:新区|区|县|市|镇|乡|街道))"
    rf"(?P<kind>{_POLLUTION_KIND}(?:[，、,/]\s*{_POLLUTION_KIND})*)(?=[\d\u4e00-\u9fff（(])"
)
# With no 是否属实 column the check closes on its verdict (“…，反映问题不属实。”) and the handling
# follows it: the check is cut after the verdict's sentence
CHECK_CLOSED_BY_VERDICT = re.compile(r"(?:基本属实|部分属实|不属实|属实)[。；]")
GLUED_VERDICT = re.compile(
    r"(?:(?<=[。！？；\n])|^)\s*(?P<verdict>基本属实|部分属实|不属实|属实)(?=[\u4e00-\u9fff（(\d])"
)
GLUED_STATUS_END = re.compile(r"(?<=[。\n])\s*(?P<status>已办结|阶段性办结|未办结|正在办理|办理中)$")
GLUED_LAST_NOTE = re.compile(r"(?<=[。\n])\s*(?P<note>[^。\n]{1,12})$")
# Each petition list column by what its values are (the kinds the run-together reader splits by)
PETITION_COLUMN_KINDS = {
    "序号": "number",
    "受理编号": "reference",
    "交办问题基本情况": "problem",
    "转办问题基本情况": "problem",
    "行政区域": "place",
    "污染类型": "kind",
    "调查核实情况": "check",
    "是否属实": "verdict",
    "处理和整改情况": "handling",
    "整改、处理及问责情况": "handling",
    "是否办结": "status",
    "问责情况": "note",
    "责任人被处理情况": "note",
}

# A portal page's share and code lines under its article (“当前页二维码”, “扫描二维码在手机上阅读”,
# “扫一扫在手机打开当前页”, “用微信扫描二维码分享至好友和朋友圈”): the page's furniture, no more of the
# table above them
PAGE_SHARE_TAIL = re.compile(r"^(?:当前页二维码|扫描二维码|扫一扫在手机|用微信扫描|分享到)")

# An item opening on the village (or 社区, or a 乡's 街) it was found in, then a comma: “徘徊镇夏庄村，
# 537储备库门口成堆垃圾未清理”, “上团城乡崇义三街，…”, “工业园区东长远村，…”; the town before it is
# optional, a 街 needs it (“沿河大街，” is a street); “部分村，” / “个别社区，” name no place. Or a colon:
# “丽阳镇枫林村：路两边堆有建筑垃圾…” (a 督查专报), the place a label over the problem after it; with a
# colon the place may go down to the village's group or hamlet (“珠山村张家寨村民小组：…”, “珠山村大水井：…”,
# a 红黑榜's entry), a name that holds no word of what was found (问题, 情况 …)
OPENING_PLACE = re.compile(
    r"^(?!部分|个别|各|少数|有的|一些|多个|全)(?P<place>"
    r"(?:[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|园区|开发区))?[\u4e00-\u9fff]{1,8}?(?:村|社区|居委会)"
    r"|[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道)[\u4e00-\u9fff]{1,6}?街"
    r"|[\u4e00-\u9fff]{1,8}?村(?:(?!问题|情况|整改|存在|发现|反映|垃圾)[\u4e00-\u9fff]){2,8}(?=[：:])"
    # a works checked beside the villages, then a colon: “3、荣华石材厂：厂区卫生差…”
    r"|[\u4e00-\u9fff]{2,12}?(?:厂|公司|合作社|养殖场)(?=[：:]))(?P<sep>[，,]|[：:](?=\S))"
)
# A 通报's item naming the spot checked before a colon, what is wrong there after it: “3.丽景花园二期：
# （1）小区内车辆乱停乱放；（2）…” (the points numbered after the colon), or “2.龙泉路税务小区：住户乱拉
# 横幅…” (the spot's name ending in a word for a place: 小区, 花园, 市场, 站 …). The spot is where, no
# part of the title.
SPOT_BEFORE_POINTS = re.compile(
    r"^(?P<spot>[^，,。；;：:、\s（()）]{2,20})[：:]\s*(?=[（(]\s*1\s*[)）]|1\s*[.．、])"
)
SPOT_COLON = re.compile(
    r"^(?P<spot>[^，,。；;：:、\s（()）]{1,18}?"
    r"(?:小区|花园|广场|市场|公园|住宿区|宿舍区|家属区|家属院|大院|大道|车站|客运站|码头|医院|学校|超市|商场|景区))"
    r"[：:]\s*(?=\S)"
)
# A group heading naming only a town (乡, 街道, 村 …), perhaps with the count of its problems:
# “（一）鹿城镇（14个）” over 1. 2. …: the town must put them right
GROUP_PLACE_HEADING = re.compile(
    r"^(?!部分|个别|各|少数|有的|一些|多个|全)(?P<place>[\u4e00-\u9fff]{1,8}?(?:镇|乡|苏木|街道|办事处|村|社区|居委会))"
    r"\s*(?:[（(]\s*\d{1,3}\s*[个处项条件]\s*(?:问题)?\s*[)）])?\s*[：:]?$"
)
# A group's place alone on its line with a colon, “益哇镇：” over the numbered problems found there
# (a county's 督查通报): the town (乡, 街道, 村 …) that must put them right
GROUP_PLACE_LINE = re.compile(
    r"^(?!部分|个别|各|少数|有的|一些|多个|全)(?P<place>[\u4e00-\u9fff]{1,8}?(?:镇|乡|苏木|街道|办事处|村|社区|居委会))"
    r"\s*[：:]$"
)

# “2月16日下午，市专班暗访组在你乡暗访发现：吴庄村…”: a sheet's account of a check up to “发现：”,
# the problem after it
FOUND_COLON = re.compile(
    r"^[^。；;]{0,60}?(?:暗访|检查|督查|巡查|督导|核查|明查|抽查|暗查)[^。；;：:]{0,8}?发现[：:]\s*(?=\S)"
    # “2023年7月12日，我街办接到反馈：下陆区青龙山…”: a problem fed back to the body that reports on it
    r"|^[^。；;：:]{0,30}?(?:接到|收到)(?:反馈|交办|督办)[：:]\s*(?=\S)"
)
# A sheet's own number line, “编号：01”, “交办单编号：3号”: the problem it hands over
SHEET_NUMBER = re.compile(r"^\s*(?:交办单|督办单|交办|督办)?编号\s*[:：]\s*0*(\d{1,4})\s*号?\s*$")

# A group heading that is a county-level place's name (余江区, 高新区, 信江新区, 永修县): a city's
# 督查通报 sorts its points by the district that must put them right. Not a kind of area (主城区,
# 景区, 农村地区, 重点片区), which names where, not who (东城区 is a district, 老城区 a kind).
DISTRICT_HEADING = re.compile(
    r"^(?![\u4e00-\u9fff]*(?:地区|(?:主|中心|老|新|建成|市|县)城区|景区|片区|辖区|市区|郊区|山区|库区|矿区|林区|牧区"
    r"|园区|小区|校区|厂区|街区|功能区)$)"
    r"[\u4e00-\u9fff]{2,10}(?:区|县|市|旗)$"
)
# “…对我省生活污水收集工作提出了有关“X。Y。”等方面共性问题，要求…”: a notice that tells which of the
# inspection's points it answers, quoting the point; the problem is the quote
RAISED_QUOTED_PROBLEM = re.compile(
    r"提出(?:了)?(?:有关|关于)?\s*“(?P<problem>[^“”]{8,}?)”\s*等(?:方面)?(?:的)?(?:共性|突出|相关|同类)?问题"
)
# “10月9日督查发现，…”: a 督查 通报's item opening on the day of the check; the problem is what
# follows (the day and the check are no part of its title)
DATED_CHECK_LEAD = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[^，,。；;：:]{0,12}?)(?:暗访|检查|督查|巡查|督导|暗查|核查)(?:组|中)?发现[，,：:]\s*(?=\S)"
)
# “…，当面告知责任单位负责人限期整改，经10月11日“回头看”，问题已整改”: where such an item turns from
# the problem to what the checkers did about it (told the unit on the spot, came back to look)
CHECK_OUTCOME_CLAUSE = re.compile(
    r"[，,]\s*(?:(?:当面|现场|当场|书面|口头)[^，,。；;]{0,6}?(?:告知|责令|通知|要求)"
    r"|经[^，,。；;]{0,16}?(?:回头看|复查|复核|回访)[”\"]?\s*[，,])"
)
# the re-check clause itself, the rest of its sentence saying how the problem stood then
RECHECK_CLAUSE = re.compile(
    r"经[^，,。；;]{0,16}?(?:回头看|复查|复核|回访)[”\"]?\s*[，,]\s*(?P<state>[^。；;]*)"
)
# a state that the problem is only partly put right (“问题整改不彻底”, “整改不到位”)
PARTLY_FIXED = re.compile(r"不彻底|不到位|未整改|未完成|尚未|仍(?:有|存在)")

# “检查发现，旧县二村村委西侧路边有生活垃圾。”: a post's run of problems, one a line, opens so
# “5.1仕梅头村鸡舍边有纸屑和塑料垃圾。09:30”: a 考核 report's item opening on the code of the 考核项 it
# fails (codes restart in each village and repeat: no sequence) and closing, maybe, on the time of
# the check (no part of the problem)
CHECK_ITEM_CODE = re.compile(r"^(?P<code>\d{1,2}\.\d{1,2})\s*(?P<rest>[\u4e00-\u9fff“].*)$")
# a time glued to the next coded item when a printed page's lines are joined (“…。10:085.1中村…”)
CODED_ITEM_GLUED = re.compile(r"(?<=\d[:：]\d{2})(?=\d{1,2}\.\d{1,2}[\u4e00-\u9fff])")
CHECK_TIME_TAIL = re.compile(r"(?<=[。.\u4e00-\u9fff])\s*\d{1,2}[:：]\d{2}\s*$")
# “上榜理由：路边杂物乱放，垃圾未及时清理。” under a line naming the village: an entry of a 红黑榜 (red
# and black alike when the list's headings were pictures; only the reason tells a fault)
LISTING_REASON = re.compile(
    r"^(?:上榜|入榜|曝光|上黑榜|列入黑榜)(?:理由|原因|问题)\s*[：:]\s*(?P<rest>\S.*)$"
)
# a 红黑榜's closing request to its black entries: “请红榜自然村继续保持，黑榜自然村立即整改！”
BLACK_LIST_ACT = re.compile(r"黑榜[^，。！!；;]{0,8}?(?P<due>立即整改|立行立改)")
# “被抽检村为卓厝村，存在的问题：保洁不到位2处；废弃物未清理1处；…。”: a 考评 通报's account of a
# checked place (a 村, a road) and its problems, each counted, apart by ；
CHECKED_PLACE_PROBLEMS = re.compile(
    r"被(?:抽检|抽查|检查|考评|暗访)[^，,。；;为]{0,8}为(?P<place>[^，,。；;（(]{2,20})[^。；;]*?存在的?问题[：:]\s*(?P<list>[^。]+)"
)
COUNTED_PROBLEM = re.compile(r"\d+\s*(?:处|个|宗|起|次)$")
# “…存在一些问题和不足。一是…。二是…。”: problems counted in words inside one paragraph
INLINE_ORDINALS = re.compile(r"(?:^|(?<=[。；;]))\s*(?=[一二三四五六七八九十]是)")
# “上午9点25分，镇隆镇八坊村…有不少垃圾丢在路边。”: a 巡查 post's item opening on the time of the
# visit (no limit), then the place
VISIT_TIME_OPENING = re.compile(
    r"^(?:上午|下午|中午|晚上|傍晚|凌晨)\s*\d{1,2}\s*(?:点|时)\s*(?:\d{1,2}\s*分|半|许)?\s*[，,]\s*(?P<rest>\S.*)$"
)
# the place such an item opens on: the town, and the village when it follows (“镇隆镇八坊村”), or a
# village named without its town's 镇 (“镇隆八坊村”)
OPENING_TOWN_OR_VILLAGE = re.compile(
    r"^(?!部分|个别|各|少数|有的|一些|多个|全)(?P<place>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道)(?:[\u4e00-\u9fff]{1,5}?村)?"
    r"|[\u4e00-\u9fff]{2,6}?村)"
)
FOUND_COMMA = re.compile(r"^(?:经|此次|本次)?(?:暗访|检查|督查|巡查|督导|暗查)(?:组|中)?发现[，,]\s*(?=\S)")
# “工作人员在检查中发现，茨河镇陶湾村…有垃圾。后庄村五组55号…有垃圾，…”: a news item's paragraph
# opening on who found what (a few words before, no punctuation), the places and what is wrong
# with each running on after it, a clause a place
FOUND_PARAGRAPH_OPENING = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:暗访|检查|督查|巡查|督导|暗查)(?:中|时|过程中)?发现\s*[，,：:]\s*(?=\S)"
)
# such a clause's place: a town or village (`CLAUSE_PLACE`) or a village's group written alone
# (“高台铺三组38号…”, “高桥河3组8号…”)
GROUP_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{2,6}?(?:[一二三四五六七八九十]{1,3}|\d{1,2})组(?=\d|[\u4e00-\u9fff])"
)
# the line closing such a run: “现对以上问题公开曝光，…”, “以上问题…”, “请…”, “针对上述问题…”
FOUND_LINES_END = re.compile(r"^(?:现|对|针对|请|要求|以上|上述|对于)")
# “…，提醒旧县乡和有关村居对照标准要求抓紧整改治理”: the one place (乡, 镇, 街道 …) told to act
REMINDED_TO_ACT = re.compile(
    r"(?:提醒|责令|要求|督促|请)(?!各|相关|有关|所在)(?P<unit>[\u4e00-\u9fff]{1,12}?(?:乡|镇|街道|办事处|人民政府|管委会))"
    r"(?=和|及|、|等|对照|抓紧|立即|尽快|限期|认真|切实|迅速)"
)

# “…焚烧垃圾1处，请窝洛沽镇人民政府于10月28日前清理…”: the unit a letter's item asks to act
# (the unit asked, up to the word that opens what it is asked to do: “请X12月20日前规整到位” with
# the day right after it, “由X会同Y立即整改” with the unit it works with)
_ASKED_UNIT = (
    r"([^，。；、,;：:（()）\s请由]{2,20}?)"
    r"(?:于|在|立即|尽快|限期|抓紧|组织|督促|对|(?=会同)|(?=(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日))"
)
# (“，由安山乡人民政府于12月15日前清理完毕”: an item handing its problem to the unit that acts)
LEAD_REQUESTED = re.compile(rf"[，,；;]\s*(?:请|责成|要求|由){_ASKED_UNIT}")
# “请三山区开展现场调查，并将处理情况在群里报告。”: an exposure notice's line handing its problem to the
# one body asked to look into it (not “请各主管单位…”, which names none)
INQUIRY_REQUESTED = re.compile(
    r"^\s*请(?!各|相关|有关|你)(?P<unit>[\u4e00-\u9fff]{1,20}?"
    r"(?:新区|区|县|市|旗|镇|乡|街道|人民政府|政府|管委会|办事处|局|委|办|中心|站|所|队))"
    r"(?:开展|进行|组织)(?:现场)?(?:调查|核查|核实)"
)
# “由X会同Y立即整改”: the unit the lead works with, named right after it, cooperates
JOINED_BY = re.compile(
    r"^\s*会同((?:[^，。；、,;：:\s]{2,20}、)*[^，。；、,;：:\s]{2,20}?)(?:立即|于|在|尽快|抓紧|限期|共同|负责|对)"
)
# “，由X会同Y立即整改”, “，请X立即整改”: an item's assignment asking to act at once
ASSIGNED_AT_ONCE = re.compile(r"[，,]\s*(?:由|请)[^，。；;由请]{2,50}?(立即整改|立行立改|立即)")

# A unit column's cell asking a body to see to the problem (“请市文明办协调解决”): that body answers
# “（略）市人民政府”: a name a mirror masked in part; the mask is no part of the name
# (and the “**” a site writes for the place at a name's head: “**市水利局”)
MASKED_NAME_PART = re.compile(r"[（(]\s*略\s*[)）]|^\*+")

UNIT_ASKED_IN_CELL = re.compile(
    r"请(?P<unit>[^，。；、,;：:\s请]{2,20}?)(?:协调解决|协调处理|负责解决|负责处理|督促整改|协调)"
)

# “4、物价局片区：居户周边…”: a patrol 通报 opens a problem on the area a unit keeps clean (包片), no
# part of the problem; with no unit named to put it right, that area's unit does
AREA_LABEL_HEAD = re.compile(r"^(?P<unit>[^，。；、,;：:\s]{2,12}?)片区\s*[：:]\s*")

# the line under a patrol 通报's item handing it to a unit (“整改要求：由X负责…”, “整改措施：…”)
HANDED_LINE = re.compile(r"^\s*(?:整改(?:要求|措施|意见)|处理意见|督办要求)\s*[：:]\s*")

# a requirement, a step or a clause opening on the unit that carries it out: “由（包片单位）X负责…”,
# “由陈家坝沿线包片单位A、B负责…”, “按照先劝阻、再强制的要求，由A负责…”, “县公安局负责…”
HANDED_TO_UNIT = re.compile(
    r"^\s*(?:按照[^。；;]{0,30}?要求[，,]\s*)?"
    r"(?:由\s*(?:[^，。；、,;：:由\s]{0,10}?(?:包片单位|包保单位|责任单位|属地))?\s*"
    r"(?P<by>[^，。；,;：:由]{2,60}?)(?:负责|牵头|督促|组织)"
    r"|(?:包片单位|包保单位|责任单位)?\s*(?P<own>[^，。；、,;：:由\s]{2,30}?)(?:负责|牵头))"
)
# the steps of such a line, “（1）由A负责…。（2）由B负责…”, and its clauses apart by ；
HANDED_STEPS = re.compile(r"[。；;]|[（(]\d{1,2}[）)]")

# a yearless day in a letter's item, “10月28日前处理完毕” (not “10月28日前将整改情况报送…”, nor a
# day the work was done by, “3月10日前已清运”)
YEARLESS_DUE_IN_ITEM = re.compile(
    # (or right after the unit asked, “请安山乡人民政府12月20日前规整到位”)
    r"(?:^|[，,；;\s于在]|(?<=[府局委办镇乡村区县室所站队心司处厂]))((?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日(?:之)?前)(?!\s*(?:将|把)[^。；;]{0,16}?报|\s*已)"
)

# the clause of a letter's item that hands the problem to a unit: “，由X负责…” / “，请X于…” /
# “，由X于…前清理完毕”
ASSIGNED_CLAUSE = re.compile(
    r"[，,]\s*(?:由([^，。；、,;：:（()）\s由]{2,20}?)(?:牵头|负责)"
    rf"|(?:请|责成|由){_ASKED_UNIT})"
)

# a request around a completion word in its clause (“请…于…前整改到位”, “10月28日前整改到位”)
REQUEST_CUE = re.compile(r"请|要求|务必|必须|确保|限期|责成|日前|底前")

# A letter's request resuming under its table (“请你县督促茨榆坨镇按要求整改，并于4月1日前将整改情况
# 报市美丽乡村办。”): a whole sentence opening on 请 / 望 / 希望, no cell's paragraph
LETTER_RESUMES = re.compile(r"^(?:请|望|希望)[^。！]{8,}[。！]$")

# The line above a 通报's list of the places that did worst: “环境卫生整治较差的有：”, “整改不到位的
# 单位是：”, “排名靠后的村为：”: its items are problems, whatever words they use
POOR_ONES_AHEAD = re.compile(
    r"(?:较差|最差|差|不到位|不力|滞后|落后|靠后|不达标|不合格)的(?:单位|乡镇|村|社区|点位|地方)?(?:有|是|为)\s*[：:]\s*$"
)
# “现将检查结果通报如下：”, “现将督查情况通报如下：”: a check's report announcing what it found, a
# document about rectification though it never says 整改
# (“…进行了检查考评，现将结果通报如下：”: the check named earlier in the sentence)
# An unannounced or open visit (“明查暗访”) is a check as a 督查 is: a news item telling what it found
# speaks of problems to put right though it may never say 整改
UNANNOUNCED_VISIT = re.compile(r"暗访|明查")
# A newspaper's report opening under its headline: the dateline of a short item (“本报讯（记者…）”)
# or the place line of a report's part (“地点：古辣镇古济村”); the short line over it names the
# problem the item reports
NEWS_ITEM_OPENING = re.compile(r"^(?:■\s*)?(?:本报讯|本台讯|本网讯|地点\s*[：:])")
# What a list's last clause says of its effect (“…陈年垃圾堆，严重影响村容村貌”): no part of the problem
EFFECT_TAIL = re.compile(r"[，,]\s*(?:严重|极大)?影响[^，,。；;]{0,12}$")
CHECK_RESULTS_AHEAD = re.compile(
    r"(?:检查|督查|暗访|巡查|抽查|考评|考核|督导)(?:[^。；;：:\n]{0,24}?[，,]\s*现将(?:有关)?)?(?:结果|情况)(?:通报|反馈)如下"
    r"\s*[：:]\s*$"
    # “…进行了检查，现将发现问题通报如下：” (a county office's monthly 通报): the problems found, listed
    r"|(?:检查|督查|暗访|巡查|抽查|考评|考核|督导)[^。；;：:\n]{0,6}?[，,]\s*现将(?:检查)?发现的?问题通报如下\s*[：:]\s*$"
    # “…进行实地测评，考察点位145个，…发现问题311条，…，现将具体情况通报如下：”: one sentence telling
    # of the check and its counts, closing on the results it lists
    r"|(?:检查|督查|暗访|巡查|抽查|考评|考核|督导|测评)[^。；;！!\n]{0,150}?[，,]\s*现将(?:具体|有关|检查)?"
    r"(?:结果|情况)(?:通报|反馈)如下\s*[：:]\s*$"
)
# “大古桥社区所属大古桥路…“插花地”垃圾散落”: a check's item opening on the 社区 (村, 镇 …) the spot
# belongs to; the place keeping that ground is the one to clear it
OWNING_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,10}?(?:社区|村|居委会|镇|乡|街道))所属(?=\S)")
# “落儿岭、鹿吐石铺集镇干净整洁；主干道…有零星垃圾”: a 通报's town paragraph opening on what was found
# clean; praise, not the problem, so the problem is the clause after it
PRAISE_CLAUSE = re.compile(
    r"^[^，,；;。：:]{1,30}?(?:干净整洁|整洁干净|整洁有序|卫生良好|未发现(?:明显)?问题)\s*[，,；;]\s*"
)
# “该处存在的问题：” / “该路段存在的问题是：”: the label, under a spot's heading, over what was found there
SITE_PROBLEMS_LABEL = re.compile(r"^该(?:处|路段|点位|地段|区域|小区)存在的?问题(?:是|有)?\s*[：:]\s*")
# “1、联盛快乐城（责任单位：县商务局）：前期通报该点位存在A；B等问题已按时整改到位。”: a 通报's item
# naming the spot checked, the units answering for it in brackets, then after the colon what was
# found there (the spot is where, not the problem; the bracket's units lead)
SITE_UNIT_ITEM = re.compile(
    r"^(?P<site>[^（(：:，,。；;\s]{2,24})[（(]\s*(?:责任单位|牵头单位|责任部门|整改单位)\s*[:：]\s*"
    r"(?P<units>[^（）()：:。；;]{2,60})[)）]\s*[:：]\s*(?P<rest>\S.*)$",
    re.S,
)
# the opening of such an item's text saying it was reported before (“前期通报该点位存在”, “该片区仍
# 存在”): no part of the problem
EARLIER_REPORTED = re.compile(
    r"^(?:前期|此前|上期|上次|前次)?(?:通报|反馈|指出|暗访发现|检查发现)?(?:该|此)"
    r"(?:点位|片区|区域|单位|路段|小区|场所)仍?存在(?:的问题)?[:：]?"
)
# and its closing clause saying where the problems stand (“…等问题已按时整改到位”, “…等问题仍未整改
# 到位”): the state, no part of the title
STATE_AFTER_PROBLEMS = re.compile(r"等(?:方面)?问题(?:已|仍|尚|未|均|正在|基本).*$", re.S)
# “…桥下河沟内存在零星垃圾”, “…有杂物堆放”: what a check found lying at a spot, a problem though no
# fault word (未, 不及时, 乱…) names it
LITTER_FOUND = re.compile(
    r"(?:存在|有)(?:零星|少量|大量|成堆|散落|暴露|白色|生活|建筑)*(?:垃圾|杂物|漂浮物|积水|污水)"
)
# The title of a check's 通报 (“…2月份考核情况通报”, “城区环境卫生综合整治工作检查情况通报（第八十六期）”):
# a notice of what a check found, whose problems are to be fixed though it may never say 整改
CHECK_NOTICE_TITLE = re.compile(
    r"(?:检查|督查|暗访|巡查|抽查|考评|考核|督导)(?:工作)?(?:情况|结果)的?通报(?:[（(][^）)]{1,12}[）)])?\s*$"
)
# Problems a 通报 counts in words: “但也存在以下几个方面的问题：一是…；二是…。” in a paragraph, or a
# heading “五、存在的突出问题” over one paragraph “一是…；二是…；三是…。”; each counted item is a problem
# (the phrase may end its line, the items on the next: a printed paragraph cut at the colon)
PROBLEMS_COUNTED_INLINE = re.compile(
    # (“督查组…并提出四个问题：一是…”: the problems the checkers raised, as those they found)
    r"(?:存在|发现|查出|提出|指出)了?(?:以下|如下|下列)?[^，。；;：:\n]{0,8}?问题\s*[：:]\s*(?=一是|$)"
    # “经检查发现，一是…；二是…” (a bureau's news of its check): what the check found, counted at once
    r"|(?:经|此次|本次)?(?:检查|督查|暗访|巡查|督导|抽查)(?:组|中)?发现\s*[，,：:]\s*(?=一是)"
    # “本次检查突出问题，一是…，二是…” (a county office's monthly 通报): the problems named, then counted
    r"|(?:主要|突出)问题(?:有|是|为)?\s*[，,：:]\s*(?=一是)"
)
# (after a short name of who found them: “三、审计调查发现的主要问题”, “二、检查发现问题”)
PROBLEMS_HEADING = re.compile(
    r"^[^，。；;：:\s]{0,6}?(?:存在|发现|查出)(?:的)?(?:主要|突出|具体)?问题\s*[：:]?\s*$"
)
# A chapter of problems a check found (“二、审计发现的主要问题”, “三、检查发现问题”), not a work report's
# own “存在的问题”: a document under such a chapter lists problems to put right even where the stored
# copy ends before it says 整改
FOUND_PROBLEMS_HEADING = re.compile(
    r"^[^，。；;：:\s]{0,6}?(?:发现|查出)(?:的)?(?:主要|突出|具体)?问题\s*[：:]?\s*$"
)
# In an audit's or a check's chapter of problems found, a clause opening on the units at fault and
# what they failed to do (“县生态环境分局尚未与…建立…”, “到审计日甲乡、乙镇未按合同支付…”): those
# units are the ones to put the problem right, as the 被审计单位 is
AT_FAULT_CLAUSE = re.compile(
    r"(?:^|(?<=[，,；;。]))(?:(?:到|截至|截止)[^，,；;。\d]{1,8}?日)?"
    r"(?P<units>[\u4e00-\u9fff、]{2,40}?)(?:尚未|仍未|均未|未|没有)"
)
# The same in an audit's own wording of idle funds: “审计抽查发现，甲镇人民政府、乙镇人民政府尚有管护
# 资金闲置未使用” (or “…的管护资金尚有闲置”): the bodies holding the money are the ones to use it
FUNDS_IDLE_AT = re.compile(
    r"(?:^|(?<=[，,；;。]))(?P<units>[\u4e00-\u9fff、]{2,40}?)(?:的|尚有|仍有)"
    r"[^，,；;。]{0,16}?(?:资金|款项?)[^，,；;。]{0,8}?(?:闲置|滞留|沉淀|未使用|未用|未拨付)"
)
# After a run of problems, a further problem the deputies took up and the body told to lead its
# rectification: “同时，人大代表对群众反映强烈的偷排遗留问题作了现场调研，…督促乡环保办牵头整改。”
TAKEN_UP_PROBLEM_LED = re.compile(
    r"对(?P<title>[^，,。；;对]{2,24}?问题)[^。；;]*?督促(?P<unit>[^，,。；;、]{2,12}?)牵头(?:进行)?整改"
)
# “具体整改结果由安阳市生态环境局龙安分局向社会公告”: an 审计结果公告's closing line, naming the unit
# that answers for the rectification of the problems it published
RESULT_ANNOUNCED_BY = re.compile(
    r"整改(?:结果|情况)由(?P<unit>[^，。；、,;\s]{2,30}?)(?:负责)?(?:向社会|对外|另行)?(?:公告|公布|公开)"
)
# A 人大 check's or survey's problems run on inside one sentence of a news item or report: “但仍存在
# A、B、C等问题” (apart by 、, from the sentence's last 存在 to 等…问题), or “…突出问题。主要有：A；B；C。”
# (apart by ；, after a sentence naming problems); each item is one problem, unless numbered items
# follow (then the sentence sums them up)
_RUN_ON_CHAR = r"(?:(?!存在)[^。；;：:\n])"
RUN_ON_PROBLEMS = re.compile(
    # (“沿途检查存在的A、B…等问题进行了当面交办”: the 的 after 存在 is no part of the first item)
    rf"存在(?:有|着)?的?(?P<items>{_RUN_ON_CHAR}{{4,}}?、{_RUN_ON_CHAR}+?)等(?:突出|主要|具体|方面的?)?问题"
    # (“…等12个问题”, “…等问题157个”: a check's tally over the list of its finds, not the list)
    r"(?![0-9０-９一二三四五六七八九十百]+[个处项])"
    # (“…等问题，如A镇…；B镇…”: the kinds named before the examples that follow, which are the
    # problems, `INLINE_PROBLEMS_CUE`)
    r"(?![，,]\s*(?:如|比如|例如|主要有|具体有))"
)
RUN_ON_PROBLEMS_AFTER_COLON = re.compile(
    r"(?:问题|不足)[。，,]?\s*(?:主要)?(?:有|是|表现(?:在|为))\s*[：:]\s*(?P<items>[^。：:\n]+?[；;][^。：:\n]+)。"
)
# A 人大 inspection's news naming its shortcomings in the sentence after the one that says there are
# some, without a colon and apart by 、: “也还存在一些不足。主要是A、B、C、D等。” (“等问题”, “等方面” too)
SHORTCOMINGS_RUN_ON = re.compile(
    r"存在(?:一些|若干|不少|以下)?(?:不足|差距|薄弱环节|问题)[。，,]\s*(?:主要|具体)(?:是|有|表现为|表现在)"
    r"(?P<items>[^。：:；;\n]{4,}?、[^。：:；;\n]+?)等(?:问题|方面|不足)?。"
)
# A town congress's check naming its problems as areas in one sentence: “聚焦A、B、C、D等方面问题，列出
# 清单和整改时限”, “代表们指出了A、B等方面的问题。” (not the measures or suggestions on such problems:
# “…等方面问题的整改措施”)
AREAS_OF_PROBLEMS = re.compile(
    r"(?:聚焦|指出了?|提出了?|反映了?)(?P<items>[^。：:；;\n，,]{2,}?、[^。：:；;\n，,]+?)等(?:几个)?方面(?:的|存在的)?问题"
    r"(?!的?(?:整改|建议|意见|措施))"
)
# An audit's or a check's account naming what it brought to light in one sentence: “揭示了A、B、C等问题”,
# “同时也指出“A、B、C”等存在的问题”, and the deputies' questions a hearing answered, “对代表提出的关于
# A、B等问题进行了回复” (the run in quotation marks or not; a tally after it, “等问题12个”, is no
# such list)
REVEALED_RUN_ON = re.compile(
    r"(?:揭示|揭露|查出|指出|提出|反映)(?:了|出|的)?\s*(?:关于)?“?"
    r"(?P<items>[^。：:；;\n，,“”]{2,}?、[^。：:；;\n，,“”]+?)”?"
    r"等(?:存在的|突出|主要)?问题(?![0-9０-９一二三四五六七八九十百]+[个处项])"
    # (“提出了加强A、B等问题的建议”: what is asked, not the problems)
    r"(?!的?(?:整改|建议|意见|措施))"
)
# a town whose name is one character and 镇 (“彭镇区域建筑工地…”), known by the word of its ground
# that follows (“乡镇”, “城镇”, “集镇” are kinds, no names)
SHORT_TOWN = re.compile(r"^(?!乡镇|城镇|集镇|村镇)(?P<place>[\u4e00-\u9fff]镇)(?=区域|辖区|境内|政府|所在地)")
# “向吴忠市、中卫市…及银川市金凤区、…西吉县发出环境空气质量预警函”: the bodies a warning or reminding
# letter went to, whose own clauses below tell what each is warned of
WARNED_UNITS = re.compile(
    r"向(?P<units>[^。；;]{2,200}?)(?:发出|下发|印发|送达|发送)[^。；;，,]{0,20}?(?:预警函|提醒函|警示函|督办函|约谈函)"
)
# A check's news item or letter naming what it found in one sentence after “…中发现，” and closing on
# “等问题” (“督察中发现，A、B、C；D；E，F等问题。”): the pieces between are the problems
FOUND_RUN_ON = re.compile(
    r"(?:督察|督查|检查|暗访|巡查|督导)(?:中|时)?发现[，,：:]\s*(?P<items>[^。\n]{8,}?)等(?:突出|主要)?问题(?![0-9一二三四五六七八九十]+[个处项])"
)
# “…；城管部门就人行横道破损问题进行及时处理”: a requirement after a run of problems handing one
# of them, named again, to a body (the unit named, then 就 and the problem as the run wrote it)
UNIT_ON_NAMED_PROBLEM = re.compile(
    r"(?:^|[，,；;。：:])\s*(?P<unit>[\u4e00-\u9fff]{2,8}?(?:部门|局|办|中心|站|所|大队))"
    r"就(?P<problem>[^，,。；;：:]{2,30}?)问题"
)
# “在雁塔区，督导组发现A，B；C。在未央区，督导组发现D；E。”: a paper's account of a check, one
# sentence a district (county, town) checked, what was found there running on after 发现
FOUND_IN_PLACE = re.compile(
    # (a 小区, 社区 or 园区 is a site, no district: “在新安街道翻身小区，检查组发现…”)
    r"在(?P<place>[\u4e00-\u9fff]{2,10}?(?:(?<![小社园景校])区|县|旗|镇|乡|街道))[，,]\s*"
    r"(?:[\u4e00-\u9fff]{0,8}?(?:组|人员))?(?:在检查中)?发现(?P<items>[^。\n]{8,}?)。"
)
# “在督查中发现这几处地方存在了环境卫生问题。”: a line announcing problems without telling them,
# the problems following one a line (a post's picture captions)
ANNOUNCED_PROBLEM_LINES = re.compile(
    r"发现(?:这|以下|下列|如下)?[几两三四五六七八九十0-9]*处?(?:地方)?存在(?:了|着)?[^。：:\n]{0,12}问题[。：:]?$"
)
# “发现以下两处问题：其一，A；其二，B。”: the problems counted 其一, 其二 … after a line announcing them
ORDINAL_PROBLEMS = re.compile(r"问题[：:]\s*(?P<items>其一[，,：:].+?)(?:。|$)")
ORDINAL_MARK = re.compile(r"[；;。]?\s*其[一二三四五六七八九十][，,：:]\s*")
# “向办事处下发当日督导通知单”: the body a notice was handed to (its name written short or whole)
HANDED_NOTICE_TO = re.compile(
    r"向(?P<unit>[\u4e00-\u9fff]{2,20}?)(?:下发|发出|送达)[^。；;]{0,12}?(?:通知单|督办单|督办函|交办单|整改通知书?)"
)
# An account of a 暗访 telling, place by place, what it saw (“暗访组在X镇Y村村北街道看到…；在Z村看
# 到，…”): the place, then what was seen there
SEEN_AT_PLACE = re.compile(
    r"^(?:(?:市|县|区)?(?:暗访|督查|检查|巡查|督导)组)?在(?P<place>[^，,。；;在]{2,30}?)看到(?P<sep>[，,]?)(?P<seen>.+)$"
)
# what was seen is a fault (not the praise of a tidy village: “垃圾日产日清，村内没有卫生死角”)
SEEN_FAULT = re.compile(r"无人清理|未清理|乱堆|乱倒|乱放|焚烧|散落|成堆|堆积|遍地|脏乱|随处可见|比比皆是")
# “督促范各庄镇政府主管领导…，7日内将存在问题解决好”: the one town (乡, 街道) ordered to fix what was
# seen, and the days it is given
ORDERED_TOWN = re.compile(r"督促(?P<unit>[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道)(?:人民)?(?:政府|办事处))")
ORDERED_DAYS = re.compile(r"(?P<days>\d{1,2})(?:日|天)内[^。；;，,]{0,8}?(?:问题|整改|解决)")
# “一是”, “；二是”: an item counted in words, opening the text or after a sentence's or a clause's end
COUNTED_ITEM = re.compile(r"(?:^|(?<=[；;。]))\s*(?P<num>[一二三四五六七八九十])是\s*[，,:：]?\s*")
# the same items apart by commas only (“一是…，二是…，三是…”): read so only when the count, in
# turn from 一, holds over the whole run
COUNTED_ITEM_AFTER_COMMA = re.compile(
    r"(?:^|(?<=[；;。，,]))\s*(?P<num>[一二三四五六七八九十])是\s*[，,:：]?\s*"
)
# A one-problem notice's paragraph telling the rectification's work with its steps counted in words
# (“…污染问题整改自2019年5月21日开始，成立了…领导小组。一是…；二是…；三是…。四是…”): what stands
# before “一是” names the work (整改, 整治, 治理, 措施); the counted steps are the measures. Work still
# ahead (“下一步，一是…”) or problems counted (`PROBLEMS_COUNTED_INLINE`) are not read so.
COUNTED_WORK_LEAD = re.compile(r"整改|整治|治理|措施")
COUNTED_WORK_AHEAD = re.compile(r"下一步|今后|接下来")
# A 红黑榜's black side (“三、“黑榜”：…”, “四、黑点”): the items under it are problems; “上榜理由：X”
# lines (`LISTING_REASON`) under a 黑榜 heading give one village's problem each (under a 红榜
# heading, its praise)
BLACK_LIST_HEADING = re.compile(r"黑榜|黑点|曝光台")
RED_LIST_HEADING = re.compile(r"红榜|红点|红旗榜")
# “一、约谈事由” / “问责事由” / “督办原因”: the heading of a 约谈 or 问责 通报 over the problem that
# brought it, the first sentence under it the problem
CAUSE_HEADING = re.compile(r"^(?:约谈|问责|督办|挂牌督办|通报批评)(?:事由|原因)$")
# “约谈了常村镇主要领导和包片责任人”: the town or unit whose leaders were called in must act
INTERVIEWED_UNIT = re.compile(
    r"约谈(?:了)?(?P<unit>[\u4e00-\u9fff]{2,16}?(?:镇|乡|街道|办事处|县|区|市|局|公司|厂))"
    r"(?:党委|政府|人民政府|党政)?(?:主要|分管|有关)?(?:领导|负责人|负责同志|责任人)"
)
# A 红黑榜 side's name alone on its line (“黑榜”, “黑 榜”, “红榜：”): the lines under it, each entry's
# place then its problem, belong to that side
BLACK_LIST_LINE = re.compile(r"^[“\"]?黑\s*[榜点][”\"]?\s*[：:]?$")
RED_LIST_LINE = re.compile(r"^[“\"]?红\s*(?:[榜点]|旗\s*榜)[”\"]?\s*[：:]?$")
# “（一）宁安镇：肖闸村…；新胜村…。”: an item opening on the town (乡, 苏木, 街道 …) it hands the
# problems to, then a colon; a town's 通报 does so per village (“（一）詹桥村：…”, 社区, 居委会);
# “部分村：” / “个别社区：” name none
OPENING_TOWN_COLON = re.compile(
    r"^(?!部分|个别|各|少数|有的|一些|多个|全)"
    r"(?P<place>[\u4e00-\u9fff]{1,8}?(?:镇|乡|苏木|街道|办事处|村|社区|居委会))\s*[：:]\s*(?=\S)"
)
# “临潼区  成绩：61.2分”: a 通报's block for one district (县, 乡 …) opening on its name and its score;
# the labelled paragraphs below (检查情况：…, 存在问题：…) are that place's
SCORED_PLACE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗|新城|新区|开发区|镇|乡|街道|苏木))\s*"
    r"[（(]?(?:成绩|得分|评分|综合得分|考核得分|考评得分)\s*[：:]\s*\d+(?:\.\d+)?\s*分[)）]?\s*$"
)

# The period a stage of the work falls in, as a column of a task table names it: one column per year
# (2018年, 2025年底), per quarter or half (2019年三季度, 2019年第四季度, 2020年上半年), the last one
# open-ended (2023年及以后). Each filled cell is that stage's step; the last filled one's end is due.
STAGE_PERIOD = r"(?:19|20)\d{2}\s*年(?:底|末|及以后|第?[一二三四1-4]季度(?:末|底)?|[上下]半年)?"
STAGE_PERIOD_COLUMN = re.compile(rf"^{STAGE_PERIOD}$")

# The lower header line of a table's schedule copied a cell a line after the names above it
# (工作绩效目标 over 一季度 | 二季度 | 三季度 | 四季度; 进度安排 over 1月 … 12月): quarters, halves
# or months without a year, each a sub-column of the name that spans them.
SCHEDULE_SUB_COLUMN = re.compile(r"^(?:第?[一二三四1-4]季度|[上下]半年|(?:[1-9]|1[0-2])月份?)$")

# A header's upper cell that spans the responsibility columns under it: 整改责任 over 责任领导 |
# 牵头单位 | 配合单位, 责任分工 over 牵头县领导 | 牵头单位 | 责任单位. A web copy a cell a line gives the
# names under it after the whole upper line.
RESPONSIBILITY_SPAN = re.compile(r"^(?:整改责任|责任分工|责任划分|责任主体|责任落实|责任)$")
# 责任单位 over 牵头单位 | 配合单位: a unit name of no role, spanning the units by role under it.
UNITS_SPAN = re.compile(r"^(?:整改)?责任(?:单位|部门)$")
# …the same period closing a column's name, after the upper label it was merged under (任务分解及
# 实施进度2019年, 时间节点2019年三季度)
STAGE_PERIOD_SUFFIX = re.compile(rf"(?<=\D)({STAGE_PERIOD})$")
# an open-ended last stage (2023年及以后) has no end: the work goes on
STAGE_OPEN_ENDED = re.compile(r"及以后$")
STAGE_OPEN_ENDED_DUE = "长期坚持"
# “责令你单位于…前按以下要求进行整改：”, “整改要求如下：”: the line announcing the letter's list of what
# to do; a numbering that starts again under it lists requirements, not more problems
REQUIREMENTS_AHEAD = re.compile(
    r"(?:按(?:照)?(?:以下|如下|下列)(?:要求|意见)|(?:整改|工作|具体)要求如下|提出(?:以下|如下)(?:整改)?要求)"
    r"[^。；\n]{0,8}[:：]\s*$"
)
# “你厂上述行为违反了…”: a paragraph on the whole list above it, no part of its last item
LIST_CLOSING = re.compile(
    r"^(?:你|贵|该)?(?:厂|单位|公司|企业)?(?:以上|上述)(?:环境)?(?:违法|违规)?(?:行为|问题)?[^。；\n]{0,4}?违反"
)
# “现将需整改的事项督办如下：”: a form's problem cell opening on a line that announces numbered
# items under it (each item one problem)
ANNOUNCES_ITEMS = re.compile(r"(?:如下|以下(?:问题|事项))\s*[:：]?\s*$")
# a handed-down sheet's date alone on one of its last lines, under the sender (“2018年2月25日”)
SIGNED_DATE = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
# “该问题由市住房和城乡建设局牵头，市水务局、市综合行政执法局配合，整改时限为2024年12月31日。”: a
# report on one problem assigns the work in a sentence of its problem paragraph (no unit label)
ASSIGNED_IN_PROBLEM = re.compile(
    r"(?:^|[。；;])\s*(?:该问题|此问题|该项问题|该项任务|该任务)?由(?P<units>[^，。；,;：:由]{2,40}?牵头"
    r"(?:[、，,][^，。；,;：:]{2,60}?(?:配合|协助|协同))?)[，,。；;]"
)


# “…但也存在卫生死角、占道经营等问题，如陈集镇…；薛湖镇…。”, “督查结果：…高河镇金星社区…已修好，
# 但仍有垃圾堆放；…”: a 通报's paragraph giving its problems (or the results of the points it
# handed down before) after the cue, one clause a point, apart by ；
INLINE_PROBLEMS_CUE = re.compile(
    r"等(?:方面的?)?问题[，,]\s*(?:如|比如|例如|主要有|具体有)[：:]?"
    r"|(?:督查|检查|复查|回访|暗访|抽查)结果\s*[：:]"
    # a news item's sentence on what was found, then the places one by one (“…发现不少村环境脏乱差，
    # 垃圾成堆。其中，麦市镇…；麦市村…。”)
    r"|发现[^。；;\n]{0,60}。\s*其中[，,：:]"
)
# a clause opening on its town with its village or community (“高河镇金星社区怀中五标段…”,
# “城厢乡张大庄村…”), on its town alone (“陈集镇永芒路…”) or on its village; a road's 村庄, a
# village's 村民 or 村级 is no village of the name
CLAUSE_PLACE = re.compile(
    # (a request closing the list, “请各乡镇立即整改”, opens on no place)
    r"^(?!部分|个别|各|少数|有的|一些|多个|全|请|要求|责令|督促|针对|对|以上|上述|希望|望)(?P<place>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道)"
    r"(?:[\u4e00-\u9fff]{1,5}?(?:村|社区)(?!庄|民|级|组))?"
    r"|[\u4e00-\u9fff]{2,6}?(?:村|社区)(?!庄|民|级|组))"
)
# the words opening such a clause that are no part of it (“其中，城厢乡…”, “如陈集镇…”)
CLAUSE_CONNECTIVE = re.compile(r"^(?:其中|另外|此外|同时|如|比如|例如)[，,：:]?\s*")
# a praised place's shortfall in the same clause, “…初见成效，…，但入村主干道两侧环境卫生需进一步
# 清理”: the part after 但
PRAISE_BUT_SHORTFALL = re.compile(
    r"[，,]\s*但(?:是)?(?P<problem>[^，,。；;]*(?:需进一步|仍需|还需|有待|仍有|仍存在|尚未|未)[^。；;]*)$"
)
# a category inside such a paragraph, “1、无物业小区治理方面”: no point of its own
INLINE_CATEGORY = re.compile(
    r"^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?[^，,；;]{0,16}方面$"
)
# the result of a point handed down before: done (“党校公寓大堆木材已清走”) unless some of it is
# still open (“…已修好，但仍有垃圾堆放”, “…未整改”, “清扫不彻底”)
RECHECK_DONE = re.compile(r"已(?:清理|清除|清走|清运|拆除|修好|修复|整改|整治|规范|处理|取缔)")
RECHECK_OPEN = re.compile(r"仍|未|不彻底|不到位|还有|尚")


# A video's length left on its own line where a 美篇 or WeChat post was copied (“00:10”): no text
MEDIA_DURATION_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# “请上述问题所涉村…在本月内整改到位”: a monthly 通报's one limit for all it lists, the end of the
# month the 通报 is dated in
CURRENT_MONTH_LIMIT = re.compile(
    r"(?:于|在)?\s*本月(?:内|底前|底|月底前)[^。；;\n]{0,8}?(?:整改到位|完成整改|整改完毕|整改完成|全部整改)"
)
# The villages a 通报's item names at fault inside its sentences, each opening a clause (after a
# comma, 、, ；, “如”): “七里桥街道东江社区、驮古堤社区没有开展…”, “如白鹤镇卸甲州村、同兴村、…”;
# the town before a village is optional (a village without one is in the town named last in its
# sentence); 部分村 / 个别村 / 大部分村（社区）, “节后村组道路” name none
VILLAGE_IN_CLAUSE = re.compile(
    r"(?:^|(?<=[，,；;。、：:\s]))(?:如|例如|比如|其中)?"
    r"(?!部分|个别|各|少数|有的|一些|多个|全|大部分|多数|所有|其他|其余|相关|周边|附近|本|该|原)"
    r"(?:(?P<town>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)))?"
    r"(?P<village>(?!部分|个别|各|少数|多数|大部分|所有)[\u4e00-\u9fff]{2,6}?(?:(?<!农)村|社区|居委会))"
    # (村组道路, 村民, 村级, 村干部, 村规, 村庄, 农村: words of villages in general; “苏集村污水处理站”,
    # “X村小学”: a works or a school named after its village, the village no party to it)
    r"(?!组|民|级|干部|规|庄|[\u4e00-\u9fff]{0,4}?(?:站|厂|场|小学|中学|幼儿园|卫生室|项目)"
    # (“滩头村磨石坑自然村的两个土地整治子项目…”: the village's projects, the village where they are)
    r"|(?:[\u4e00-\u9fff]{1,6}?(?:自然村|组))?的[^，,。；;]{0,12}?(?:项目|工程))"
)
# “各村（社区）都有垃圾未及时清运的问题，…紫南村…有待加强”: a problem found in every village, the
# villages named after it examples of it, none the one to fix it
EVERY_VILLAGE = re.compile(r"各(?:村|社区|居委会)|全(?:镇|乡|街道)各")
# A post's order closing the captions of its photos (“责令酒厂小区住户立即整改。”, “要求相关村限期
# 整改到位”): the lines above it are what must be put right
ORDER_TO_FIX = re.compile(
    r"^(?:责令|要求|督促|限令)[^。；;，,]{0,20}?(?:立即|限期|尽快|马上|迅速)?(?:整改|清理|整治)"
)

# A paper's account that tells of a check (a 督查, 检查, 暗访 …): its sections by place are problems
TELLS_OF_CHECK = re.compile(r"督查|检查|暗访|巡查|督导|抽查")
# “邕宁区：经营户跨门槛经营”: a paper's account of a check headed, district by district, by the place
# and a few words on what was found there; the paragraphs under it are that place's problems
PLACE_SUMMARY_HEADING = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,8}?(?:区|县|市|旗|镇|乡|街道))[：:]\s*[^，,。；;！!：:]{2,20}$"
)
# “现象：建筑垃圾随意倾倒 暗访地点：上林县西燕镇、 大丰镇”: the label line of an 暗访 account, over
# one paragraph a place visited (the places where the group went, not who answers)
VISIT_PLACE_LABEL = re.compile(r"(?:暗访|检查|督查|巡查)(?:地点|点位|地址)[：:]")
# “24日，暗访组首先来到上林县明亮镇，…”, “随后暗访组来到巷贤镇，…”: a paragraph of such an account that
# opens on where the group went next; what it tells there are that place's problems. Or on where the
# group found them: “当日，暗访组在平乐村那浪坡发现，…”, “在良庆镇新兰村新民坡，…” (a place, never 各 / 全)
VISIT_ARRIVAL = re.compile(
    r"^[^。；;！!]{0,12}?(?:暗访组|检查组|督查组|督导组|巡查组)(?:一行)?(?:首先|随后|又|再|继续|接着)?"
    r"(?:来到|到|进入|深入|前往)[^，,。；;]{0,12}?(?:镇|乡|街道|村|区|县)"
    r"|^(?:[^。；;，,！!]{0,6}[，,])?(?:暗访组|检查组|督查组|督导组|巡查组)?在(?!各|全|部分|个别|有的)"
    r"[\u4e00-\u9fff]{2,16}?(?:镇|乡|街道|村|坡|屯|庄|社区)[^。；;]{0,20}?(?:发现)?[，,]"
)

# --- blind set 121: checks of towns and streets told by news items ---
# “检查组指出了存在的主要问题：A。A'；B；C。”: a check's problems after a colon, apart by ；, each of
# which may run over more than one sentence (a spot, then what is next to it)
POINTED_PROBLEMS = re.compile(
    r"(?:指出|发现|查出)了?(?:存在)?的?(?:主要|突出)?问题(?:主要)?(?:有|是|为|如下)?\s*[：:]\s*(?P<items>[^：:\n]{8,})$"
)
# “市创文检查组走访了揭东区云路镇，…督促整改存在的问题”, “对荣成区东兴街…进行了监督”: the one town
# or street a check went to (a district or county before it is dropped)
CHECKED_TOWN = re.compile(
    r"(?:对|走访了?|到|赴)(?:[\u4e00-\u9fff]{2,3}?[区县市])?"
    r"(?P<town>[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道|街))(?=[，,“\u4e00-\u9fff])"
)
# the words of such an item putting the problems to the town checked: “督促整改存在的问题”, or
# “要求X…” naming it (checked in the code)
CHECK_WORD = re.compile(r"检查|督查|督导|监督|暗访|走访|视察")
URGED_TO_FIX = re.compile(r"督促(?:其)?整改")
# “木双镇、旺甫镇在…中分别存在A，B、C；藤县埌南镇界垌村存在D、E等问题”: towns named together whose
# problems follow in their order after 分别存在, and a further place's after its own 存在
RESPECTIVE_PROBLEMS = re.compile(
    r"(?P<towns>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道)(?:、[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))+)"
    r"[^。；;]{0,30}?分别存在(?P<items>[^。\n]+?)等(?:突出|主要)?问题"
)
# a county, district or city written before a town's name (“苍梧县木双镇”, “藤县埌南镇”)
COUNTY_BEFORE_TOWN = re.compile(r"^[\u4e00-\u9fff]{1,3}?[县区市](?=[\u4e00-\u9fff]{2,}(?:镇|乡|街道))")
TOWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)")
# “在新安街道翻身社区翻身小区，检查组发现，该小区存在…等问题。”: a sentence telling what a check's
# group found at one place; a paragraph of two or more such sentences lists one problem a sentence
FOUND_AT_PLACE = re.compile(
    r"^在(?!各|全|部分|个别)[^，,。；;]{2,30}[，,]\s*[\u4e00-\u9fff]{0,8}?(?:检查|督查|暗访|督导|巡查)组"
    r"[\u4e00-\u9fff]{0,4}?发现"
)

# A news item retelling a body's answers to what callers or writers reported (a 12345 hotline's
# “局长有约” hour, a 信箱's replies): each report is a problem, the body answering it its lead and
# the answer its progress. A report opens “一市民反映，X。”, “就X(的)问题，Y答复，…”, “接到X的
# 反映后，Y…”, or is a sentence “X，…。” right before “Y答复，…”. (`plan_parser._parse_answered_reports`)
CALLER_REPORTED = re.compile(
    r"^(?:有|一[位名]?)?(?:市民|群众|居民|村民|网民|来电人|诉求人)(?:来电)?(?:反映|投诉|反应)[，,：:]\s*(?P<problem>.+)$"
)
REPORT_TAKEN_UP = re.compile(
    r"^(?:就|针对|对于?)(?P<problem>[^，,。]{4,60}?)(?:的)?(?:问题|诉求|反映)[，,]\s*(?P<rest>.+)$"
)
REPORT_RECEIVED = re.compile(
    r"^接到(?P<problem>[^，,。]{4,60}?)的(?:反映|投诉|诉求|来电|举报)后[，,]\s*(?P<rest>.+)$"
)
# the body answering, at the head of a clause: “靖城街道办答复，”, “市城管局回复：”, “…办表示，”
BODY_ANSWERS = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{2,20}?(?:办事处|街道办|办公室|政府|管委会|局|委|办|站|所|中心|公司|镇|街道|乡))"
    r"(?:立即|迅速|及时)?(?:答复|回复|表示|回应|介绍)"
)
# the body acting at the head of a clause that is no answer: “靖城街道办立即安排人员…”
BODY_ACTS = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{2,20}?(?:办事处|街道办|办公室|政府|管委会|局|委|办|站|所|中心|公司|镇|街道|乡))"
    r"(?:立即|迅速|及时|已|随即)"
)
# A part of a news item or report that takes up one problem: its paragraph opens “针对小区楼道杂物堆积
# 顽疾，…”, “针对地下车库…等问题，…” (the heading line above it names the part).
# (`plan_parser._headed_parts_taking_up`)
PART_TAKES_UP = re.compile(r"^(?:针对|对于?)[^，,。；;]{2,60}?(?:问题|顽疾|乱象|现象|短板)[，,]")
# A photo's caption standing between a report's parts: “整治前”, “整改后”, “（整改前）”
BEFORE_AFTER_CAPTION = re.compile(r"^[（(]?(?:整治|整改|清理|治理)(?:前|后)[)）]?$")
# the caption of the photo after the work (“整治后”): the part it stands under shows the problem put
# right, as a 公示's 整改后 photo does
AFTER_WORK_CAPTION = re.compile(r"^[（(]?(?:整治|整改|清理|治理)后[)）]?$")
# A problem a check found, given as the example of a count: “对检查中发现的河腰村桥下河道有生活垃圾…等
# 18个问题逐个检查”, “检查中还发现店头镇…公路边堆放大量煤渣等5个新问题” (not “发现的18个问题”, a
# count with no example). (`plan_parser._counted_examples`)
EXAMPLE_OF_COUNT = re.compile(
    r"发现(?:的)?(?P<problem>[^。；;：:]{6,90}?)等(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个|处|项|类)(?:新)?问题"
)
# A town's or office's reply to a resident's message, published under it (a 留言板 or 信箱 page):
# the reply opens on the writer (“尊敬的网友：”, “网友“某某”：”), says the message was received
# (“您反映的问题我镇已收悉”, “收到您反映的问题”, “现将…回复如下”) and is signed by the body
# answering. (`plan_parser._parse_message_reply`)
# The opening may name the writer before the word (“大风厂王文革网友：”) or greet on the line the reply
# begins (“网友您好！看到您…”).
REPLY_OPENING = re.compile(
    r"^(?:尊敬的)?(?:[^\s：:，,。！!“”]{1,12})?(?:网友|市民|群众|来信人|留言人)(?:“[^”]{0,20}”)?"
    r"\s*(?:[：:，,]\s*$|[，,]?\s*(?:您|你)好[！!，,：:])"
)
# A body's reply to a deputies' suggestion (议案, 提案) filed as a document: its title names the
# suggestion's number (“关于…第一次会议17号代表建议的答复”), the suggestion stands before “现答复如下：”
SUGGESTION_REPLY_TITLE = re.compile(
    r"^关于[^。\n]{0,40}?第?\s*(?P<n>\d{1,4})\s*号\s*(?:代表|委员)?(?:建议|议案|提案|意见)的?(?:答复|回复|办理情况)"
)
SUGGESTION_ANSWERED = re.compile(r"现(?:将有关情况|将办理情况|就有关问题)?(?:答复|回复)如下\s*[：:]")
# the suggestion's problem: its sentence turning from praise (“但沿线饭店的…时有排入娄宫江”), its
# effect clause after it (“，在一定程度上影响了…”) no part of the problem
SUGGESTION_TURN = re.compile(
    r"(?:^|[。；;])\s*(?:但是?|然而|不过)\s*(?P<problem>[^。；;]{6,80}?)(?=[，,][^。；;]{0,8}?影响|[。；;])"
)
REPLY_RECEIVED = re.compile(
    r"您(?:在[^，,。]{0,12})?反映的[^，,。]{0,10}(?:已收悉|已收到|已获悉)|收到您反映的|收到[^，,。]{0,20}来信"
    r"|(?:现|具体)(?:将|就)?[^，,。]{0,12}(?:回复|答复|报告)如下"
    # the reply's verdict on the message (“您反映的问题基本属实”) shows it answers one too
    r"|您所?反映的[^，,。]{0,10}?(?:基本|部分)?属实"
)
# A reply published without the message, opening on the body the message was handed to (“…平台收到群众
# 留言后，区委网信办将群众反映问题交办区交运局。…具体答复如下：”): that body answers and leads.
HANDED_TO_BODY = re.compile(
    r"(?:留言|问题|诉求|来信)[^。；;]{0,12}?(?:交办|转办|转交)(?:给)?"
    r"(?P<unit>[\u4e00-\u9fff]{2,12}?(?:局|人民政府|政府|办事处|管委会|办公室|委员会))"
)
# A reply opening on the body that answers (“丹凤县人民政府办公室回复：收到贵网…来信后，…”): the body
# signs it.
REPLY_BY_BODY = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办事处|管委会|局|办公室|党政办|委员会))(?:回复|答复)\s*[：:]"
)
# The body signing at the end of the reply's last paragraph, a space after its full stop
# (“…确保不再有污水溢出。 石冲口镇人民政府”).
REPLY_SIGNER_AT_END = re.compile(
    r"[。！!]\s+(?P<unit>[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办事处|管委会|局|办公室|党政办|委员会))$"
)
# A news page quoting the message and the reply under their own labels (“留言原文” … “回复原文”).
MESSAGE_LABEL = re.compile(r"^(?:留言|来信|问题)(?:原文|内容|描述)\s*[：:]?$")
REPLY_LABEL = re.compile(r"^(?:部门)?(?:回复|答复)(?:原文|内容|意见)?\s*[：:]?$|^信息反馈\s*[：:]?$")
# The writer's salutation before the message (“尊敬的领导：”), and the request a message closes on
# (“烦请政府处理”, “希望…”): the problem is what the message says before it.
MESSAGE_SALUTATION = re.compile(r"^尊敬的[^：:，,。]{1,12}[：:]")
MESSAGE_REQUEST = re.compile(r"^(?:我们|我|大家)?(?:只求|烦请|恳请|请求|请|希望|望|盼)")
# A greeting sentence after the salutation (“您们好！”) says nothing of the problem; a question asked
# for effect (“路不修我们又怎么富得起来呢？”) is no question the message puts.
MESSAGE_GREETING = re.compile(r"^(?:您|你|大家|领导)们?好$")
RHETORICAL_QUESTION = re.compile(r"(?:难道|岂|怎能|又(?:怎么|如何|怎样))[^？?]*[？?]$")
# The body going to look (“到该养猪地实地查看，当时…”): what a reply says it found there is the problem.
LOOKED_ON_THE_SPOT = re.compile(r"实地查看|现场查看|实地核查|现场核查|调查核实|经查|经核实")
# A town the reply says will do the work (“棣花镇承诺将通过…铺设污水管网”): a county office answering
# for it passes the work on, the town leads.
TOWN_PROMISES = re.compile(r"(?P<town>[\u4e00-\u9fff]{1,8}(?:镇|乡|街道))(?:人民政府)?(?:承诺|表示将|将通过)")
# A limit the reply says the body set (“于10月底完成…”, “必须在12月3日前把…掏尽”).
REPLY_LIMIT = re.compile(
    r"(?:于|在)\s*(?P<when>(?:(?P<y>\d{4})\s*年\s*)?(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>[12]\d|3[01]|0?[1-9])\s*日|底|末))"
    r"\s*(?:(?:以|之)?前|完成)"
    # the date the reply expects the work done by (“预计2018年底可全部整治到位”; “11月前后可以完工” is none)
    r"|预计\s*(?P<when2>(?P<y2>\d{4})\s*年\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*月\s*)?(?:(?P<d2>[12]\d|3[01]|0?[1-9])\s*日|底|末))"
    r"\s*(?:(?:以|之)?前)?\s*(?:可|能|将)?[^，,。；;]{0,6}?(?:完成|完工|到位|建成)"
)
# A notice that the bodies it names treated a named water body or site (“区生态环境分局、东园镇人民政府
# 结合…工作，对沙坡头区东园镇史湖村八队排水沟黑臭水体进行了治理”) and now post it (“现将…情况进行公示”):
# the site treated is the finding, the bodies lead it, the work done.
TREATED_BY_BODIES = re.compile(
    r"(?P<units>[\u4e00-\u9fff]{2,20}?(?:局|人民政府|政府|办事处|管委会|委员会)"
    r"(?:、[\u4e00-\u9fff]{2,20}?(?:局|人民政府|政府|办事处|管委会|委员会))*)"
    r"(?:[^。；;]{0,40}?[，,])?\s*对(?P<site>[^，,。；;]{4,40}?)进行了(?:治理|整治|整改|清理)"
)
POSTED_FOR_NOTICE = re.compile(r"现将[^。；;]{0,20}情况(?:进行|予以)?公示")
REPLY_SIGNER = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办事处|管委会|局|办公室|党政办|委员会))$"
)
# The office of a leading group (“…督察整改工作领导小组办公室”, 指挥部办公室, 协调联络组) passes the cases
# handed down on to the bodies that deal with them and reports back for them: signing such a report,
# it did no work of its own (the report names who acted)
COORDINATING_OFFICE = re.compile(r"(?:领导小组|指挥部)(?:办公室)?$|协调联络组$|整改办$")


# An account of a check telling its spots sentence by sentence inside its paragraphs: “在新店镇石坪
# 村10组，…”, “在九盘村9组的一户农家小院里，…”, “在该村14组，…” (a place, or 该村 / 该镇 naming the one
# just told, then where in it, up to the first comma); the sentences after it, up to the next such
# opening, tell the same spot (never 在各 / 在全 / 在部分: a whole kind of place)
SPOT_SENTENCE_OPENING = re.compile(
    r"^在(?!各|全|部分|个别|有的|一些)"
    r"(?:[\u4e00-\u9fff]{2,16}?(?:镇|乡|街道|村|坡|屯|庄|社区)|该(?:村|镇|乡|社区))[^。；;，,]{0,20}?[，,]"
)
# “但是占道经营、车辆停放不规范、家禽散养等现象依然存在”, “督查发现，A、B、C，脏、乱现象依然存在”:
# problems run on with 、 after a turn from praise (但 / 但是) or after what a check found, closing on
# the phenomena that persist (“等现象依然存在”, or a clause summing them up, “，脏、乱现象依然存在”)
PERSISTING_RUN_ON = re.compile(
    r"(?:但是?|(?:督察|督查|检查|暗访|巡查|督导)(?:中|时)?发现[，,：:])\s*"
    r"(?P<items>[^。，,；;\n]{2,}?、[^。，,；;\n]+?)"
    r"(?:等现象|[，,][^，,。；;\n]{1,8}?现象)(?:依然|仍然|仍|还)(?:存在|突出|较多)"
)
# “督导中也发现了一些问题，A，B，C。” / “但在检查中仍发现不少问题。A，但B，C。D。”: a check's account
# saying it found some problems and telling them next, apart by commas in the same sentence or as the
# sentences after it in the paragraph (a quantity word is wanted: “针对发现的问题，…” tells none)
FOUND_SOME_PROBLEMS = re.compile(
    r"(?:督察|督查|检查|暗访|巡查|督导|抽查)[^。；;，,]{0,6}?发现(?:了)?(?:一些|不少|部分|若干|诸多|少量)"
    r"(?:突出|具体)?问题(?P<end>[，,。])"
)
# a sentence turning from praise to what falls short (“主要巷道保洁…较为到位，但整体工作标准不高，…”):
# the clauses after the turn are the shortfalls, the praise before it none
PRAISE_TURN = re.compile(r"[，,]\s*(?:但是?|然而|不过)\s*")
# a sentence that asks for the problems to be fixed closes the problems told before it
FIX_REQUEST_SENTENCE = re.compile(r"^(?:希望|要求|请|督查组|督导组|检查组|针对)")


# --- problems run on inside one paragraph -------------------------------------------------------


@dataclass(frozen=True)
class RunOnList:
    """One way a paragraph runs its problems on, a clause a problem (read by
    `plan_parser._run_on_list`): the cue opening the run, the marks parting it, which clauses
    belong to it, and who leads them."""

    read_as: str  # the warning's “按{read_as}读取”
    # opens the run in a line: its "items" group is the run, else the line after the cue; None:
    # every sentence of the text is looked at
    cue: re.Pattern[str] | None
    clause_marks: str  # a character class parting the clauses inside a sentence ("": none)
    sentence_marks: str = ""  # a character class parting the sentences first ("": one sentence)
    # "short": a piece under four characters joins the next (“水、大气污染较重”); "until fault": pieces
    # join until one names a fault (“部分乡镇生活、建筑垃圾…治理不到位” stays one)
    joins: str = ""
    # "every": every clause opens on a place, else no list; "sentence": each sentence opens on a
    # place (a category line skipped), and the list ends at one that does not; "seen": only the
    # clauses telling what was seen somewhere that is a fault count; "found at": only the sentences
    # telling what a check's group found at a place (“在X，检查组发现，…”) count
    places: str = ""
    # "clause place": the place a clause (or its sentence) opens on; "town opened on": the 镇, 乡
    # or 街道 a clause opens on; "closing line": the one place the line after the run tells to act;
    # "ordered town": the one town the text orders to fix them, and the days it is given; "charged":
    # the body the cue names (its "unit" group: “…等问题由X负责整改”), 我局 being the office publishing it
    lead: str = ""
    minimum: int = 2
    longest: int = 0  # a clause longer than this is prose, not such a list (0: no limit)
    titled: bool = False  # a clause is titled by its first sentence (it may run on over a second)
    # numbered problems below the run (“一、…不到位”) make it their summary, not the list (a 人大
    # check's “存在A、B等问题” over its chapters); a letter's run over its numbered requirements
    # (“一是各乡镇要…”) stays the list
    sums_numbered: bool = False
    # the cue itself closes every listed problem (its "closed" group: “同意对A、B等8个问题解除挂牌督办”)
    closes: bool = False


# “按照《…工作方案》整改任务清单，A； B； C等问题由我局负责整改。”: a closure notice naming the
# problems of a task list it answers for, apart by “；”, and the body charged with them
TASK_LIST_RUN_ON = re.compile(
    r"(?:整改任务清单|任务清单|问题清单|交办清单)[^，,。；;]{0,6}[，,]\s*"
    r"(?P<items>[^。：:\n]+?[；;][^。：:\n]+?)等问题由\s*(?P<unit>[^，,。；;\s]{2,24}?)\s*(?:负责|牵头)?(?:整改|落实)"
)


# “反馈问题由区水利局牵头整改2个，分别是A；B。”: a notice counting the problems a body was handed
# and naming them after 分别是, apart by “；” (the body, when named, leads them)
NAMED_RUN_ON = re.compile(
    r"问题(?:由\s*(?P<unit>[^，,。；;\s]{2,24}?)\s*(?:牵头|负责)(?:整改|落实)?)?\s*(?:共|计)?"
    r"[0-9一二三四五六七八九十两]{1,3}\s*(?:个|项|条|处)[，,]\s*分别(?:是|为)\s*[：:]?\s*"
    r"(?P<items>[^。：:\n]+?[；;][^。：:\n]+?)。"
)
# “我区存在“A”以及“B”的问题。”: a notice's one problem label naming two or more problems, each in
# quotes (each is a finding of its own, sharing the notice's target and measures)
QUOTED_PROBLEMS = re.compile(
    r"^[^“”。；;\n]{0,12}?存在\s*(?P<items>“[^“”]{4,}”(?:\s*(?:以及|及|和|与|、|，|,)\s*“[^“”]{4,}”)+)"
    r"\s*(?:的|等)?\s*问题\s*[。；;]?\s*$"
)
# “现将全国人大执法检查第3、4号问题整改情况予以公示”: the numbers of the problems a notice closes, in turn
LISTED_PROBLEM_NUMBERS = re.compile(
    r"第\s*(?P<numbers>\d{1,3}(?:\s*[、，,和及]\s*\d{1,3})+)\s*[号项]\s*(?:反馈)?问题"
)
# a measures paragraph told as dated steps, a sentence a step (“我区已于2019年3月成立…。2019年4月上旬，…；
# 2019年4月下旬，…。2019年7月，…。”): each sentence holds its month near its start
DATED_STEP_SENTENCE = re.compile(r"^[^。；;，,]{0,6}?(?:\d{4}年)?\d{1,2}月")
# “涉及我局**水库需要整改销号的问题两个：一是A；二是B等问题。”: a report counting the problems that
# concern the body speaking and naming them as 一是 / 二是 points after a colon (the body leads them)
COUNTED_POINTS_RUN_ON = re.compile(
    r"(?:涉及|由)\s*(?P<unit>我(?:局|委|办|中心)|[^，,。；;：:\s]{2,24}?(?:局|委员会|委|办公室|中心|政府))"
    r"[^，,。；;：:\n]{0,20}?问题\s*(?:共|计)?[0-9一二三四五六七八九十两]{1,3}\s*(?:个|项|条|处)?\s*[：:]\s*"
    r"(?P<items>一是[^。：:\n]+?[；;]\s*二是[^。：:\n]+?)(?:等(?:方面的?)?问题)?。"
)
# “我镇应完成整改任务的对象共3户，基本情况是：一是A。二是B。三是C。”: a town's report naming the
# objects it must put right as counted points, a sentence each (the count must equal the points read)
ROSTER_POINTS_RUN_ON = re.compile(
    r"整改(?:任务)?的?对象\s*(?:共|计)\s*(?P<count>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:户|家|个|处)[，,]\s*"
    r"(?:基本|具体)?情况(?:是|为|如下)\s*[：:]\s*"
    r"(?P<items>一是[^。\n]+。\s*二是[^。\n]+。(?:\s*[三四五六七八九十]是[^。\n]+。)*)"
)
# “于2018年3月起，对A等3家养殖场…下达限期整改，11月底由…对整改项目进行验收”: the day the listed
# objects' rectification is to be accepted, its year written before it in the same sentence, is each
# object's limit (a count other than the roster's names other objects)
ROSTER_ACCEPTANCE_DUE = re.compile(
    r"(?P<year>20[0-9]{2})年[^。\n]*?等\s*(?P<count>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:户|家|个|处)"
    r"[^。\n]*?[，,]\s*(?P<due>(?P<month>[0-9]{1,2})月(?:底|末|[0-9]{1,2}日)前?)"
    r"[^。，,\n]{0,24}?(?:对整改(?:项目|情况|任务)\s*)?(?:进行|组织)?验收"
)
# “…，分别是A；B。经多方配合，…反馈问题均已整改完毕。”: the sentence after such a run saying all of
# them are done
ALL_LISTED_DONE = re.compile(
    r"^[^。]{0,30}?(?:问题|任务)(?:均|都|全部)已(?:整改|完成整改|整改完成)(?:完毕|到位|完成)?(?:[。，,]|$)"
)

# “针对个别工地喷淋系统未开启、裸土覆盖不到位等问题，执法队员现场责令及时作出整改”: a check's news
# naming the problems it ordered put right on the spot, apart by 、 (a clause telling work the body did
# itself, “针对A、B等问题，社区联合物业成立专项整治小组…”, is an account of work, no such list)
TAKEN_UP_RUN_ON = re.compile(
    rf"针对(?P<items>{_RUN_ON_CHAR}{{4,}}?、{_RUN_ON_CHAR}+?)等(?:突出|主要|具体)?问题"
    r"(?=[，,][^。；;]{0,30}?(?:责令|督促|要求)[^。；;]{0,12}?整改)"
)
# “检查存在问题：部分黄土裸露未覆盖；施工区域内有白色污染物，外围环境保洁不到位等问题。”: a progress
# note's label of what its check found, the problems apart by “；” or “，” up to the sentence's end (a
# plain “存在问题：” label over numbered points, “（1）…；（2）…”, is a list's cell, read elsewhere)
LABELLED_ISSUES_RUN_ON = re.compile(
    r"^(?:检查|督查|巡查|暗访)(?:发现)?存在(?:的)?(?:主要)?问题\s*[：:]\s*"
    r"(?P<items>[^。：:\n]+?[；;，,][^。：:\n]+?)(?:等(?:方面的?)?问题)?。"
)

# “我办同意对A、B、C等8个挂牌督办问题解除挂牌督办”: a superior's notice closing the problems it had
# listed, named in one sentence apart by 、 and counted after 等 (the count must equal the names read,
# `plan_parser._run_on_list`); the write-off or the lifted listing closes each of them
CLOSED_RUN_ON = re.compile(
    r"同意(?:对|将)?\s*(?P<items>[^。：:；;\n]{4,}?、[^。：:；;\n]+?)等\s*"
    r"(?P<count>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|项|处|件)[^。，,；;、\n]{0,10}?问题\s*"
    r"(?:予以|进行|作)?(?P<closed>解除(?:省级|市级|县级)?挂牌督办|(?:验收|整改)?销号|摘牌)"
)

# the readings tried when no layout above read the document, in this order: a news item's “在X，检查
# 组发现，…。在Y，…”, a 人大 check's “存在A、B等问题” or “问题主要有：A；B”, a 督察's “督察中发现，
# A、B；C等问题”, a 暗访's “在X村看到…”, a check's “指出了存在的主要问题：A；B”
RUN_ON_LISTS = (
    # “同意对A、B等8个问题解除挂牌督办”: no unit named for any one of them (lead "none": the addressees
    # are several, the places in the names are where)
    RunOnList("通知所列解除督办（销号）问题", CLOSED_RUN_ON, "、", longest=60, lead="none", closes=True),
    RunOnList("各处所见", None, "", "[。！!\n]", places="found at"),
    # “*月*日，检查组在新庄镇…发现，有A等问题。…检查组在整改现场发现，…已经被清理干净”: a 回头看's group
    # naming the place after itself, the town leading, what the recheck saw after it its state
    RunOnList("各处所见", None, "", "[。！!\n]", places="group found at", lead="clause place"),
    RunOnList(
        "句中所列问题", RUN_ON_PROBLEMS_AFTER_COLON, "[；;]", joins="short", longest=60, sums_numbered=True
    ),
    RunOnList("句中所列问题", RUN_ON_PROBLEMS, "、", joins="short", longest=60, sums_numbered=True),
    # “针对A、B等问题，…责令…整改”, “检查存在问题：A；B，C等问题。”
    RunOnList("句中所列问题", TAKEN_UP_RUN_ON, "、", joins="short", longest=60),
    RunOnList("句中所列问题", LABELLED_ISSUES_RUN_ON, "[；;，,]", longest=60),
    RunOnList(
        "句中所列问题",
        FOUND_RUN_ON,
        "[、，,]",
        "[；;]",
        joins="until fault",
        lead="town opened on",
        longest=60,
    ),
    # a 人大 inspection's “存在一些不足。主要是A、B等。”, a town congress's “指出了A、B等方面的问题”
    RunOnList("句中所列问题", SHORTCOMINGS_RUN_ON, "、", joins="short", longest=60, sums_numbered=True),
    RunOnList("句中所列问题", AREAS_OF_PROBLEMS, "、", joins="short", longest=60, sums_numbered=True),
    # an audit's “揭示了A、B等问题”, a town congress's “指出“A、B、C”等存在的问题”
    RunOnList("句中所列问题", REVEALED_RUN_ON, "、", joins="short", longest=60, sums_numbered=True),
    # “但是A、B、C等现象依然存在”, “督查发现，A、B、C，脏、乱现象依然存在”
    RunOnList("句中所列问题", PERSISTING_RUN_ON, "、", joins="short", longest=40),
    RunOnList("暗访所见各处", None, "[；;]", "[。\n]", places="seen", lead="ordered town"),
    # “检查组指出了存在的主要问题：A。A'；B；C。”
    RunOnList("句中所列问题", POINTED_PROBLEMS, "[；;]", titled=True, longest=150),
    # “…整改任务清单，A；B；C等问题由我局负责整改”
    RunOnList("清单所列问题", TASK_LIST_RUN_ON, "[；;]", lead="charged", longest=60),
    # “反馈问题由X牵头整改2个，分别是A；B。”
    RunOnList("句中所列问题", NAMED_RUN_ON, "[；;]", lead="charged", longest=60),
    # “涉及我局…的问题两个：一是A；二是B等问题。”
    RunOnList("句中所列问题", COUNTED_POINTS_RUN_ON, "[；;]", lead="charged", longest=60),
    # “整改任务的对象共3户，基本情况是：一是A。二是B。三是C。”: the report's town is the writer, no
    # unit named for any one of them
    RunOnList("报告所列整改对象", ROSTER_POINTS_RUN_ON, "。", lead="none", longest=60),
)
# the readings of a 通报's paragraph of places, tried when it has no numbered items: “…等问题，如陈集
# 镇…；薛湖镇…。” a clause a place, and “检查中发现，茨河镇陶湾村…。后庄村五组…，…” every clause a place
PLACES_RUN_ON_LISTS = (
    RunOnList(
        "通报一段中以“；”分开的各处",
        INLINE_PROBLEMS_CUE,
        "[；;]",
        "[。！!]",
        places="sentence",
        lead="clause place",
    ),
    RunOnList(
        "通报“检查中发现”后的各处",
        FOUND_PARAGRAPH_OPENING,
        "[，,；;。！!]",
        places="every",
        lead="closing line",
        minimum=3,
    ),
)


# --- the plan reader's own wording ---------------------------------------------------------
# (`plan_parser`; kept in the order the reader meets them: headings, labels and lines first, units,
# limits, status, and the readings of letters, notices and news)

LABEL_FIELD = {label: name for name, labels in FIELD_LABELS.items() for label in labels}

CJK_RANGE = "\u4e00-\u9fff"

LABEL_PATTERN = "|".join(
    r"\s*".join(re.escape(char) for char in label) for label in sorted(LABEL_FIELD, key=len, reverse=True)
)

# “四、整改主要工作及成效；” — a label alone on its line may end with a semicolon typed for a colon.
# “整改效果（或整改完成情况）：…” — a second name for the field in brackets (或… / 即…) between a
# listed label and its colon belongs to the label (a note such as （盖章） does not: a signature line).
LABEL_LINE = re.compile(
    rf"^(?P<label>{LABEL_PATTERN})(?:\s*[（(][或即][^（）()：:\n]{{1,12}}[)）](?=\s*[:：]))?"
    rf"(?:\s*(?:{LABEL_ITEM_NUMBER}|{LABEL_CODE_NUMBER})(?=\s*[:：]))?"
    rf"(?:\s*[:：]\s*|\t\s*| {{2,}}|\s*[;；]\s*$|$)(?P<value>.*)$",
    re.S,
)

# the number in such a bracket (`LABEL_CODE_NUMBER`), read as the item's: “反馈问题（省编号第41号）：…” is
# problem 41
LABEL_CODED = re.compile(
    rf"^(?:{LABEL_PATTERN})\s*[（(]\s*(?:省|市|县|区)?(?:编号|序号)\s*[:：]?\s*第?\s*"
    r"(?P<num>[0-9一二三四五六七八九十百]{1,5})\s*[项条号]?\s*(?:[-—－]\s*\d{1,3})?\s*[)）]\s*[:：]"
)

QUALIFIED_PROBLEM = re.compile(
    rf"^[{CJK_RANGE}0-9“”\"]{{0,24}}督察[{CJK_RANGE}“”\"]{{0,12}}?(?P<label>反馈问题|整改任务|交办问题)"
    r"(?:\s*[:：]\s*|$)(?P<value>.*)$",
    re.S,
)

# What turns a listed label into a longer one: 整改任务|内容, 整改措施|及整改时限.
LABEL_TAIL = re.compile(
    r"^(?:[及和与]|(?:内容|概述|基本情况|情况|描述|建议|要求|名称|摘要|整改任务|整改事项)\s*[:：;；。]?$)"
)

# “该问题已完成整改。一是…”: the status sentence that opens a finding's progress in a report.
# a form's title: “交办问题整改销号表（2）”, “某区安全生产隐患整改督办单”; not a numbered section
FORM_TITLE = re.compile(
    rf"(?![一二三四五六七八九十]+、)[{CJK_RANGE}\d]{{0,36}}"
    r"(?:情况|销号|审批|验收|办理|整改|督办|交办|转办|通知|登记|核查|反馈)(?:表|单)"
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）])?"
)

STATUS_SENTENCE = re.compile(r"^(?:该问题|此问题|该项问题|该任务|该项任务)(?:已|正在|基本|未|尚未|持续)")

# “认真落实《审议意见》关于“…”的建议。”: a report to the people's congress quotes the point of
# its review opinion it answers (the finding), and lists what was done below it (the measures).
OPINION_SENTENCE = re.compile(
    r"^(?:认真|切实)?(?:落实|贯彻)《?审议意见》?(?:中)?关于\s*[“\"](?P<point>.+?)[”\"]\s*的(?:建议|意见|要求)[。.；;]?$",
    re.S,
)

SIGN_OFF = re.compile(r"^[^，。；：:,;]{2,40}意见$")

SIGN_OFF_WORDS = ("负责人", "验收", "销号", "审查", "备案", "审核", "单位", "政府", "办公", "领导")

CN = "一二三四五六七八九十百零〇"

HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "keyword",
        re.compile(
            rf"^(?P<prefix>督察反馈问题|反馈问题|交办问题|问题|{ITEM_NO_MARK})\s*(?P<num>[{CN}]{{1,4}}|\d{{1,3}})\s*[:：、.．]\s*(?P<rest>.*)$",
            re.S,
        ),
    ),
    # “第1项：…”, “第二项问题：…”, “第1项　…” (a space, full-width as a rule) — a list item named by its
    # ordinal, read like 问题1：
    (
        "keyword",
        re.compile(
            rf"^(?P<prefix>第)\s*(?P<num>[{CN}]{{1,4}}|\d{{1,3}})\s*项\s*(?:问题|任务)?"
            r"\s*(?:[:：、.．]|[\u3000 ]+(?=[\u4e00-\u9fff]))\s*(?P<rest>.*)$",
            re.S,
        ),
    ),
    # “第1号“关于…的建议”（A类）。主办单位：…” — a proposal or case named by its number, its
    # quoted name right after 号
    (
        "keyword",
        re.compile(rf"^(?P<prefix>第)\s*(?P<num>[{CN}]{{1,4}}|\d{{1,3}})\s*号\s*(?P<rest>“.*)$", re.S),
    ),
    ("pcn", re.compile(rf"^[（(]\s*(?P<num>[{CN}]{{1,4}})\s*[)）]\s*[、.．]?\s*(?P<rest>.*)$", re.S)),
    ("par", re.compile(r"^[（(]\s*(?P<num>\d{1,3})\s*[)）]\s*(?P<rest>.*)$", re.S)),
    ("cn", re.compile(rf"^(?P<num>[{CN}]{{1,4}})\s*[、.．]\s*(?P<rest>.*)$", re.S)),
    (
        "ar",
        re.compile(
            rf"^(?P<num>\d{{1,3}})\s*(?:[、．.](?=\d{{4}}年|{ROAD_CODE_AFTER_NUMBER}|{DATE_AFTER_NUMBER}|\D)|[)）])"
            r"\s*(?P<rest>.*)$",
            re.S,
        ),
    ),
    # “一是…二是…”, “一要…二要…”, “第一，…第二，…”: items of a sentence counted in words
    ("ord", re.compile(rf"^(?P<num>[{CN}]{{1,3}})[是要]\s*[，,、:：]?\s*(?P<rest>.*)$", re.S)),
    ("nth", re.compile(rf"^第(?P<num>[{CN}]{{1,3}})\s*[，,、:：]\s*(?P<rest>.*)$", re.S)),
    ("circle", re.compile(r"^(?P<num>[①-⑳])\s*(?P<rest>.*)$", re.S)),
)

NOISE_LINE = re.compile(
    r"^(?:[（(]?\s*(?:签字|盖章|签章|签名)\s*[)）]?|年\s*月\s*日|[-—－\s]*\d{1,3}[-—－\s]*|第\s*\d+\s*页.*)$"
)

MARK_BEFORE_NUMBER = re.compile(
    rf"^[★☆▲△■◼]+\s*(?=(?:问题|任务)?\s*(?:\d{{1,3}}|[{CN}]{{1,3}})\s*[、.．:：)）]|[（(]\s*(?:\d{{1,3}}|[{CN}]{{1,3}})\s*[)）])"
)

# “问题二” alone on its line: the next form's heading (一问题一方案), never a value's wrapped end
ITEM_HEAD_ALONE = re.compile(rf"(?:问题|任务|事项)\s*(?:[{CN}]{{1,3}}|\d{{1,3}})")

DATED_ITEM = re.compile(
    rf"^[【［\[〔]\s*(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{4}}[-.年/]\d{{1,2}}[-.月/]\d{{1,2}}日?)\s*"
    rf"(?P<item>问题\s*(?:[{CN}]{{1,3}}|\d{{1,3}}))\s*[】］\]〕]\s*[:：]?\s*(?P<value>.*)$",
    re.S,
)

BODY_END = re.compile(r"(?:局|委|办|部|政府|会|院|所|处|队|中心|公司|镇|乡|街道|村)$")

# also “受理编号77：“南昌路…扰民”。”: a petition notice's case, its number, then the complaint quoted
NUMBERED_PROBLEM = re.compile(r"^(问题编号|问题序号|受理编号|编号)\s*(\d{1,4})\s*号?\s*[:：]\s*(\S.*)$", re.S)

# “一、…整改任务 问题编号十四：…”: a problem label's value that opens with the problem's number
VALUE_NUMBERED = re.compile(
    r"^(问题编号|问题序号)\s*(\d{1,4}|[一二三四五六七八九十百〇零]{1,5})\s*号?\s*[:：]\s*(\S.*)$", re.S
)

# the same after a heading's name, run together when a page drops the space between them
HEADED_NUMBERED = re.compile(
    r"^[^：:。；;]{0,30}?(?:任务|问题|意见|内容)\s*(问题编号|问题序号)\s*(\d{1,4}|[一二三四五六七八九十百〇零]{1,5})\s*号?\s*[:：]\s*(\S.*)$",
    re.S,
)

# “整改目标：2017年底前，…” opening a paragraph of a web table copied a cell a paragraph, where no
# column is the target's: the second paragraph of the task cell above it (a 季度 progress table's
# 整改任务具体要求 holding the problem and its target), not a cell of its own
CELL_TARGET_PARAGRAPH = re.compile(rf"^(?:{'|'.join(FIELD_LABELS['target'])})\s*[:：]")

# “牵⏎头⏎汇⏎总⏎项⏎目” between a header copied a cell a line and row 1's number: the first column's
# cell written upright, one character a line (the rows' group), no names of columns
UPRIGHT_CELL_CHARACTER = re.compile(r"[\u4e00-\u9fff]")

# “（一）江东路…”, “{编号364(35-11)}：饮用水…”, “第三轮…督察第六项整改任务：沿滩区…”, “第二轮…督察反馈…”
ITEM_NUMBER = re.compile(
    # (“（1）黑龙江省106个…”: a problem's first part numbered in brackets, in figures too)
    r"^\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
    # “（十*）”, “（*）”: the same number with its figures masked by a mirror's “*” (no number read)
    r"|[（(][一二三四五六七八九十\d]{0,3}\*{1,3}[一二三四五六七八九十\d]{0,2}[)）]|[{｛【]\s*编号\s*\d{1,4}\s*(?:[(（][^)）]{0,12}[)）])?\s*[}｝】]"
    r"|[^。；;：:，,\n]{0,40}?第\s*[0-9一二三四五六七八九十百]{1,5}\s*[项号]\s*(?:整改任务|任务|反馈问题|问题)\s*[:：]"
    # “第3项：…” opening the cell (a label opening it, 问题描述：…, is `_PROBLEM_LABEL_HEAD`'s)
    r"|第\s*[0-9一二三四五六七八九十百]{1,5}\s*项\s*[:：]"
    # “第四项 落实“三管三必须”责任还不到位。”: the report's item number set off by a space, no colon
    r"|第\s*[0-9一二三四五六七八九十百]{1,5}\s*项[ \u3000]+(?=[^\s\d])"
    # “十三、截至2021年8月，全省…”: the inspection's own item number kept in a progress table's task
    # cell (not “一、二级保护区”, two numbers of one thing)
    r"|[一二三四五六七八九十]{1,3}\s*、(?![一二三四五六七八九十\d])"
    # “整改问题（六）按照国家要求…”: the inspection's item number kept in a progress table's task
    # cell, after 整改问题 / 反馈问题 and in brackets
    r"|(?:整改|反馈)?问题\s*[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
    # “1.县城污水直排”: the row's number typed again in the problem cell (not 1.5万吨, 1、2号机组)
    r"|\d{1,3}\s*[.、．](?=[^\d\s])"
    # “问题编号431(51-4)-6：重金属…”: the inspection's code for the problem, unbracketed
    r"|(?:问题)?编号\s*\d[\d()（）\-－—]{0,20}\s*[:：]"
    # “问题编号十四：有的地方…”: the same code as the province's plan numbers it, in Chinese numerals
    r"|问题编号\s*[一二三四五六七八九十百]{1,5}\s*[:：]"
    # “问题编号407(45-13)违法毁林占地问题…”: the same code run straight into the problem, no colon
    # (only after 问题编号, and only when words follow: “编号407”, a bare figure, stays)
    r"|问题编号\s*\d{1,4}\s*(?:[(（]\d{1,3}\s*[-－—]\s*\d{1,3}[)）])?(?=[\u4e00-\u9fff])"
    # “2024年中央第二生态环境保护督察组交办信访件X3AH202411140048号问题：灵璧路…”: the case handed
    # down, named by its code, opening the problem before a colon
    rf"|[^。；;：:，,\n]{{0,40}}?{PETITION_REFERENCE}\s*号?\s*(?:问题|信访件|案件)?\s*[:：]"
    # “问题1：贯彻落实…有差距。”: a task list's own number for the problem, kept in a form's value
    r"|(?:问题|任务)\s*[0-9一二三四五六七八九十百]{1,5}\s*[:：]"
    # “受理编号十二师03号的环境信访问题为：投诉人…”, “受理编号DH031号的环境信访问题：反映人…”: the
    # case's code, then the complaint
    # (“受理编号82号信访问题为：…”, the 的 left out)
    r"|(?:受理)?编号[^。；;：:，,\n]{1,24}?的?[^。；;：:，,\n]{0,8}?(?:信访|举报)(?:问题|件|事项)?(?:为|是)?[:：]"
    # “16、受理编号671：城关区…”: the case's code alone before its colon
    r"|受理编号\s*[A-Za-z]{0,4}\d{1,20}\s*号?\s*[:：]"
    # “驻马店上蔡县X410000201806150059反映情况：…”: the case's place and code, then the complaint
    r"|[^。；;：:，,\n]{0,40}?(?:反映|举报|投诉)(?:情况|问题|内容)\s*[:：]"
    # “受理编号：SD1127004，行政区域：德城区，反映问题：…”: a case's code and place as short labels
    # with their values, run together before the complaint's own label
    r"|(?:[^。；;：:，,\n]{2,8}[:：][^。；;：:，,\n]{1,30}[，,]\s*){1,4}(?:反映|举报|投诉|信访)(?:情况|问题|内容|事项)\s*[:：]"
    # “第二轮省生态环境保护督察反馈危险废物管理存在漏洞…”: the inspection that found it, not the problem
    r"|第[一二三四五六七八九十]{1,2}轮[^。；;：:，,\n]{0,20}?督察(?:组)?反馈(?:的)?(?=[^问意：:，,\s])"
    # “第3批第15号（编号：YN1WS…）：群众反映…”: the case's batch, number and code before the complaint
    rf"|{BATCH_CASE_REFERENCE}"
    # “2022年怀化市长江经济带生态环境“举一反三”自查问题：洪江市…生态修复。”: the list the task came
    # from (an office's own check, a 警示片's disclosures) named before a colon, not its title
    r"|[^。；;：:，,\n]{2,40}?(?:自查|排查|披露|曝光)的?问题\s*[:：](?=\S))\s*"
)

# “（一）关于城市内涝治理项目推进缓慢的问题”: a report's heading that names the problem it is about
ABOUT_PROBLEM = re.compile(r"关于(?P<name>[^，。；;：:“”]{4,60}?)的问题")

# “…雨污混流（问题清单第3项）”: the list's number in brackets after the problem, not its title
LIST_NUMBER_NOTE = re.compile(
    r"[（(][^（）()]{0,16}第\s*[0-9一二三四五六七八九十]{1,4}(?:[-－]\d{1,3})?\s*[项号][)）]\s*$"
)

# “自治区整改任务清单第十二项：X。”, “（自治区整改任务清单第三十二项）X。”: the list item a form's
# problem cell names before the problem (its number, read elsewhere), not part of its title
# (“省级生态环境保护督察发现问题清单第16项整改任务，X。”: the list named at more length, the item
# called a 整改任务 and closed by a comma)
LIST_ITEM_LEAD = re.compile(
    r"^[（(]?[^（）()，,。；;：:“”\s]{0,10}?(?:整改)?(?:任务|问题)清单\s*第\s*[0-9一二三四五六七八九十百〇零]{1,5}"
    r"\s*[项条号]\s*(?:[)）]\s*[:：]?|[:：])\s*"
    # (an inspection's own list only, not “部分乡镇未按问题清单第3项整改任务，…”, a fault)
    r"|^[^（）()，,。；;：:“”\s]{0,12}?督[察查]组?(?:发现|反馈|交办)?的?问题清单\s*第\s*[0-9一二三四五六七八九十百〇零]{1,5}"
    r"\s*项\s*(?:整改)?任务\s*[，,:：]\s*"
)

# “依据江苏省人大突出环境问题清单：“化工园区管理水平有待提高”的问题。”: a notice's sentence naming the
# list its problem comes from, then the problem in quotes; the title is the quoted problem
LIST_SOURCE_QUOTED_PROBLEM = re.compile(
    r"(?:依据|根据|按照|对照)[^“”。；;：:\n]{2,40}?清单(?:中|所列)?\s*[:：]?\s*"
    r"“(?P<name>[^“”。；;\n]{4,60})”\s*(?:的|等)?\s*问题"
)

# “…雨水排口旱天有污水排出，排口位置：东经113.74°，北纬34.71°。”: the site's place or coordinates
# as a labelled clause after the problem, a detail of the site, not part of its title
PLACE_NOTE = re.compile(r"[，,]\s*[^，,。；;：:]{0,8}(?:位置|地点|坐标|经纬度)\s*[:：].*$")

# “现场检查时该工地正在施工。发现问题：1.施工场地部分物料未苫盖。”: a 督查 list's cell tells the
# circumstance of the check first; the problem is what it found
FOUND_PROBLEMS = re.compile(
    r"[。；;，,]\s*(?:检查)?发现(?:的|以下|如下)?(?:主要)?问题(?:有|如下)?\s*[:：]\s*(?=\S)"
)

# “贵阳市花溪区…203号市民反映：1.X；2.Y。”: a case's complaint naming who reported it, then its points
# numbered; the problem is the first point (the place is the case's where, told again in X)
REPORTER_THEN_POINTS = re.compile(
    r"^[^。；;：:]{0,60}?(?:市民|群众|居民|村民|住户|来电人|来信人|举报人|信访人)(?:反映|举报|投诉)\s*[:：]\s*"
    r"(?=(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}是|[①-⑳]))"
)

EACH_PLACE = re.compile(r"各[县市区乡镇旗]")

# the level a unit's name opens with (市农业农村局, 县水利局, 区住建局)
UNIT_LEVELS = "省市州县区旗"

NOT_OF_THE_NAME = re.compile(r"牵头|负责|配合|参与|协助|分别|盖章|签章|责任人|联系人|联络员")

BODIES = "委|党委|政府|人民政府|党工委|管委会"

LEVEL_BODY = re.compile(rf"([省市县区州旗])(?:{BODIES})")

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤滕麻吉粟伍颜章傅谈欧符舒聂柳鲁葛梅易喻蒲左康庞申施"
)

COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯")

# The next number of a list run on in one cell. Only the number that comes next counts (2 after
# 1, then 3), after a stop, a comma or a space (“1.加强巡查 2.完善制度”, “1、巡查，2、建账”); a
# bracketed number needs nothing before it (“（1）巡查（2）建账”), its brackets set it apart.
INLINE_NUMBERS = {
    # 1） as well as 1.; after a stop, “2.9月底前完成…” is item 2 opening on a month (no month is
    # written as a decimal)
    "ar": re.compile(
        r"(?<=[。；;，,\s])\s*(\d{1,2})\s*(?:[、．.](?=\d{4}年|\D)|[)）])"
        r"|(?<=[。；;])\s*(\d{1,2})[、．.](?=(?:1[0-2]|[1-9])\s*月)"
    ),
    "cn": re.compile(rf"(?<=[。；;，,\s])\s*([{CN}]{{1,3}})[、．.]"),
    "par": re.compile(
        r"(?<![\w（(])\s*[（(](\d{1,2})[)）]|(?<=[\u4e00-\u9fff])[（(](\d{1,2})[)）](?=[\u4e00-\u9fff])"
    ),
    "pcn": re.compile(rf"(?<=[。；;，,\s])\s*[（(]([{CN}]{{1,3}})[)）]"),
    "ord": re.compile(rf"(?<=[。；;，,\s])\s*([{CN}]{{1,3}})[是要]"),
    "nth": re.compile(rf"(?<=[。；;\s])\s*第([{CN}]{{1,3}})\s*[，,、:：]"),
    "circle": re.compile(r"([①-⑳])"),
}

# “2.9月底前完成…” after step 1: the step's number, then a month (a measure's own line; `_heading`
# leaves it, as “3.8月上旬” opening a line may be a decimal)
ITEM_ON_MONTH = re.compile(r"^\s*(?P<num>\d{1,2})[、．.](?=(?:1[0-2]|[1-9])\s*月)(?P<rest>.*)$", re.S)

MEASURE_UNIT_LINE = re.compile(
    r"(?:^|\n)(?:牵头单位|责任单位|配合单位|责任部门|牵头部门)\s*[:：]\s*(?P<units>[^\n]+)"
)

# “首先，…；其次，…；最后，…”: steps told in order by words, not numbers; a later word counts as a
# step's opening only after a sentence's or clause's end
SEQUENCE_FIRST = re.compile(r"^\s*首先\s*[，,、:：]?")

SEQUENCE_NEXT = re.compile(r"(?<=[；;。\n])\s*(?=(?:其次|再次|然后|最后)\s*[，,、:：]?)")

SEQUENCE_LINE = re.compile(r"^\s*(?:首先|其次|再次|然后|最后)\s*[，,、:：]")

# “自治区农牧业厅按照职能职责，督导鄂尔多斯市完成整改工作。” under 整改措施 before its numbered steps:
# who oversees the task, a line heading the steps, not a step of its own
SUPERVISING_LEAD_IN = re.compile(
    r"^[^。；;\n]{2,30}?(?:按照|根据|依据)[^。；;\n]{0,12}?职责[，,]\s*督导[^。；;\n]{1,20}?"
    r"(?:完成|抓好|推进)[^。；;\n]{0,8}?(?:工作|任务)。?$"
)

CATEGORY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tailings", ("尾矿库",)),
    ("groundwater", ("地下水",)),
    ("mining", ("矿山", "采矿", "砂石土矿", "采石", "洗砂", "矿涌水")),
    ("soil", ("土壤", "耕地", "镉", "重金属", "污染地块", "铊")),
    ("air", ("大气", "空气", "PM2.5", "扬尘", "柴油车", "二氧化硫", "氮氧化物", "蓝天", "脱硝")),
    ("water", ("污水", "黑臭水体", "饮用水", "水源地", "水质", "断面", "管网", "排污口", "水污染", "油罐")),
    ("solid_waste", ("垃圾", "固体废物", "危险废物", "医疗废物", "固废", "废渣", "填埋场")),
    ("agriculture", ("畜禽", "养殖", "化肥", "农药", "面源", "农膜", "秸秆")),
    ("energy", ("两高", "能耗", "天然气", "产能", "煤炭", "碳达峰", "节能")),
    ("ecology", ("生物多样性", "自然保护区", "湿地", "生态修复", "生物安全", "监测网络")),
    (
        "institutional",
        ("思想认识", "责任", "考核", "督察整改", "机制", "队伍", "统筹", "宣传", "资金", "理念"),
    ),
)

# a heading that is only a case's code: “受理编号X2FJ201907240016”, “交办编号D13…（*）”
CASE_CODE = re.compile(
    r"(?:受理|交办|转办|信访件?|案件|问题)?编号\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9\-－]*\s*(?:[（(][*＊][)）])?号?"
)

# “区生态环境局牵头、青浦工业园区配合，…” at the start of a progress or measures text
# or “昆明市人民政府负责，实施…”
# or opening a later line of it (“整改进展情况：正在推进。\n省住房城乡建设厅牵头，…”)
UNIT_CLAUSE = re.compile(
    r"(?m)^\s*(?P<units>[^，。；,;：:]{2,60}?(?:牵头|负责)(?:[、，,][^，。；,;：:]{2,40}?配合)?)[，,]"
)

# “零陵区人民政府要对照专家指出的问题，…”: a requirement opening with the unit it is addressed to
UNIT_MUST = re.compile(r"^\s*(?P<units>[^，。；,;：:、要]{2,30}?)要(?!求)")

# “整改措施：由（包片单位）县住建局督促商户更换”, “由…联合执法工作组负责整治”: a measure naming
# who is to carry it out, as a 通报 of a town patrol writes it
UNIT_BY = re.compile(
    r"^\s*由\s*(?:包片单位|包保单位|属地|责任单位|主管部门)?\s*(?P<units>[^，。；,;：:由]{2,40}?)"
    r"(?:督促|负责|牵头|组织|协调)"
)

# “我局以政府督查室名义移交区住建委查处”: a 查处清单's result names the unit the case went to; with
# no unit column, that unit deals with it (the checked site or enterprise is who is at fault)
HANDED_TO = re.compile(
    r"(?:移交|转交|交由|转办)(?P<units>[^，。；,;：:（(]{2,20}?)(?:查处|处理|办理|核查|整改)"
)

# “请各责任单位…于2023年11月30日前整改到位”: a closing requirement addressed to every unit
TO_EVERY_UNIT = re.compile(r"各(?:责任|有关|相关)?(?:单位|部门|乡镇|镇|街道)")

# “计划于2024年6月底前完成”, “计划2026年5月底前建成”: a date an open finding's progress plans
# “基本完成整改，长期坚持。”, “正在推进，持续开展。”: a status sentence that also says the work is
# kept up (the rolling phrase is the time limit), though the finding is not done
STATUS_THEN_ROLLING = re.compile(
    r"^\s*(?:基本完成(?:整改)?|正在推进|正在整改)\s*[，,](?=[^。；;\n]{2,8}[。；;\n]|[^。；;\n]{2,8}$)"
)

LIMIT_IN_TEXT = re.compile(
    r"(?:整改|完成|办结)时限\s*(?:为|是|[:：])?\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底)?(?:前|之前)?)"
)

# also “要求于2017年11月30日前建成…” (what the case was told to do by; not a date to report by) and
# “2025年12月底前完成核查处理” (a date the rest of the work is to be finished by)
PLANNED_BY = re.compile(
    rf"(?:(?:计划|预计|力争|要求|{ORDERED_BY})于?\s*\d{{4}}年[^，,。；;]{{0,12}}?前(?![^，,。；;]{{0,6}}(?:报|反馈))"
    rf"|\d{{4}}年[^，,。；;]{{0,10}}?前\s*(?:整改到位|整改完毕|{PLANNED_DONE_VERB}))"
)

# the same plan written without its year (“计划12月31日前完成”, “预计6月底前完工”)
PLANNED_BY_YEARLESS = re.compile(
    rf"(?:计划|预计|力争|{ORDERED_BY})于?\s*(\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日|底)?前)"
    rf"(?![^，,。；;]{{0,6}}(?:报|反馈))[^，,。；;]{{0,8}}?{PLANNED_DONE_VERB}"
)

QUOTED_PROBLEM = re.compile(r"指出[，,:：]?\s*“([^”]{6,300})”")

SECTION_TITLE = re.compile(r"^[^。；;\n]{0,40}(?:整改情况|落实情况|完成情况)$")

# “2019年9月30日前”, “2025年底前”, “6月底前” written inside a sentence: a date something is due by.
# not “2024年前三季度进展” (a report period: the first three quarters), “前两个月”
DUE_BY = re.compile(
    # “2018年年底前” writes the year twice, as “2018年底前”
    r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:年?底|末)?前(?![一二三四五六七八九十两\d]+个?(?:季度|月|周|天|年)|半年)"
)

COOP_LABEL = re.compile(r"配合|协办|协助|协同|参与")

# “（整改时限：2023年12月31日前）”, “（完成时限：立行立改）” inside a target or a problem
BRACKETED_LIMIT = re.compile(r"[（(]\s*(?:整改|完成)?时限\s*[:：为]\s*([^（）()]{2,30})[)）]")

# “2018年12月31日前整改到位”, “2018年11月底前完成”: a date the work itself is due by
# (also “于2018年11月底前由市政府印发实施”: a plan or scheme to be issued by then, by whom named or not)
DUE_TO_FINISH = re.compile(
    # (“2025年年底前全面完成整治”: 全面 / 全部 / 基本 before the verb)
    r"\d{4}年[^，,。；;]{0,10}?前\s*(?:由[^，,。；;]{2,12}?)?(?:全面|全部|基本)?(?:整改到位|整改完毕|完成整改|完成|印发实施)"
)

# “2017年底前，将…重叠的区域剔除”, “…吾祠煤矿，…在2020年前退出”: a target's date for an act to be done
# (将 and what is done to it, or a closing verb after 在…前), not a state to be reached (“…前，收集率达到
# 70%”, “…前，将收集率提高到70%”, which the corpus records as no limit)
DUE_ACT = re.compile(
    r"(?P<due>\d{4}年[^，,。；;将]{0,6}?前)\s*[，,]?\s*"
    r"(?=将[^，,。；;]{2,40}?(?:剔除|拆除|关闭|退出|清理|取缔|搬迁|清除|移出|完成|建成|封堵))"
    r"|在\s*(?P<exit>\d{4}年[^，,。；;]{0,6}?前)\s*(?:全部|依法|有序)?(?:退出|关闭|关停|拆除|取缔|淘汰|搬迁)"
    # “2025年底前，收集率达到65%；基本完成…管网问题整改，…”: a dated sentence whose later clause opens on
    # finishing the rectification, an act, though its first clause states a level
    r"|(?P<clause>\d{4}年[^，,。；;]{0,6}?前)[，,][^。]{0,80}?[，,；;]\s*(?:基本|全面|全部)?完成[^，,。；;]{2,40}?整改"
    # “2022年7月底前，…5个旗县制定…实施方案；2022年10月底前，…规划编制”: a plan or a rule to be drawn
    # up or issued by then, an act
    r"|(?P<drawn>\d{4}年[^，,。；;]{0,6}?前)[，,][^。；;]{0,60}?(?:制定|编制|印发|出台)"
)

ROLLING_WORDS = "|".join(re.escape(p) for phrases in ROLLING_PHRASES.values() for p in phrases if len(p) > 2)

# a text that is a list of at least two numbered steps from its start, one a line or one after
# another's ；/。: 1.… 2.… / （1）… （2）… / ①… ②… / （一）… （二）… / 一是… 二是…
STEP_LIST = re.compile(
    r"^\s*(?:1[.、．]|（1）|\(1\)|①|[（(]一[)）]|一是).+?[；;。\n]"
    r"\s*(?:2[.、．]|（2）|\(2\)|②|[（(]二[)）]|二是)",
    re.S,
)

# “（一）全面排查（2020年9月底前完成）”, “（四）建立长效机制（持续推进）”: a work plan's task heading
# closing with its time limit, and nothing else, in brackets
HEADING_LIMIT = re.compile(
    r"[（(]\s*(?P<limit>(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|末|上旬|中旬|下旬)?(?:前|以前|之前)?(?:完成|到位)?"
    rf"|(?:{ROLLING_WORDS}))\s*[)）]$"
)

TITLE_WORDS = re.compile(r"计划|方案|要点|清单|通知|报告|登记表|情况表|台账|公告|公示")

WRITTEN_NUMBER = re.compile(r"^(?:编号|序号)\s*(\d{1,4})\s*[:：]\s*(.*)$", re.S)

# “关于“…””, “关于“…”问题(的整改情况)”, “关于“…”问题的整改”, or “…”问题 as a report heads
# each problem by its name in quotes
ABOUT_QUOTE = re.compile(
    r"^(?:关于\s*[“\"](.+?)[”\"]\s*(?:的?问题)?(?:的?整改(?:进展)?(?:情况)?)?|[“\"](.+?)[”\"]\s*(?:的)?问题)\s*[。.：:]?$",
    re.S,
)

# “请于…前将整改情况书面报送…”, “请你县自收到本函之日起…将整改方案报…”, “请于每月底前将整改进展
# 报…”: a letter asking for a report
REPORT_REQUEST = re.compile(
    r"^\s*请[^。；;]{0,30}?(?:将|把)?[^。；;]{0,20}?(?:整改|办理|落实)(?:情况|结果|方案|报告|进展|进度)"
    r"[^。；;]{0,20}?(?:报送|上报|报告|报|反馈)"
)

TITLE_CN_NUMBER = re.compile(r"^([一二三四五六七八九十百]{1,5})、\s*(?=\S{4})")

# “会同县城管执法局开展联合执法”: a requirement naming the body the addressee works with
WORKS_WITH = re.compile(rf"会同([{CJK_RANGE}]{{2,16}}?(?:局|委|办|中心|站|所|队|公司|政府))")

# A line naming one spot of a 绿盾 / remote-sensing notice: ““绿盾”遥感问题点位2017_41…位于…”,
# “点位一（ZRBHD…）：…”, “问题点位2：…”.
POINT_LINE = re.compile(
    r"^[“”\"]?(?:绿盾[“”\"]?)?(?:卫星)?(?:遥感)?(?:监测)?(?:问题)?(?:线索)?点位\s*"
    r"(?:[一二三四五六七八九十]{1,3}|\d{1,3}|[（(]?[A-Za-z0-9][A-Za-z0-9_\-]{3,})"
)

# “二：存在问题 ⏎ 1.宣传造势氛围不够浓。⏎ 2.…”: a 督查通报's heading over the problems it found, one a
# numbered line; the labels that head such a list (not 问题 / 反馈问题, one problem's own label)
PROBLEMS_LIST_LABELS = ("存在问题", "主要问题")
# a line of that list: its Arabic number, then the problem
PROBLEMS_LIST_LINE = re.compile(r"^(\d{1,2})\s*[.．、]\s*(?=\S)")

# A portal page's footer copied with its text: “主办：宝清县人民政府 承办：宝清县人民政府办公室 联系方式：…”,
# “主办单位：…人民政府 承办单位：…数据局 网站联系电话：…” — the site's sponsors, no unit of a finding
SITE_FOOTER = re.compile(r"^\s*主办(?:单位)?\s*[:：][^\n]{2,40}?\s承办(?:单位)?\s*[:：]")

# “莒南县综合行政执法局现将…问题整改情况予以公示”: the office publishing the notice …
PUBLISHER = re.compile(r"(?:^|[，,。])\s*(?P<unit>[^，,。；;：:\s]{2,24}?(?:局|委员会|委|办公室|中心))现将")

# … or named at the head of its title (“君山区交通运输局关于…问题整改销号的公示”) …
TITLE_PUBLISHER = re.compile(
    r"^\s*(?P<unit>[^，,。；;：:\s“”\"]{2,24}?(?:局|委员会|委|办公室|中心))\s*关于[^。；;]{2,80}?公示\s*$"
)
# … or the title line over the opening of its report (“**市水利局关于…整改情况的汇报”)
REPORT_TITLE_PUBLISHER = re.compile(
    r"^\s*(?P<unit>[^，,。；;：:\s“”\"]{2,24}?(?:局|委员会|委|办公室|中心))\s*关于[^。；;]{2,80}?"
    r"整改(?:落实)?情况的?(?:汇报|报告)\s*$"
)

# … that writes of the work as its own (“我局已按时完成…”, “我局组织专班…”)
OWN_WORK = re.compile(r"我(?:局|委|办|中心)(?:已|立即|组织|按|加大|将|积极|迅速|全面)")
# the office speaking of itself (“由我局负责整改”)
OWN_OFFICE = re.compile(r"我(?:局|委|办|中心)")

# “…反馈问题“土壤环境保护修复任务重”的整改情况报告”, “反馈的“69—60：…”问题”: a short name in
# quotes right after 问题 (or before it), perhaps with the list's number in front.
NAMED_PROBLEM = re.compile(r"问题\s*“(?P<a>[^”，。；,;]{6,40})”|“(?P<b>[^”，。；,;]{6,40})”\s*问题")

# “反馈意见中我市“舟山市普陀…超标严重。…直排入海”问题已完成整改，现向社会公示”: a closure notice
# quoting the finding whole (sentences and all) before 问题 and the word that it is done
QUOTED_FINDING_DONE = re.compile(
    r"(?:反馈意见|督察报告|反馈问题|督察意见)中?\s*(?:我[省市县区镇])?\s*“(?P<problem>[^“”]{10,600})”\s*的?问题"
    r"\s*(?:已经?|均已)\s*(?:完成整改|整改完成|整改到位|整改完毕)"
)

NAME_NUMBER = re.compile(r"^(?:第?\s*\d{1,4}\s*[—–\-－]+\s*)?第?\s*(?P<n>\d{1,4})\s*[项号]?\s*[:：、.．]\s*")

# “限期30日内”, “15天内整改到位”: calendar days from the day the sheet was handed down (工作日 are not
# counted here: holidays are not known)
WITHIN_DAYS = re.compile(r"(?<![\d.])(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:日|天)(?:之)?内")

DOCUMENT_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*(?:第\s*)?\d{1,4}\s*号")

# An order to put a breach right (责令改正违法行为决定书, 限期整改通知书) sent to one enterprise: its
# problem is the breach found (“存在以下环境违法行为：⏎…”), the addressee must act, and the part
# on the correction (三、改正违法行为的具体形式和期限) holds the steps and the limit.
ORDER_TITLE = re.compile(
    r"责令(?:限期)?(?:改正|整改)\S{0,6}(?:决定书|通知书)|限期(?:改正|整改)(?:决定书|通知书)"
)

ORDER_ADDRESSEE = re.compile(r"^(?!各)([^:：，。、\s]{2,40})[:：]$")

BREACH = re.compile(r"(?:违法行为|违法事实)(?:如下)?[:：]\s*(.*)$")

ORDER_PARTICULARS = re.compile(r"(?:法定代表人|负责人|经营者|统一社会信用代码|社会信用代码|地址)")

FOUND_BREACH = re.compile(r"发现(?:你|该)(?:公司|单位|厂|合作社|企业|店|场|户)?(?:存在)?([^。；]{6,})。")

ORDER_PART = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]")

CORRECTION_PART = re.compile(r"改正|整改")

ORDER_STEP = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、])\s*(.+)$")

ORDER_LIMIT = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:前|之前|以前)")

# A people's congress opinion (审议意见) or an inspection's 意见和建议: its points 一、二、三 are
# headings alone on their lines with the reasoning below, no labels; each point is to be acted on.
OPINIONS_TITLE = re.compile(r"审议意见|意见和建议|意见建议")

OPINION_POINT = re.compile(
    r"^(?:(?P<top>[一二三四五六七八九十]{1,3})[、.．]|[（(](?P<sub>[一二三四五六七八九十]{1,3})[)）])"
    r"\s*(?P<title>[^。；;：:，,]{2,40})。?$"
)

# The last reading before a refusal (`_parse_paragraphs`). A document about rectification says
# so somewhere; headings that organise a plan or report are never problems of their own.
RECTIFICATION = re.compile(r"整改|督察|督查|销号|交办|反馈问题|问题清单|执法检查|审议意见")

# A report's chapter telling the work done on the problem (“一、正视问题抓整改。” over 1、高度重视… 2、深究
# 污染源头… 3、多措并举…): its items are steps taken, not problems, even where they name the fault
WORK_CHAPTER = re.compile(r"(?:抓|促|推进|推动)(?:整改|落实)[。．.]?$")

FRAME_HEADING = re.compile(
    r"总体|指导思想|基本原则|工作目标|主要目标|目标任务|组织领导|组织保障|保障措施|工作要求|有关要求|下一步"
    r"|工作安排|实施步骤|进度安排|时间安排|主要做法|工作成效|基本情况|工作措施|工作举措|工作依据|适用范围"
    r"|职责分工|监督考核|考核问责|附件|联系方式|公示|主要成效|存在的不足|工作开展情况"
)

# (“县委、县政府负责人数次到现场”: 负责人 is a person of the body, the body leads nothing; nor does the
# one set to watch day by day over what the others fixed, “…定期清理，村委会负责日常监督”)
LEAD_IN_TEXT = re.compile(
    r"(?:^|[，。；、,;：:（(\s])([^，。；、,;：:（()）\s]{2,20}?)(?:牵头|负责(?!人|同志|日常监督))"
)

# “本项整改任务由区生态环境局、区城管执法局牵头，…”: the units a report names after 由, all of them
LEADS_AFTER_BY = re.compile(
    r"由((?:[^，。；、,;：:（()）\s由]{2,20}、)*[^，。；、,;：:（()）\s由]{2,20}?)(?:牵头|负责)"
)

# “市发改局牵头，市住建局配合，…”: the units named to cooperate right after the lead
COOP_AFTER_LEAD = re.compile(r"^[，、,]\s*((?:[^，。；、,;：:\s]{2,20}、)*[^，。；、,;：:\s]{2,20}?)配合")

DONE_IN_TEXT = re.compile(
    # (“…等问题仍未整改到位”: a bare 整改到位 after 未 / 没 / 不 is the opposite)
    r"已(?:按[^，。；;]{0,10}?)?(?:全部|全面)?(?:完成整改|整改完成|整改到位|办结|销号)|(?<![未没不])整改到位"
    r"|通过(?:核查)?验收|达到销号"
    r"|已整改(?=[。；;]|$)|完成整改并(?:申请)?销号"
    # “…进行了整改，在两天时间全面完成整改工作”: done within a span the report tells (not “要在…内”)
    r"|(?<![要须将争保])在[^，。；;]{1,8}?(?:时间|之内|内)(?:全面|全部)?完成(?:了)?整改"
)

# “查明xx水塘垃圾成堆的原因”, “发现造成X的原因”: a report on one problem names it where it tells the
# cause it found
CAUSE_FOUND = re.compile(
    r"(?:查明|查清|发现|找到|找出)了?(?:造成|导致|产生)?(?P<problem>[^，。；;：:“”\s]{4,30}?)的(?:主要)?(?:原因|根源)"
)

OPEN_IN_TEXT = re.compile(r"正在|推进中|未完成|尚未|序时推进|持续推进中")

# A document (or a heading) about problems to fix, not only about work done.
PROBLEMS = re.compile(r"问题(?!导向)|交办|信访|举报|投诉|反馈意见|审议意见|意见和建议|隐患")

# Words of a problem (what is wrong), not of a measure (what is done): an item read as a finding
# names a fault in its heading or first line.
FAULT = re.compile(
    r"不[足够力到严实好高全规健完符稳]|未(?:能|按|及时|经|完成|落实|达|到位|建|整改)|没有|滞后|超标|问题(?!整改)"
    r"|薄弱|欠缺|缺乏|较差|严重|突出|隐患"
    r"|违法|违规|违建|违章|偏低|偏高|乱[堆倒排放建贴画扯挂停扔]|不合|占道|脏|直排|偷排|破坏|破损|黑臭|投诉|举报|反映|差距|短板|亟待"
    r"|溢流|外溢|渗漏|露天|异味|臭味|噪声|扰民|油烟|冒黑烟|错接|混接|淤积|侵占|毁坏|超载|闲置|散乱污|返黑|返臭"
    r"|不及时|横流|积水(?:较多|严重)"
    # “应淘汰燃煤小锅炉未淘汰到位”: a task not carried through
    r"|未[^，。；、\s]{1,4}到位"
)

# The last reading before a refusal takes each sentence that names a FAULT as a problem, but not
# a sentence that asks (“要求各村…”, “务必…”: the check's demands; “未按要求” is a fault), one that
# counts (“发现问题33个”: a summary of the list), one that praises, or a title line.
ASKING_SENTENCE = re.compile(
    r"^(?:要|须|必须|应当?|请|务必|加强|进一步|切实|坚持|持续|督促|责成|限期|下一步)"
    r"|(?<![按照合符])要求|务必|必须|应当|确保|力争|抓紧|责令|督促|请各"
    # a writer's request (“烦请政府处理”, “希望完善…”) and a body taking a problem up (“针对反映问题，…”,
    # “彻底解决…问题”) are about a problem, not one more
    r"|^(?:彻底)?解决|^针对|^(?:希望|烦请|恳请)|[？?]"
    # a reply telling the problem again as it checked it (“经核实，您反映的…的情况属实”)
    r"|(?:您|你)所?反映的|^经(?:调查|核实|核查|现场)"
)
# a writer's request after the problem in one sentence (“…没有相应的水沟，烦请政府处理”): cut off
REQUEST_AFTER = re.compile(r"[，,]\s*(?:烦请|恳请|请求|希望|望)[^。；;]*$")
COUNT_OF_PROBLEMS = re.compile(
    r"\d+\s*(?:个|处|件|条|项|起)[^。；]{0,8}?问题|问题\s*\d+\s*(?:个|处|件|条|项|起)"
)
# what is still there (“河道沿岸仍有生活垃圾堆放”) is a fault too, in a sentence of its own
STILL_THERE = re.compile(r"仍(?:有|然|存在)|依然|尚未|还有[^。；;]{0,12}(?:垃圾|杂物|问题)")
PRAISING_SENTENCE = re.compile(r"取得[^。]{0,8}成效|成效明显|整体较好|总体较好|明显改善|明显提升")
DOCUMENT_TITLE_END = re.compile(r"(?:通报|情况|公示|报告|通知|简报|方案)$")
# the counting a sentence may open on (“一是”, “（二）”, “3、”, “其一，”): not part of its title
SENTENCE_COUNT_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]|其[一二三四五六七八九十])\s*[，,:：]?\s*"
)
# the one body a text says urged the problems found put right on the spot (“南村镇综合行政执法中队
# 配合动检站…检查，对发现的问题现场督促整改”): it leads what the last reading lists
URGING_BODY = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:中队|大队|分局|局|人民政府|政府|办事处|管委会|中心))"
    r"[^。；;]{0,80}?(?:现场)?(?:督促|责令|要求)[^。；;]{0,8}?整改"
)
# a chapter heading over the problems (“二、存在的问题”, “（一）发现的主要不足”)
PROBLEMS_CHAPTER = re.compile(r"问题|不足")

# “经调查核实，情况（部分）属实/不属实”: an item that reports the check of a complaint is a case
CHECKED_COMPLAINT = re.compile(r"(?:经|通过)[^。；;]{0,12}?(?:调查|核实|核查|检查)[^。；;]{0,40}?属实")

# A closure notice that names no fault but the task it closes: ““散乱污”企业综合整治”
QUOTED_TASK = re.compile(r"“[^”]{2,12}”[^，。；;“”\s]{0,8}?(?:综合整治|专项整治|专项治理|整治|治理)")

# “此次检查，发现的问题有：…。…。” / “存在的主要问题是：”: the problems an inspection found, run
# on in the rest of the paragraph
FOUND_INLINE = re.compile(
    r"(?:(?:发现|存在)(?:的)?(?:主要|突出)?问题(?:主要)?(?:有|是|为|如下)"
    # “以下问题整改进度缓慢，效果不明显：…”: the problems announced with what is wrong with them
    r"|以下问题[^：:。；]{0,16})\s*[：:]\s*(?P<rest>\S.*)$"
)

# “…发现以下问题：” / “存在如下突出问题：” ending the line: the items below it are problems
# “现将督查发现的突出问题通报如下：”, “现将主要问题通报如下：”: the problems named first, the list
# announced after (not “现将有关问题通知如下：”, a notice's requirements: the problems must be ones
# found, or reported as such)
PROBLEMS_AHEAD = re.compile(
    r"(?:以下|如下|下列)[^，。；;：:\n]{0,6}?问题\s*[：:]\s*$"
    r"|(?:发现|存在|反馈|指出|查出)[^，。；;：:\n]{0,4}?问题[^，。；;：:\n]{0,6}?(?:如下|以下)\s*[：:]\s*$"
    r"|问题[^，。；;：:\n]{0,2}?(?:通报|反馈|公布)如下\s*[：:]\s*$"
    # “实地点位的问题如下：”, “存在的问题如下：”
    r"|的问题如下\s*[：:]\s*$"
    # “你单位存在以下环境违法、违规行为：” (an 整改通知书 to one works)
    r"|(?:存在|发现|查出)(?:以下|如下|下列)[^，。；;：:\n]{0,10}?(?:违法|违规)行为\s*[：:]\s*$"
)

# “请立即整改”, “请你区立行立改”: a request naming how soon (bare in prose it only describes the work)
ROLLING_REQUESTED = re.compile(rf"请\s*(?:你[县区市镇乡单位]{{1,2}})?\s*({ROLLING_WORDS})")

# The sentences of a notice's opening that only introduce it (根据…要求，现将…公示如下).
BOILERPLATE = re.compile(
    r"根据|按照|依据|为(?:进一步|切实|加快)|现将|如下|予以公示|进行公示|特此|接受社会监督"
)

PROBLEM_LEAD_IN = re.compile(r"^(?:督察)?(?:反馈|交办|存在|具体)?问题(?:[:：]|(?=[^\s的]))")

# A covering letter's whole body: “现将《…方案》印发给你们，请认真贯彻落实” — the plan itself is
# its attachment, in another file or not yet pasted.
COVERING_LETTER = re.compile(r"现将.{0,80}?印发给你们|现印发给你们|印发给你们，请")

SIGNATURE_DIGIT = "[\\d〇零一二三四五六七八九十○]"

SIGNATURE_DATE = re.compile(
    f"{SIGNATURE_DIGIT}{{2,4}}年{SIGNATURE_DIGIT}{{1,3}}月(?:{SIGNATURE_DIGIT}{{1,3}}日)?"
)

# “关于…反馈“全省各类废弃矿山达6950座，矿山生态环境恢复率不到45%”问题整改完成情况公示”: the title
# line names the problem in quotes right before 问题, commas and all
TITLE_NAMED = re.compile(r"(?P<a>)“(?P<b>[^”“]{6,60})”\s*问题")

# “第三轮省级环保督察反馈问题指出，…”, “督察报告指出：…”, “…反馈指出“…”: who pointed the problem out
POINTED_OUT = re.compile(r"^[^，。；“”]{0,30}?(?:督察|反馈|报告)[^，。；“”]{0,10}?指出[，,:：]?\s*“?")

POINTED_OUT_COMMA = re.compile(r"^[^，。；“”:：]{0,30}?(?:督察|反馈|报告)[^，。；“”:：]{0,10}?指出[，,]\s*")

# “《广东省…整改方案》反馈“X。”（编号：第二十七项）”: a closure notice quoting its problem from the plan
# that lists it; the plan's name and verb are a frame, what is quoted is the problem (the quote must
# close, so a plan's name opening a sentence of the notice's own stays)
PLAN_QUOTED_PROBLEM = re.compile(
    r"^《[^》]{2,80}》\s*(?:中)?(?:反馈|指出|提出|明确)[:：，,]?\s*“([^“”]{6,})”"
)

# One problem a news item tells as what someone reported to a check: “巡察组接到群众反映，X，严重影响…”,
# “村民…找到巡察组，反映X，多次向村委会反映没有结果” (the problem is what was reported, not the harm it
# does nor the earlier complaints told after it)
# A case handed down told the same way: “接到群众投诉，X，严重污染…”, “举报人反映“X，影响…””, “信访件，反映的
# 问题为“X……”” (a “，导致…” clause is part of what was reported, as 柳新's is); not “群众反映问题部分属实”
# nor “群众反映的臭味问题”, which tell of it again.
# A case's own letter or call, or the sheet handing it down, reports it too: “受理编号1282来信反映，“X，严重
# 破坏生态环境””, “交办件电2018-06-23-003号，反映X。”; a quoted complaint closing on the frame word 问题
# (“群众举报“X问题””) is titled X, as “X问题在…曝光” is (blind set 149).
REPORTED_PROBLEM = re.compile(
    r"(?:群众|村民|居民|市民|网友|住户|举报人|投诉人|信访人|信访件|交办件|转办件|来信|来电)[^。；;“]{0,20}?"
    r"(?:反映(?:的问题(?:为|是))?|投诉|举报)(?!的|问题|情况|属实)[，,：:]?\s*“?(?P<problem>[^。；;“”…]{6,80}?)"
    r"(?:问题(?=”))?"
    r"(?=[，,]\s*(?:(?:严重|直接)?影响|严重(?:污染|破坏))|[，,]\s*(?:曾|已)?多次[^。；;]{0,12}?反映|[。；;”…]|$)"
)
# “按照市环保督察热线信访转办件（…），反映问题：“X。””: a case's complaint quoted after its label,
# however long the case's codes before it (REPORTED_PROBLEM keeps within 20 characters of the case)
QUOTED_REPORTED_PROBLEM = re.compile(
    r"反映(?:问题|情况)\s*[：:]\s*“(?P<problem>[^“”。；;]{6,200})(?:[。；;]?”|[。；;])"
)
# “在A村与B村之间、C公司南约50米的路边发现两个粪污渗坑，…”: a paragraph of a case account telling
# one more thing the visit found, counted, where it stood (the clause up to the comma is that problem)
FOUND_ON_THE_VISIT = re.compile(
    r"^在(?P<place>[^。；;，,]{4,60}?)发现(?:有)?(?:[一二两三四五六七八九十]|\d{1,3})\s*(?:个|处|条|堆|座)"
    r"[^。；;，,]{2,20}"
)
# “目前牧原养殖场已承包信访人田地，信访问题已经解决。”: a news account of one complaint that tells it
# settled, as the state now
CASE_SETTLED = re.compile(
    r"(?:信访|举报|投诉|反映的?)问题已经?(?:得到)?(?:全部|彻底)?解决(?=\s*(?:[。；;]|$))"
)
# “(经查，)由于…，致使场内有少量粪便堆放，加之…，影响了周边群众的日常生活。”: what a check found told with its
# cause before it and its harm after it; the problem is what the cause led to (X), the harm left out
CAUSED_FAULT = re.compile(
    r"^(?:经(?:查|核查|核实|调查|现场检查)[，,]\s*)?由于[^。；;]{2,60}?[，,]?(?:致使|导致|造成)(?P<problem>[^。；;]{6,80}?)(?=[，,]\s*(?:严重)?影响|[。；;]|$)"
)
# A news account of one case handed down (a 信访件 of an inspection) names who acts on it: the units
# organised to the spot (“组织县农业农村局、生态环境宜君分局、哭泉镇人民政府立即赶赴现场进行核查”), the
# one a body sent (“安排环保办工作人员进行调查处理”), or a unit checking with a town (“县生态环境分局执法
# 人员、监测人员会同王家厂镇有关负责人员，对企业…进行了现场检查”); with none of those, the county or
# town that received the case (“3月15日，龙山县接到省第七生态环境保护督察组信访件”)
SENT_TO_SPOT = re.compile(
    r"组织(?P<units>[^。；;，,]{2,60}?)(?:立即|迅速|第一时间|连夜)?(?:赶赴|赶到|前往|到达|深入)(?:问题)?现场"
)
CASE_HANDLER_SENT = re.compile(
    r"安排(?P<unit>[\u4e00-\u9fff]{2,16}?(?:分局|局|人民政府|政府|办事处|中心|大队|办|所|站))"
    r"(?:工作人员|执法人员|人员)?(?:立即)?(?:进行|开展|负责)?(?:调查|核查|核实|处理|办理)"
)
CHECKED_JOINTLY = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,16}?(?:分局|局|人民政府|政府|中心|大队))(?:执法人员|监测人员|工作人员|、)*"
    r"会同(?P<b>[\u4e00-\u9fff]{2,12}?(?:乡|镇|街道|办事处|人民政府|分局|局))(?:有关|相关)?(?:负责)?(?:人员|同志)"
    r"[^。；;]{0,30}?(?:检查|核查|核实|调查)"
)
CASE_RECEIVED_BY = re.compile(
    r"(?:^|[，,。]\s*)(?P<unit>[\u4e00-\u9fff]{2,8}?(?:县|区|市|乡|镇|街道))(?:接到|收到)[^。；;]{0,40}?(?:督察|督查)"
    # (“广南县收到省委省政府第一环境保护督察转办群众举报“X””: the complaint handed on, not named a 件)
    r"[^。；;]{0,16}?(?:信访件|交办件|转办件|举报件|信访问题|(?:转办|交办)(?:群众)?(?:举报|投诉|信访))"
)
# --- results of single cases told by news and portals (blind set 149) -----------------------------
# “…分管副局长立即带领畜牧科、生产站人员，会同县环保局、花桥镇政府现场核查处置”: a unit whose people check
# the case together with other units it names; all of them lead (as `CHECKED_JOINTLY`'s two do)
CHECKED_WITH_UNITS = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,16}?(?:分局|局|人民政府|政府|中心|大队))[^。；;]{0,40}?(?:带领|组织)[^。；;]{0,20}?"
    r"(?:人员|同志)[，,]\s*会同(?P<units>[^。；;，,]{2,40}?)(?:立即|迅速)?(?:赶赴|到)?(?:现场)?(?:核查|检查|调查|核实)"
)
# “由环保、农科、住建等相关部门组织联合执法组赶赴现场”: a team formed for the case is no standing body
AD_HOC_TEAM = re.compile(r"(?:执法|调查|工作|检查|督查|核查|专项)(?:小)?组$|专班$")
# “白河林业局已行政立案并做出处理。一是…”: the body that put the case on file and decided it
CASE_FILED_BY = re.compile(
    r"(?:^|[，,。；;]\s*)(?P<unit>[\u4e00-\u9fff]{2,16}?(?:分局|局|人民政府|政府|中心|大队))"
    r"(?:已|已经)(?:依法)?(?:行政)?立案[^。；;]{0,6}?(?:并|，|,)\s*(?:依法)?(?:做|作)出(?:了)?(?:处理|处罚)"
)
# “该养殖场全部拆除后，还了周边…一个安宁的环境”: the site told as gone, the account going on from there: done
SITE_GONE_AFTER = re.compile(
    r"该[\u4e00-\u9fff]{1,8}?(?:场|厂|点|户|坊|店|企业)(?:已)?(?:全部|彻底)(?:拆除|取缔|关停|关闭)(?:到位|完毕)?后[，,]"
)
# “忠县接…督察组交办件电2018-06-23-003号”: a case's code carrying the day it was handed down (the
# only full date of an account that also names a project's year, “2013年市级…项目”): it dates a limit
# the handling sets without a year
CASE_CODE_DATE = re.compile(
    r"(?:交办件|转办件|信访件|举报件)[^。；;，,\d]{0,4}(?P<y>20\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)-\d{1,4}号"
)
# “一、受理编号609号：“X。此外，Y。””: a case's number heading its code and the quoted complaint
CODED_COMPLAINT = re.compile(
    r"^(?:受理|交办|信访)?编号\s*[A-Za-z]{0,4}\d{1,20}\s*号?\s*[:：]\s*“(?P<problem>[^”]{6,})"
)
# A paragraph (no numbered heading) opening on a case's code, its batch perhaps before the number,
# and the complaint, quoted or not, its points perhaps listed “一是X。二是Y。”:
# “受理编号第二十一批2280号：一是X。”, “受理编号4260：“X”。”; X titles the case (a heading's unquoted
# code, “16、受理编号671:X”, is an item of a list, read as such)
CODED_CASE_LINE = re.compile(
    r"^(?:受理|交办|信访)?编号\s*(?:第[一二三四五六七八九十百\d]{1,5}批次?)?\s*[A-Za-z]{0,4}\d{1,20}\s*号?\s*"
    r"[:：]\s*“?(?:一是)?(?P<problem>[^”\n]{6,})"
)
# An audit's one problem told as “该项目存在X的问题。”: X is the problem (a run, “存在A、B等问题”, is no
# one problem)
EXISTING_PROBLEM = re.compile(r"存在(?P<problem>[^。；;等]{6,80}?)的问题(?:[。；;]|$)")
# “…巡察组…将该问题写入巡察报告，并向新庄集乡党委进行了反馈”: the body a check fed its problem back to
FED_BACK_TO = re.compile(
    r"向(?P<unit>[\u4e00-\u9fff]{2,16}?(?:党委|党组|党工委|人民政府|政府))(?:进行了?|作了?)?反馈"
)
# “在对昙华乡领导干部“双责”审计中发现…”: the town whose leaders an audit checked answers for what it found
AUDITED_TOWN = re.compile(
    r"对(?P<unit>[\u4e00-\u9fff]{2,8}?(?:乡|镇|街道))(?:党政)?(?:主要)?领导(?:干部)?[^。；;，,]{0,16}?审计"
)
# “巡察组…立即对镇、村下达立行立改通知”: an order to act at once, issued as a notice
NOTICE_AT_ONCE = re.compile(r"下达(?:了)?\s*(立行立改|立即整改)(?:的)?\s*(?:通知书?|交办单|督办单|整改单)")
# “由县自然资源局为牵头督导单位”: the unit the notice names to lead the work
LEAD_NAMED = re.compile(r"由([^，。；、,;：:（()）\s]{2,20}?)(?:为|作为|担任)牵头(?:督导|责任|整改)?单位")
# “…，镇乡村振兴服务中心、镇综合执法办为牵头部门、各村为成员单位，…”: the bodies a report's
# organising paragraph names to lead the whole rectification, apart by 、
LEADS_NAMED_FOR_ALL = re.compile(
    r"(?:^|[，,；;：:])\s*(?P<units>[^，,。；;：:\s]{2,40}?)(?:为|作为|担任)牵头(?:部门|单位)"
)

# a line announcing the steps below it: “从以下方面进行整改：”, “具体整改措施及完成情况如下：”
STEPS_ANNOUNCED = re.compile(r"(?:整改|措施)[^。；;]{0,12}[：:]\s*$|如下[：:]\s*$")

# (“整改措施1：…” numbers a step by its label, as a 销号公示表's 整改措施及成效 writes them)
LABELLED_STEP = re.compile(r"^\s*(?:整改)?措施\s*(\d{1,2})\s*[：:]\s*")

STEP_MARK = re.compile(
    r"^\s*(?:(?P<ar>\d{1,2})[.、．]|（(?P<cn>[一二三四五六七八九十]{1,3})）|(?:整改)?措施\s*(?P<lb>\d{1,2})\s*[：:])"
)

# “10月31日前完成”, “11月底前整改到位”: a bracket's part giving the day the work is to be done by
# (not “10月31日前报送整改情况”, a day to report by)
DUE_PART = re.compile(r"^\s*(\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底)?(?:以|之)?前)(?![^，,。；;]{0,6}(?:报|反馈))")

# “2024年6月底前完成年度任务，并长期坚持。”: a sentence with a due date that closes with a rolling
# phrase keeps the work up after that date: the phrase is a second time limit
ROLLING_AFTER_DUE = re.compile(rf"前[^。；;]*[，,]\s*(?:并|且)?\s*({ROLLING_WORDS})\s*(?=[。；;（(]|$)")

# A task numbered under its problem's number: “1.1 督促…”, “2.3组织…” (not 1.5万元, a sum).
SUB_STEP = re.compile(r"^\d{1,3}[.．](\d{1,2})(?![\d.．%％万亿千百元米吨])\s*")

# A task list's column naming the task (工作任务, 任务名称, 重点任务, 项目名称, 督办事项) and one
# giving its content (具体内容, 主要内容, 工作内容)
TASK_NAME_COLUMN = re.compile(r"^(?!.*问题).*(?:任务|名称|事项|项目)$")

TASK_CONTENT_COLUMN = re.compile(r"(?:具体|主要|工作)内容")

FILLED_FROM_ABOVE = {"lead": ("lead_units", "牵头单位"), "deadline": ("deadlines", "整改时限")}

# A plan for one year names it in its title (大气污染防治2021年行动计划, 2018年任务清单, 舟曲县2020年
# 第一季度…督查发现问题整改销号清单, 2016年…重点工作任务分解表): a time limit without a year
# (“年底前”, “3月25日前”) is in that year.
PLANS_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年度?[^\n。]{0,30}?(?:行动计划|工作计划|实施计划|计划|方案|任务清单|清单|工作要点|要点"
    # “2022年《政府工作报告》主要任务”: the report of a year sets that year's tasks
    r"|政府工作报告"
    # “2016年县政府重点工作任务分解表”: the year's tasks shared out among the units
    r"|分解表|分工表|任务表)"
)

YEARLESS_DUE_OPENING = re.compile(r"^\s*((?:年底|年末|\d{1,2}\s*月(?:\d{1,2}日|底|末)?)前)")

YEARLESS = re.compile(r"^\s*(?:于|在)?\s*(?:年底|年末|年内|[上下]半年|第[一二三四]季度|\d{1,2}\s*月)")

# A sheet handed down on a day (督导时间：2019年5月20日, 交办日期：…) in its first lines: a limit
# written “于5月24日前” is the next such day, in that year (or the next, if the day has passed).
# A web page's 发布时间：2017-08-04 (or 2017.08.04, 2017/8/4) dates it as well.
HEAD_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|(?<![\d.\-/])((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?![\d.\-/])"
)

# “2个工作日内（8月8日前）”: a limit counted in days, then the day it falls on, without a year
BRACKETED_YEARLESS = re.compile(r"[（(]\s*(?:于|在)?\s*(\d{1,2}\s*月\s*\d{1,2}\s*日前?)\s*[)）]")

MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?")

# A sheet handed down (整改通知书, 督办通知, 交办单, 整改意见书, a 提醒函 / 预警函 / 警示函, a notice
# “关于…问题整改的通知”) names its kind in its first lines (spaced or not: 提 醒 函), the one body it
# is addressed to in a salutation line (“城关乡人民政府：”) and may give the day it was handed down
# (下发日期：2021年3月4日).
HANDED_DOWN = re.compile(
    r"整改的?通知|督办通知|督办函|督办单|交办单|交办函|整改意见书|(?:整改|监察|纪律检查)建议书|限期整改|提醒函|提示函"
    r"|预警(?:的)?函|警示函|约谈纪要"
    # “关于某县创森迎检工作督查情况的通报” to that one body: what the check found there is its to fix
    r"|(?:督查|检查|督导|暗访|巡查)情况的?通报"
)

ADDRESSEE = re.compile(
    # (“滑县某饲料厂：”: a 整改通知书 to one works)
    rf"^\s*([{CJK_RANGE}（）()]{{2,30}}?(?:人民政府|办事处|管理处|管委会|委员会|局|委|办|公司|中心|厂|场))\s*[:：]\s*$"
)

# a 约谈纪要's “约谈对象：某市人民政府” (被约谈单位) names the body that must put things right too
ADDRESSEE_LABEL = re.compile(
    rf"(?:被(?:督办|交办|督查|督导|检查|巡察|审计)单位|被?约谈(?:对象|单位))\s*(?:[:：]|\|)\s*([{CJK_RANGE}（）()]{{2,30}}?"
    r"(?:人民政府|办事处|管委会|委员会|局|委|办|公司|中心|镇|乡|街道))\s*(?:\||$|\s)"
)

ISSUED_IN_HEAD = re.compile(
    r"(?:下达|交办|督办|下发|签发)(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)

# “约谈之日起20个工作日内”: working days from an event the letter dates in its text (“2018年8月1日，
# 生态环境部…进行了约谈”); from 收到 (the day of receipt, not known) nothing is counted
WORKING_DAYS_FROM = re.compile(
    r"(约谈|交办|督办|下发|印发|通报|反馈)之?日起\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*个?工作日(?:之)?内"
)

DATED_EVENT = r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^。；;\n]{0,60}?"

# “请相关镇…于2022年7月20日前整改到位”: a 通报's or 交办单's body giving one limit for all of its list
BODY_LIMIT = re.compile(
    r"(?:于|在)\s*((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:前|之前)"
    # “责令你单位于2019年8月31日前按以下要求进行整改：”
    r"[^。；\n|\t]{0,8}?(?:整改到位|完成整改|整改完毕|整改完成|全部整改|进行整改)"
    # “8月7日前金元村、石宝沟村要完成河道浮漂的打捞工作”: the places named, then what they must finish
    r"|(?<![\d年])(\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:前|之前)[^，。；\n|\t\d]{2,16}?(?:要|须|必须|务必)完成"
)

# “于2023年7月15日前将整改情况书面报县政府办公室”: the day the result is due, the notice's limit
# only when it sets no other (“立即整改到位，并于…前将整改情况报…” is 立行立改)
BODY_REPORT_DAY = re.compile(
    r"(?:于|在)?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:前|之前)"
    # “各责任单位2017年9月25日前将以上问题整改情况报六创办”: no 于, the problems named before 整改
    r"\s*(?:将|把)(?:(?:以上|上述|所列|相关)(?:问题)?的?)?整改(?:情况|结果)[^。；\n|\t]{0,12}?"
    r"(?:报送|上报|报告|报|反馈)"
)

# “请各相关单位针对问题立行立改”: a 交办 page's opening request, before the list, says the same
ALL_ROLLING = re.compile(
    rf"(?:(?:上述|以上|所列)[^。；;\n]{{0,6}}?|(?:针对|对照)(?:发现的?)?)问题[^。；;\n]{{0,4}}?({ROLLING_WORDS})"
)

# “注：A类为所提问题已经解决或基本解决；B类为…正在解决…”: the legend of a result column's classes
# (deputies' suggestions and proposals are answered as A / B / C); a class whose meaning says
# solved marks its rows done. Without such a note a class letter says nothing (a 提案's A类 may
# still be in hand).
CLASS_LEGEND = re.compile(r"(?<![A-Za-z])([A-D])类(?:为|是|指|[:：])(?P<meaning>[^；;。\n]{2,40})")

SOLVED = re.compile(r"已经?解决|基本解决|已办结|已落实")

OPENING_LEAD = re.compile(r"(?:^|[\n，。；,;])\s*([^，。；、,;\s“”《》]{2,20}?)牵头负责的")
# “编号24中涉及滨湖新区建设管委会责任部分整改完毕，申请销号”: the body whose share of the item a
# one-item notice reports done answers for it
RESPONSIBLE_SHARE = re.compile(r"涉及([^，。；、,;：:\s“”《》]{2,20}?)(?:的)?责任部分")

GOES_ON = re.compile(r"(?:目前|当前|现)?(?:仍在|正在|序时)(?:推进|实施|整改)中?")

# “… （一）存在的问题 益哇镇：”: a short bracketed heading right before such a place
RUN_ON_SUBHEADING = re.compile(
    r"(?<=[ \u3000])[（(][一二三四五六七八九十]{1,3}[)）][^ \u3000（(]{1,12}[ \u3000]+$"
)

# “… 益哇镇： 1. …”: the place whose problems the run restarting at 1 lists, ending the text before it
RUN_ON_GROUP_PLACE = re.compile(
    r"(?<=[ \u3000])[\u4e00-\u9fff]{1,8}?(?:镇|乡|苏木|街道|办事处|村|社区)\s*[：:][ \u3000]*$"
)

RUN_ON_CHAPTER = re.compile(r"(?:(?<=[ \u3000\n])|^)(?P<n>[一二三四五六七八九十]{1,3})、(?=\S)")

# “3月27日前”, “4月底前” as a whole time limit, its year left out
MONTH_DAY_LIMIT = re.compile(
    r"^\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>[12]\d|3[01]|0?[1-9])\s*日|底|末)\s*(?:以|之)?前?\s*[。.]?\s*$"
)

WRITTEN_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*(?:年|[-/.]\s*\d{1,2}\s*[-/.])")

# “2023年3月”, “2023-03-05”: a month the text dates itself in
WRITTEN_MONTH = re.compile(r"(?<!\d)(20\d{2})\s*[年\-/.]\s*(1[0-2]|0?[1-9])(?!\d)\s*(?:月|[-/.])")


# --- the table reader's own wording --------------------------------------------------------
# (`plan_tables`: the header cells, columns and cell values a task table is read by)

# A line that is a whole unit's name (互江社区, 街道城建办): a web cell's units one a line.
WHOLE_UNIT = re.compile(rf"(?:{UNIT_SUFFIX.pattern[:-1]}|社区|村|村委会|居委会)$")

# A header naming a kind, place or level is not the field the label inside it names
# (问题类型 is not the problem, 责任单位级别 not the unit).
NOT_A_FIELD = re.compile(
    r"类型|类别|分类|所在|地点|点位|位置|级别|来源|属地|省份|地区|区域|批次|性质|等级|功能区|保护地|被处理"
)

# Column names that are a field only as a task table's column: as a line of prose they head a
# plan's chapter (二、工作目标, 三、整改内容, 五、时间要求), which `words.classify_label` must not
# take for a finding's label.
TABLE_HEADER_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 整改内容 beside the problem: what is to be done about it (alone, the task is read from it)
    ("measures", re.compile(r"整改内容|(?:整改|工作|具体)(?:思路|办法|步骤|路径)")),
    ("problem", re.compile(r"具体任务|工作事项")),
    # what the finished work must reach
    ("target", re.compile(r"(?:工作|预期|完成|整改|验收|销号)(?:目标|标准)")),
    ("lead", re.compile(r"落实(?:单位|部门)")),
    # 时间进度 (a 任务表's last column): when each task is due; a line of prose 时间进度 heads a
    # plan's schedule chapter instead
    ("deadline", re.compile(r"时间要求|^时间进度$")),
    # a 任务分工表's 工作内容 / 主要内容 / 重点工作 column: the task itself (as prose, a plan's chapter)
    ("problem", re.compile(r"(?:工作|主要|任务)内容|重点工作|工作重点")),
    # 实施步骤: the steps each task is carried out by; 节点任务, a quarter's milestones of a yearly task
    ("measures", re.compile(r"实施步骤|节点任务")),
    # 工作内容及进度安排 beside a 工作目标任务 column: the work planned to reach the target, its measures
    ("measures", re.compile(r"工作内容及(?:进度|时间)安排")),
    # 时间安排 / 进度安排 / 进度要求 / 整改时序: each task's schedule, read for its dates
    ("deadline", re.compile(r"(?:时间|进度)安排|进度要求|整改时序")),
    # 责任分工 (“县环保局牵头，县住建局配合”): the units, their roles marked in the cell
    ("lead", re.compile(r"责任分工")),
    # 主要目标 / 完成标志: what the finished task must show
    ("target", re.compile(r"主要目标|完成标志")),
    # 办理进度: how far a case has been handled
    ("progress", re.compile(r"办理进度")),
)

# A column of the people at the head of each row's unit (责任单位主要领导, 牵头部门主要负责人): persons
# named, not the unit itself
UNIT_LEADER_COLUMN = re.compile(r"^(?:责任|牵头|主责)?(?:单位|部门)主要(?:领导|负责人)$")
# A share done a web copy glued to the end of the paragraph before it (“…进入国家库。100%”): the
# progress cell, then the 形象进度 cell
GLUED_SHARE = re.compile(r"(?P<text>.*[。！；;])(?P<share>\d{1,3}(?:\.\d+)?%)$")

# A task that is a full rate to reach (“县控以上断面水质达标率100%”): its name, the rate's own word
FULL_RATE_TASK = re.compile(r"(?P<rate>[\u4e00-\u9fff]{2}率)(?:达到|保持|为)?100%")

# A year before a column's name (2022年度工作内容及进度安排): the plan's year, the name after it says
# what the column holds
YEAR_FIRST = re.compile(r"\d{4}年度?")

# A unit column's mark that it names the cooperating units: 责任单位（配合）, 责任部门(协办)
COOPERATING_MARK = re.compile(r"[（(](?:配合|协办|协助)(?:单位|部门)?[)）]")

# A column of a share done, marked as per cent (整治进度（%）, 完成率(%)): its 100 says the finding is
# done, any less open (a 水源地 整治进展情况统计表 beside, or instead of, 是否完成整治)
PERCENT_DONE_COLUMN = re.compile(r"(?:进度|完成率|完成比例)[（(]%[)）]$|^形象进度$")
# A share done written bare under such a column: 100, or 100.0
WHOLE_PERCENT = re.compile(r"100(?:\.0+)?%?")

# A column of counts: named …数 / …数量, or by a counting word in brackets after the name.
COUNT_COLUMN = re.compile(
    r"(?:数|数量)(?:[（(][^（）()]{1,4}[)）])?$|[（(](?:个|项|件|家|户|处|宗|条|次|人)[)）]$"
)

# A column named by the done state alone, beside one for the open state, each ticked (√) or left blank.
DONE_TICK_COLUMN = re.compile(r"已(?:完成|整改|整改完成|完成整改|办结|销号)")

# A column naming the field of work a row belongs to (领域 | 序号 | 项目名称 …): the rows' section.
# A plan's 重点任务分解表 names the group in a class column (工作类别, 任务分类) or the campaign the rows
# serve (攻坚战役, 专项行动), merged down over its rows; a 巡察 ledger the aspect a problem falls under
# (所属方面: 党的政治建设方面 …).
AREA_COLUMN = re.compile(
    r"^(?:(?:所属|工作|重点)?领域|(?:问题|工作|任务)?类别|(?:问题|工作|任务)分类|(?:所属|问题)方面|攻坚战役|(?:攻坚|专项)行动)$"
)

# A leader column's name that goes on to the units: 责任领导及单位, 牵头领导和责任部门.
AND_UNITS = re.compile(r"[及和与、/](?:责任|牵头)?(?:单位|部门)$")

# The period a progress column reports on, written before its name (至8月10日, 截至9月底, 1-11月份).
PERIOD_FIRST = re.compile(
    r"(?:截至|截止|至)?(?:\d{4}年)?\d{1,2}(?:[-—~－至]\d{1,2})?月(?:份|底|末)?(?:\d{1,2}日)?(?:前|止)?"
)

# “目前进展情况及存在问题” (a province department's 推进情况汇总表): the progress as it stands now,
# its snags named after it, is still the progress column, not a problem column.
PROGRESS_FIRST = re.compile(r"^(?:目前|当前|最新)?(?:进展|推进|完成|落实|办理)情况[、，,及和与]")

# A column of the tasks a problem is broken into (整改任务, 具体任务), not one naming the problem.
TASK_HEADER = re.compile(r"^(?!.*问题).*任务(?:内容)?$")

# Column names that say what a column is other than the task: a place, a kind, a reference, a
# person, a date, a count.
NOT_THE_TASK = re.compile(
    r"(?:类型|类别|编号|号|人|电话|时间|日期|地点|位置|区域|数|率|金额|面积|%|（个）|（项）"
    # a body's name (滕州市人民政府): a form's value beside its label (责任单位 | X | 办理结果 | …)
    r"|政府|局|办事处|管委会|委员会|公司)$"
)

# A column saying what a check on the ground found (核查情况, 调查核实情况, 排查情况 …)
FOUND_COLUMN = re.compile(r"^(?:现场)?(?:核查|调查核实|调查|核实|排查|检查|巡查)(?:发现)?情况$")

CN_NUMBER_CELL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十]{1,3}[)）])[、.．]?$"
)

# A table's own title typed in a row over its header (…整改任务表, …清单, …台账（2024年）).
TABLE_TITLE = re.compile(
    r"(?:表|清单|台账|名单|明细|目录|一览|情况|汇总|统计)(?:[（(][^（）()]*[)）])?$|^附\s*件"
)

GROUP_LEADERS = re.compile(r"\s*[（(](?:牵头|责任|分管|包保|联系|督办)?[县区市]?领导[:：][^（）()]*[)）]\s*$")

# 办理要求 / 报送要求 under a 督办单's list say how to report back, they are no problem
NOTE_CELL = re.compile(
    r"^(?:注|附注|说明|备注|填表说明|填报说明|办理要求|报送要求|反馈要求)(?:\s*[:：]|\s*\d|\s*$)"
)

# 合计 / 小计 with the period or area it sums (本月合计, 本期小计, 全县合计, 以上合计)
TOTAL_CELL = re.compile(
    r"^(?:本[月周季期页批年]度?|全[县市区镇乡省]|以上)?\s*(?:合\s*计|小\s*计|总\s*计|共\s*计)\s*[:：]?$"
)

SIGN_OFF_CELL = re.compile(
    r"^(?:填报|填表|制表|审核|审批|签发|核稿|负责人|单位负责人|分管领导|主要领导|联系人|联系电话|电话|日期"
    r"|填报日期|报送日期|盖章|单位（盖章）"
    # the line over a sheet reported back each quarter (报送单位：… 报送时间：…), as 填报单位
    r"|(?:报送|上报)(?:单位|时间|人)"
    # the line over a checking team's sheet (督查单位：… 督查时间：…): who checked and when
    r"|(?:督查|检查|督导|巡察|调度)(?:单位|时间|日期|组)"
    # a blank left for someone's hand under a checking sheet (检查人员签字：, 场所负责人签名：)
    r"|[^:：，。；\s]{0,10}(?:签字|签名|签章))[^:：]{0,8}[:：]"
)

# A sign-off label filling a cell of its own, its value in the next cell (制表人 | 张三 | 审核人 | …):
# the small table of signatures Word offices put under a task table
SIGN_OFF_LABEL = re.compile(
    r"^(?:填报人|填表人|制表人|审核人|审批人|签发人|核稿人|联系人|联系电话|填报日期|制表日期|报送日期|填报单位|制表单位)$"
)

DATE_ALONE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")

# A line break inside a date of a narrow deadline column (“2020年⏎6月底前”, “2021年6⏎月30日”),
# pressed to wrap the cell; not between two dates (“2020年6月⏎2021年底”).
BROKEN_DATE = re.compile(r"(?<=[\d年月底])[ \t\u3000]*\n\s*(?=\d{1,2}[月日号]|[年月日号底前])")

# A year and month written with a point or dash, alone on a line of a deadline cell: 2019.06,
# 2020-10, 2019.6底前 (a spreadsheet's number 2020.10 shown with two decimals is October).
YEAR_MONTH = re.compile(
    r"^(\s*)((?:19|20)\d\d)\s*[.．\-/]\s*(\d{1,2})(?=\s*(?:月|底|前|$))(月?)", re.MULTILINE
)

# The line that opens an attachment: 附件 / 附件： / 附件1 / 附件一：… (not “附件材料齐全” in prose).
ATTACHMENT = re.compile(r"\s*附\s*件\s*(?:[：:]|$|[0-9０-９一二三四五六七八九十]+\s*(?:[：:．.、]|\s|$))")

# “— 1 —”, “- 2 -”, “第 3 页”: a PDF page's number copied between the rows.
PAGE_NUMBER_LINE = re.compile(
    r"^(?:[—–\-－]\s*\d{1,3}\s*[—–\-－]|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?)$"
)

# “（责任编辑： 某某 ）”, “来源：…”, “（截至…）”: a web page's lines after its table.
COPY_FOOTER = re.compile(r"^[（(]?\s*(?:责任编辑|编辑|审核|来源|截至|截止|扫一扫)\s*[:：]?")


# --- blind set 129: progress tables as a province department and cities publish them ------------

# A status cell written as a row of tick boxes, one option each (“□已验收销号 ☑已完成 □达到时序进度
# □未达时序进度 □尚未启动”): the ticked options are what the cell says; the empty boxes say nothing.
TICK_BOX_OPTION = re.compile(r"([□☐☑☒■√✓✔])\s*([^□☐☑☒■√✓✔\n]+)")
TICKED_BOX = "☑☒■√✓✔"
EMPTY_BOX = "□☐"

# “根据地方统计数据，截至2022年底…基本实现农村集中供水全覆盖。”: a sentence of a measures cell telling
# the state reached by a date reports the result, it is no step taken.
STATE_AS_OF_SENTENCE = re.compile(
    r"^(?:根据[^，,。]{1,20}[，,])?(?:截至|截止)(?:目前|今年|\d{4}年|\d{1,2}月|年底|年末)"
)
# A resident's message and the reply under it as a 信箱 / 留言板 / 网上举报 page lays them out in
# labelled rows: the message's title (“来信标题”, “标题”), its text (“来信内容”, “发言内容”), the reply
# (“办理情况”, “回复内容”) and the page's state of it (“处理状态 处理完成”); the value after the label
# on its row (a tab, a cell, a colon) or on the lines below it. (`plan_parser._parse_message_page`)
MESSAGE_TITLE_LABEL = re.compile(r"(?:来信|留言|信件|诉求|举报)?(?:标题|主题)")
MESSAGE_BODY_LABEL = re.compile(r"(?:来信|留言|发言|诉求|投诉|举报|信件)?内容")
REPLY_BODY_LABEL = re.compile(r"(?:回复|答复|办理|处理)(?:内容|情况|结果|意见)")
MESSAGE_STATE_LABEL = re.compile(r"(?:处理|办理|回复)状态")
# the body named as answering (“回复单位: 荆姚镇”, “回复部门:\t岳阳楼区人民政府”): it leads when no body signs
REPLY_UNIT_LABEL = re.compile(r"(?:回复|答复|办理|处理|承办)(?:单位|部门|机构)")
# the page's other labels on a row with their value (来信人, 姓名, 信件编号 …): they end the value above
MESSAGE_OTHER_LABEL = re.compile(r"(?:来信|写信|留言|回复|答复|信件)?(?:人|姓名|编号|类型|电话|地址|方式)")
# the page's other labels, its dates (来信时间, 留言日期): no part of the value above them
MESSAGE_DATE_LABEL = re.compile(r"(?:时间|日期)$")
# the page's state of the message saying it was dealt with: the finding is done
MESSAGE_HANDLED = re.compile(r"^(?:处理完成|已处理|已办结|办理完毕|已回复并办结)$")
# The same told inline, as a news site retells it: “X就Y进行了回复。 网友留言: … X回复: …” (Y the
# message's question, X the body answering)
MESSAGE_RETOLD = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办事处|管委会|局|分局|中心|委员会))"
    r"就(?P<title>[^。；;！？!?]{4,40}?)(?:进行了?|作出了?|做出了?)?(?:回复|答复)[。.]"
)
MESSAGE_INLINE = re.compile(r"(?:网友|市民|群众|居民)(?:留言|来信|反映)\s*[:：]")
REPLY_INLINE = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办事处|管委会|局|分局|中心|委员会))(?:回复|答复)\s*[:：]"
)
# the body that signs a reply at its end, its date after it: “… 蓬溪县天福镇人民政府 2022年3月23日”
REPLY_SIGNED = re.compile(
    r"(?:^|[\s。；;！!])(?P<unit>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办事处|管委会|局|分局|委员会))"
    r"\s*\d{4}\s*(?:年|-)"
)
# the body a reply says it sent to deal with the message: “我局立即安排馆陶县分局进行调查处理”
REPLY_SENT_TO = re.compile(
    r"安排(?P<unit>[\u4e00-\u9fff]{2,16}?(?:分局|局|人民政府|政府|办事处|中心|大队))"
    r"(?:立即)?(?:进行|开展|负责)?(?:调查|核查|核实|处理|办理)"
)
# a limit the reply reports the party agreed to or was set: “其表态将在2021年5月31日前关停该养猪场”
REPLY_AGREED_LIMIT = re.compile(
    r"(?:将|计划|拟|承诺|表态|限其|责令其?)[^。；;，,]{0,12}?\d{4}年\d{1,2}月\d{1,2}日前[^。；;，,]{0,20}"
)

# A county's public answer to one case handed down (“12月17日接《…专项督察任务交办单》（编号）后，…
# 现将调查处理情况公示如下：”), told in headed parts (一、是否属实 二、区域分布 三、调查核实情况 三、整改
# 处理情况 四、责任追究情况) and closed by “责任单位：A B C”: the parts are the case's fields, not
# findings. (`plan_parser._parse_case_answer`)
CASE_ANSWER_OPENING = re.compile(
    r"接[^。]{0,60}?(?:交办单|转办单|督办单|交办件|转办件|信访件|举报件)[^：:]{0,160}?"
    r"(?:调查处理|查处|处理|办理)(?:结果|情况)[^。：:]{0,8}?(?:公示|报告|通报|公开)如下"
)
# the case's complaint quoted in its verdict: “经现场核实，反映的“X”，部分属实。”
VERIFIED_QUOTE = re.compile(
    r"反映的?(?:问题)?[“\"](?P<complaint>[^”\"]{6,200})[”\"][，,]?\s*(?:基本|部分)?(?:不)?属实"
)
# the part telling what was done with the case (三、整改处理情况, 处理和整改情况)
CASE_ANSWER_HANDLING = re.compile(
    r"^[一二三四五六七八九十]{1,2}[、.．]\s*(?:整改处理|处理整改|处理和整改|整改|处理)情况$"
)
# the answer's closing line naming the units responsible: “责任单位：田庄乡人民政府 县畜牧局 县环保局”
CASE_ANSWER_UNITS = re.compile(r"^责\s*任\s*单\s*位\s*[:：]\s*(?P<units>.+)$")


# --- blind set 137: other inspections' problem lists and their state -------------------------------

# A web page's byline line (“【发布时间：2018-04-28】 【来源：县政府办】”, “发布日期：2025-06-17 16:08来源：
# 市林业局”, “作者：小编”): when and by whom the page was put up, no problem and no unit
_BYLINE_CELL = (
    r"[【\[]?\s*(?:发布时间|发布日期|更新时间|来源|信息来源|作者|编辑|责任编辑|浏览次数|阅读次数|点击次数|点击量|字体)"
    r"\s*[:：][^【】\[\]\n]*?[】\]]?"
)
PAGE_DATELINE = re.compile(rf"^\s*(?:{_BYLINE_CELL}\s*)+$")

# “在督查时发现，所涉及沿线4个乡镇河道都存在生活垃圾未清理现象，主要集中在…”: a news item's one
# problem told as what a check found existing (the places it gathers at are detail)
FOUND_PHENOMENON = re.compile(
    r"(?:督查|检查|暗访|巡查|督导|督察)[^。；;，,]{0,6}?发现[，,：:]\s*"
    r"(?P<problem>[^。；;，,]{2,60}?存在[^。；;，,]{2,30}?(?:现象|情况))(?=[，,。；;]|$)"
)
# “1.安徽省淮南市凤台县政府主导推动…挖湖造景问题。”: a list's item naming its problem; when it is
# the only numbered item of the text (a page cut after its first item), it is the one finding
ITEM_NAMING_PROBLEM = re.compile(r"^(?P<problem>[^。；;]{6,80}?问题)[。.]?$")
# “三、整改落实情况。” ↵ “1.农村户厕建设、使用不规范问题整改情况。”: a report's item heading naming the
# problem whose rectification it tells (its first under a chapter, the page cut after it)
ITEM_RECTIFIED_PROBLEM = re.compile(r"^(?P<problem>[^。；;]{6,80}?问题)的?整改(?:落实)?情况[。.]?$")

# “*月*日，检查组在新庄镇新庄河集市场旧桥上下游发现，有A等问题”: what a check's group found at a place
# it names after itself (the date opening no part of it); the town the place opens on leads
GROUP_FOUND_AT = re.compile(
    r"^(?:[^，,。；;]{0,12}?日[，,]\s*)?(?P<found>(?:检查|督查|暗访|督导|巡查)组在"
    r"(?P<place>(?!各|全|部分|个别|整改)(?:(?P<town>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)))?[^，,。；;]{0,40}?)"
    r"发现[，,：:]?\s*(?:有|存在).*)$",
    re.S,
)
# what the recheck after such a finding saw: cleared (“已经被清理干净”), or not solved (“前期…指出的问题
# 没有得到有效解决”)
RECHECK_CLEARED = re.compile(r"已(?:经)?(?:被)?(?:清理|清除|清运|拆除|整改|整治)(?:干净|完毕|到位|完成)?")
RECHECK_NOT_SOLVED = re.compile(r"没有得到(?:有效)?解决|未(?:得到)?(?:有效)?解决|仍(?:有|然|存在)|依然")

# --- closure reports at town level (blind set 140) ---------------------------------------------
# “（全媒体记者 某某）南林桥镇环境脏乱差，河面垃圾成堆问题在第三期媒体问政节目中曝光后，该镇…”:
# a problem a programme or a paper exposed, titled by what was exposed (a byline before it no part of
# it); the town it opens on is the one “该镇” then puts it right
EXPOSED_PROBLEM = re.compile(
    r"(?:^|[：:）)]\s*)(?P<problem>(?P<town>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))?[^。；;：:（）()“”]{4,60}?)"
    r"问题(?:在|被)[^。；;]{0,30}?曝光"
)
TOWN_REFERRED_BACK = re.compile(r"该(?:镇|乡|街道)")
# “检查组一行来到环保督察期间因环保不达标要求彻底关停的夏裕明养殖场，开展环保督查“回头看”。”: the site a
# check's group visits again, when it names what was wrong there or what it was ordered to do
RECHECK_VISIT = re.compile(
    r"(?:检查|督查|督导|暗访|巡查)组(?:一行)?(?:来到|到|深入|前往)(?P<problem>[^，,。；;]{6,60}?)[，,]\s*"
    r"(?:开展|进行)[^。；;]{0,16}?回头看"
)
RECHECK_SITE_FAULT = re.compile(r"不达标|关停|取缔|违法|违规")
# “（县农林局）到百和镇开展环保不达标养殖场关停情况“回头看””: the town a 回头看 is held in answers for it
RECHECK_IN_TOWN = re.compile(
    r"到(?P<unit>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:开展|进行)[^。；;]{0,30}?回头看"
)
# “经实地查看，确定夏裕明养殖场已经彻底关闭。”: a check saw the site shut: done
CLOSED_ON_RECHECK = re.compile(
    r"经(?:实地|现场)?(?:查看|核查|检查|核实)[，,]\s*(?:确定|确认|发现)?[^。；;]{0,30}?"
    r"已(?:经)?(?:彻底|全部)?(?:关闭|关停|取缔|拆除)(?:到位|完毕)?(?=[。；;]|$)"
)
# “一、场镇车辆乱停乱放、摊位占道经营的问题。”: a numbered heading that frames its problem as “X的问题”
# titles X (not a heading saying whose problems follow, “群众反映的问题”)
FRAMED_PROBLEM_HEADING = re.compile(
    r"(?P<name>[^，。；;：:“”]{6,80}?)(?<!反映)(?<!发现)(?<!指出)(?<!反馈)(?<!交办)(?<!存在)(?<!提出)"
    r"(?<!举报)(?<!投诉)的问题"
)
# “在收到你单位整改通知书后，我镇…，现将整改情况报告如下：”: a body reporting back to its addressee, who
# handed the work down and does not do it
# The reader's warnings that a finding has no lead or no limit: a lead or a limit read after the
# finding's own check (a report's signer at its foot) drops them
LEAD_NOT_READ = "未识别出牵头（责任）单位。"
LIMIT_NOT_WRITTEN = "未写明整改时限。"
REPORTING_BACK = re.compile(r"(?:现将|特将|现就)[^。；;]{0,20}?(?:报告|汇报)如下|收到你(?:单位|局|办|委|部)")
# A report back saying the work on what was handed down is finished: “我单位已把周边建筑垃圾全部清运
# 完毕”, “已将堆放点清理到位” (not “正在清运”, not “清运完毕后…”: no 已)
REPORTED_WORK_DONE = re.compile(
    r"已经?(?:把|将|对)?[^，,。；;]{0,16}?(?:清理|清运|清除|拆除|整治|修复|整改)(?:完毕|到位)"
)
# “…，目前该工地外架密目网已更换，现场材料已码放整齐。”: a report back closing on the state now, every
# clause of it said done (已…); one clause without 已, or 正在 / 尚未 / 部分 …, leaves it open
STATE_NOW = re.compile(r"目前(?P<state>[^。；;！!]{4,80})[。；;！!]")
STATE_NOT_DONE = re.compile(r"正在|尚|未|仍|部分|逐步|继续|推进|%|％")
# “贵办关于对“X”的第50期督办通知已收悉”: a reply quoting the problem the notice handed down
HANDED_DOWN_QUOTED = re.compile(
    r"关于(?:对)?\s*“(?P<problem>[^“”]{6,120})”\s*的?[^。；;“”]{0,20}?(?:督办|交办|转办)(?:通知|函|单)"
    r"[^。；;“”]{0,8}?(?:已收悉|收悉|已收到|收到)"
)
# “反映郭野冲村南边水渠…” under a label “反映人反映的问题”: the label's verb said again, no part of
# what was reported (not “反映强烈的…”, the problem's own words)
REPORTED_VERB_OPENING = re.compile(r"^\s*反映(?!强烈|集中|较多|突出|最多)(?=[\u4e00-\u9fff])")
# “2018-12-24 14:50”: a page's bare date and time, never a problem
BARE_DATELINE = re.compile(
    r"\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)
# --- plans whose tasks are grouped by the body that does them (blind set 143) ---------------------

# “（八）县经济局主要工作任务：” alone on its line: a plan's section listing one body's tasks below it,
# numbered “1、” “2、” or one unnumbered paragraph; the body leads every task of the group
BODY_TASKS_HEADING = re.compile(
    r"^[（(][一二三四五六七八九十百]+[)）]\s*(?P<unit>[\u4e00-\u9fff（）()]{2,24}?)"
    r"(?:的)?(?:主要)?(?:工作)?(?:任务|职责)\s*[：:]?\s*$"
)
# “协助单位：交通局、县城管监察大队。”, “工作协助部门：水务局”: the line closing such a group, whose
# bodies help with each of its tasks
GROUP_HELPERS = re.compile(r"^(?:工作)?(?:协助|配合|协办)(?:单位|部门)\s*[：:]\s*(?P<units>.+?)[。.]?\s*$")

# A 职责清单's header pasted as text with its cells run together by spaces (a forum repost of the
# table): “工作任务和内容 责任单位 配合单位 完成时间”; the rows follow it the same way, each task's text
# ending on a full stop before its unit and its time
SPACED_DUTY_HEADER = re.compile(
    r"(?:工作任务(?:和|及|与)?内容|工作任务|任务内容|工作内容)\s+(?:牵头|责任)(?:单位|部门)\s+"
    r"(?:(?:配合|协助)(?:单位|部门)\s+)?(?:完成(?:时间|时限)|时间要求|时限要求)\s+"
)
# a body's name whose line a cell broke (“县交通 ↵ 运输局”, “县委县政府 ↵ 督查室”): the part with no level
# word of its own goes on the part before it
UNIT_LEVEL_HEAD = re.compile(r"^(?:省|市|州|盟|县|区|旗|镇|乡|街道|各)")

# --- blind set 141: progress records of problems found on a check ---------------------------------

# the one body a check's account names as checking or urging (“芦山县综合行政执法局对县城周边8家建筑
# 施工工地进行检查”, “区建管中心副主任…带领工作人员继续对…整改情况进行督促”): it leads the problems
# listed when the text says they were ordered put right (`FIX_ORDERED`)
CHECKING_BODY = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,16}?(?:中队|大队|分局|局|中心|管委会))"
    r"(?:[^。；;，,]{0,16}?带领[^。；;，,]{0,12}?)?(?:又|再次|继续)?(?:对|到|深入)[^。；;]{2,60}?"
    r"(?:进行了?|开展了?)?(?:检查|督查|巡查|督促)"
)
FIX_ORDERED = re.compile(r"(?:责令|督促)[^。；;]{0,12}?整改|整改[^。；;]{0,12}?(?:进行)?督促")
# “今日整改进度：裸露黄土全部覆盖到位，白色漂浮物已清理，外围环境卫生已安排人员进行保洁。”: the line
# after a run telling each problem's progress in turn, a clause each
PROGRESS_LINE = re.compile(r"^\s*(?:今日|当前|目前)?整改(?:进度|进展|情况)\s*[：:]\s*(?P<progress>.+)$")
PROGRESS_DONE_CLAUSE = re.compile(
    r"(?:已|全部)[^，,；;。]{0,12}?(?:清理|清除|清扫|覆盖|苫盖|拆除|整改|完成|安排|清运|整治|修复|修补|硬化|封堵)|到位|完毕"
)
PROGRESS_OPEN_CLAUSE = re.compile(r"未|尚未|正在|仍|待")
# “我市绿盾2019自然保护地遥感监测问题点位共7个，分别位于A和B范围内，已于…完成整改并申请销号”: a
# notice's problem points counted and where they lie (the subject 我市 and the state after it no part)
POINTS_LOCATED = re.compile(
    r"(?:我市|我县|我区|我镇|我乡)?(?P<problem>[^。；;，,“”]{4,40}?问题(?:点位|图斑|线索)共\s*[0-9一二三四五六七八九十]+\s*"
    r"(?:个|处)[，,]\s*分别位于[^。；;，,]{2,60})"
)
# “，已于去年年底前完成整改并申请销号”: a clause telling a day's work as done already (已于…前), no
# due day of a request
DONE_BY_DAY = re.compile(r"^\s*(?:均|都|全部)?已(?:于|在)")
