"""The header words of Traditional Chinese trackers (Taiwan, Hong Kong), read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``).

A header written without spaces is one word, so each synonym is a whole header
("預定完成日", "負責人"). Taiwan's public works and IT projects (里程碑追蹤表 with 預定, 預估
and 實際完成日, 查核點; 進度表 with 工期 and 前置作業; 風險 registers) are covered, with the
Simplified forms a mainland plan uses where the Japanese module (``headerwords_ja``) has
none; dates in the Minguo calendar (113/09/02) are read by ``dates``. ``ENTITY_WORDS``
holds the names of the kinds of record; ``STATUS_WORDS``, ``PRIORITY_WORDS`` and
``RAG_WORDS`` the words of their cells.
"""

from __future__ import annotations

TRADITIONAL_CHINESE: dict[str, str] = {
    "raid,change_request,lesson: ref": "編號|序號|風險編號|議題編號|問題編號|變更編號|cr編號|申請編號|风险编号|问题编号",
    "milestone: ref": "編號|里程碑編號|查核點編號|序號",
    "task: ref": "編號|序號|任務編號|識別碼|编号|任务编号|序号",
    "task: wbs": "wbs編碼|wbs編號|wbs编码|wbs编号|工作分解結構",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": "專案|專案名稱|計畫|計畫名稱|專案編號|所属项目|本方项目|项目名称|项目编号",
    "project: code": "專案編號|計畫編號|專案代碼|项目编号|项目代码",
    "project: name": "專案名稱|計畫名稱|專案|案名|工程名稱|项目名称",
    "project: manager": "專案經理|專案負責人|計畫主持人|專案主持人|项目经理",
    "project: sponsor": "主辦機關|業主|發包機關",
    "project: department": "承辦單位|主辦單位|部門",
    "project: stage": "階段|專案階段",
    "project: state": "狀態|專案狀態",
    "project: bac": "預算|總預算|核定經費|經費|预算|总投资|投资额|概算",
    "project: start_baseline": "開始日期|預定開工日|開工日|计划开始日期|计划开工日期|开工日期",
    "project: finish_baseline": "結束日期|預定完工日|完工日|计划完成日期|计划投运日期|计划竣工日期|竣工日期|投运日期",
    "project,milestone,task: pct_complete": "完成率|進度|完成百分比|實際進度|執行率|进度|完成度",
    "milestone: name": "里程碑名稱|里程碑|查核點|查核點名稱|重要節點|里程碑名称",
    "milestone: baseline_date": "預定完成日|預定日期|計畫完成日|原定完成日",
    "milestone: forecast_date": "預估完成日|預計完成日|預估日期",
    "milestone: actual_date": "實際完成日|實際日期|完成日期",
    "milestone: critical": "是否為關鍵里程碑|關鍵里程碑|關鍵",
    "milestone,raid,task: owner": "負責人|承辦人|負責同仁|负责人|指派给|执行人",
    "milestone,raid,change_request,lesson,task: status": "狀態|執行狀態|處理狀態|状态|任务状态|处理状态",
    "milestone,raid,task: notes": "備註|說明|備考|备注|说明",
    "raid,change_request,lesson: title": "風險|風險名稱|議題|問題|議題名稱|問題描述|主題|标题|问题描述|风险描述|问题标题|議題標題|事件描述",
    "raid,change_request: description": "風險描述|描述|內容|說明內容|變更說明|变更说明|變更內容|变更内容",
    "change_request: title": "变更名称|变更标题|變更名稱|變更標題|变更事项|變更事項",
    "change_request: decision": "评审结论|审批结论|审批意见|評審結論|審查結論|核定結果",
    "change_request: decision_date": "审批日期|批准日期|评审日期|評審日期|核准日期|審查日期|審核日期|決議日期|决议日期",
    "change_request: impact_cost": "费用影响|成本影响|费用变化|費用影響|成本影響|金額影響",
    "change_request: impact_schedule_days": "工期影响|进度影响|工期影響|進度影響|時程影響",
    "risk,issue,lesson: category": "類別|分類|風險類別",
    "risk: probability": "可能性|發生機率|發生可能性|機率",
    "risk,issue: impact": "影響|影響程度|衝擊",
    "risk,issue: severity": "風險等級|嚴重度|嚴重程度",
    "risk: response_actions": "因應措施|應變措施|處理對策|對策|緩解措施|因應對策|应对措施|应对策略|因應策略|應對策略|应对策略",
    "risk: contingency": "應變計畫|應變方案|应急计划|应变计划",
    "raid,change_request: date_raised": "提出日期|登錄日期|發現日期|建立日期|提報日期|登记日期|提出时间|识别日期|識別日期",
    "raid: due_date": "預定完成日|期限|到期日|完成期限|預計完成日|預計完成日期|预计完成日期|预计完成日|计划关闭日期|計畫關閉日期|要求解决日期|要求解決日期|解决期限|目标解决日期",
    "raid: closed_date": "結案日期|關閉日期",
    "project,raid,change_request,task: priority": "優先順序|優先級|優先等級|优先级",
    "task: name": "任務名稱|工作項目|工作名稱|作業名稱|任務|任务名称|任务|标题",
    "task: start_forecast": "開始日期|開始時間|開始|开始日期|开始时间|开始|预计开始|计划开始|计划开始日期",
    "task: finish_forecast": "完成日期|完成時間|結束日期|完成|结束日期|截止日期|预计结束|计划完成|计划结束|截止时间",
    "task: duration_days": "工期|期間|持续时间",
    "task: predecessors": "前置任務|前置作業",
    "task: resources": "資源名稱|资源名称|資源|资源",
    "lesson: recommendations": "建議|改善建議|經驗教訓",
    "lesson: owner": "負責人|責任人",
    "lesson: date_logged": "記錄日期|登錄日期|紀錄日期",
    "lesson: effect": "影響|影響說明",
    "lesson: causes": "根本原因|原因",
    "lesson: category": "類別|分類",
    "resource: name": "姓名|人員|成員",
    "resource,allocation: role_id": "角色|職稱|職務|岗位|职务",
    "task: start_actual": "实际开始|实际开始日期",
    "task: finish_actual": "实际完成|实际结束|实际完成日期",
    "task: parent_ref": "父任务|上级任务",
    # -- simplified Chinese decision logs and benefits registers (mainland R&D centres) --
    "decision: ref": "决策编号|编号|序号",
    "decision: decision_date": "会议日期|决策日期|评审日期",
    "decision: title": "议题|决策事项|事项",
    "decision: decision": "决策内容|决议|决定|决策结论|決策結論",
    "decision: options": "备选方案|可选方案|方案",
    "decision: rationale": "决策依据|理由|依据",
    "decision: decided_by": "决策人|决策者|批准人",
    "decision,action: owner": "执行负责人|负责人|责任人",
    "decision,action: due_date": "完成时限|截止日期|完成期限|计划完成日期",
    "decision,action: status": "状态|执行状态",
    "action: title": "行动项|行动内容|待办事项|事项",
    "benefit: ref": "效益编号|编号",
    "benefit: title": "效益名称|效益|效益項目|效益项目",
    "benefit: benefit_type": "效益类型|类型|财务 非财务",
    "benefit: measure": "衡量指标|指标|考核指标",
    "benefit: baseline_value": "基线值|基准值|现状值",
    "benefit: target_value": "目标值",
    "benefit: target_date": "目标日期|实现日期",
    "benefit: owner": "效益负责人|负责人",
    "benefit: status": "状态",
    # -- simplified Chinese programme registers (ports, airports): dependencies between
    # projects, project lists, staff lists and weekly plans --------------------------------
    "dependency: ref": "依赖编号|编号|序号",
    "dependency: title": "依赖事项|依赖内容|依赖关系|依赖项",
    "dependency: description": "详细说明|说明|描述",
    "dependency: counterparty": "对方项目|依赖方|提供方|相关项目|对接项目",
    "dependency: direction": "方向|依赖方向",
    "dependency: need_by_date": "需要日期|需求日期|需要时间|需求时间",
    "dependency,risk,issue,action: owner": "责任人|负责人",
    "resource: team": "班组|团队|部门|小组",
    "resource: cost_rate": "小时费率|费率|人工费率|日费率",
    "resource: manager": "直属主管|主管|上级",
    "resource: fte": "在岗fte|fte|工时占比",
    "resource: location": "作业区域|工作地点|地点",
    "allocation: resource_id": "姓名|人员|员工",
    "change_request: requester": "提出人|申請人|申请人",
    "change_request: approver": "核准人|批准人|审批人|審核人",
    "change_request,raid: status": "審核狀態|审批状态|当前状态|目前狀態",
    "issue: resolution": "解决措施|解決措施|处理结果|處理結果",
    "risk: response": "应对策略|應對策略",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("專案", "專案清單", "專案總覽", "計畫",),
    "risk": ("風險", "風險管理", "風險登錄表",),
    "issue": ("議題", "問題追蹤", "議題追蹤",),
    "action": ("待辦事項", "行動項目", "追蹤事項",),
    "milestone": ("里程碑", "里程碑追蹤", "里程碑追蹤表", "查核點",),
    "task": ("進度表", "工作計畫", "甘特圖", "時程表",),
    "lesson": ("經驗教訓", "經驗學習",),
    "financial": ("預算", "經費",),
    "decision": ("决策记录", "决策", "决议"),
    "benefit": ("效益登记册", "效益", "效益登记"),
}

