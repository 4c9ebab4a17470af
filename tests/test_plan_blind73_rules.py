"""Rules the reader learnt from blind set 73 (issue 14, docs/decisions.md “Blind set 73”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 73`)."""

from __future__ import annotations

from intake.deadline_text import parse_deadline_field
from intake.plan_parser import parse_plan_text


def test_a_time_limit_cell_of_bare_li_ji_is_immediate():
    assert [d.kind for d in parse_deadline_field("立即")] == ["immediate"]
    assert parse_deadline_field("立即清理河道垃圾，恢复原貌") == []


_CELLS = """某县河道问题整改情况公示
现将整改情况公示如下：
序号
点位
存在问题
整改措施
责任单位
整改时限
整改情况
1
甲镇某砂场
河道内有建筑垃圾
1.清运垃圾；2.设置警示牌
甲镇人民政府
2019年5月31日前
已完成
2
乙镇某洗砂点
洗砂废水直排河道
1.关停洗砂设备；2.清理沉淀池淤泥；3.依法查处违法排污行为
县环保局、乙镇人民政府
2019年6月30日前
已完成
　　公示期间如有异议，请向县水利局反映。
某县水利局
2019年6月5日
【打印本页】【关闭窗口】
"""


def test_a_table_copied_one_cell_per_line_ends_before_the_notice_closing_it():
    last = parse_plan_text(_CELLS).findings[-1]
    assert last.title == "洗砂废水直排河道"
    assert last.lead_units == ["县环保局", "乙镇人民政府"]
    assert [d.text for d in last.deadlines] == ["2019年6月30日前"]
    assert last.progress == "已完成"


_NOTICE = """某县关于省级生态环境保护督察反馈问题整改落实情况的公示
现将阶段性整改落实情况公示如下：
（一）甲镇部分砂石料场生态修复不到位。（牵头单位：县自然资源局；完成时限：2025年10月底前）
整改措施：一是编制修复方案；二是实施覆土复绿。
整改进展：已完成边坡整形，正在实施覆土复绿，目前序时推进。
（二）乙镇养殖场粪污贮存设施防渗不到位。（牵头单位：县农业农村局；完成时限：2025年6月底前）
整改措施：一是逐场排查；二是完成防渗改造。
整改进展：已全部完成防渗改造，已完成整改。
（三）县城餐饮油烟在线监控覆盖率低。（牵头单位：县市场监督管理局；完成时限：2025年12月底前）
整改措施：一是安装在线监控；二是加强运行检查。
整改进展：已安装在线监控28家，正在推进。
"""


def test_a_progress_closing_on_work_going_on_stays_open_under_a_notice_of_completion():
    statuses = [f.status for f in parse_plan_text(_NOTICE).findings]
    assert statuses == [None, "completed", None]