# Status words of the cells → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "已完成": "done",
    "完成": "done",
    "進行中": "in_progress",
    "執行中": "in_progress",
    "未開始": "open",
    "尚未開始": "open",
    "延遲": "overdue",
    "落後": "overdue",
    "逾期": "overdue",
    "暫停": "deferred",
    "取消": "cancelled",
    "已取消": "cancelled",
    "已關閉": "closed",
    "關閉": "closed",
    "結案": "closed",
    "開啟": "open",
    "待處理": "pending",
    "如期": "on_track",
    "正常": "on_track",
    "依進度": "on_track",
    "核定": "approved",
    "已核准": "approved",
    "核准": "approved",
    "駁回": "rejected",
    "已駁回": "rejected",
    "已驳回": "rejected",
    "審核中": "under_assessment",
    "審查中": "under_assessment",
    "評估中": "under_assessment",
    "已撤回": "withdrawn",
    "撤回": "withdrawn",
    "待審核": "submitted",
    "已提出": "submitted",
    "已批准": "approved",
    "監控中": "monitoring",
    "已解決": "resolved",
}

# Levels of a priority, a likelihood or an impact.
PRIORITY_WORDS: dict[str, str] = {
    "極高": "critical",
    "高": "high",
    "中": "medium",
    "低": "low",
}

# RAG colours.
RAG_WORDS: dict[str, str] = {
    "綠": "green",
    "綠燈": "green",
    "黃": "amber",
    "黃燈": "amber",
    "紅": "red",
    "紅燈": "red",
}

# The months, January first (each string the forms of one month).
MONTHS: tuple[str, ...] = (
    "一月 1月",
    "二月 2月",
    "三月 3月",
    "四月 4月",
    "五月 5月",
    "六月 6月",
    "七月 7月",
    "八月 8月",
    "九月 9月",
    "十月 10月",
    "十一月 11月",
    "十二月 12月",
)

# What a total row's label begins with.
TOTAL_WORDS: tuple[str, ...] = ("合計", "總計", "小計",)
