"""The header words of Japanese and Chinese trackers, read as ``headerwords.FIELDS`` is
(each line ``"scopes: field": "synonym|synonym|…"``).

Headers and these words are compared normalised (``vocab.norm``), both the same way: a
header written without spaces is one word, so each synonym here is a whole header
("担当者", "見込日"). Japanese first, then the Simplified Chinese a mainland team writes;
``ENTITY_WORDS`` holds the names of the kinds of record (sheet and title words).
"""

from __future__ import annotations

JAPANESE: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": "番号|管理番号|項番|識別子|リスク番号|課題番号|编号|序号",
    "milestone: ref": "番号|管理番号|項番|编号|序号",
    "task: ref": "番号|管理番号|項番|wbs番号|编号|序号|任务编号",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "プロジェクト|プロジェクト名|案件名|案件|项目|项目名称"),
    "project: code": "プロジェクトコード|プロジェクト番号|案件番号|项目编号|项目代码",
    "project: name": "プロジェクト名|案件名|件名|名称|项目名称|项目",
    "project: sponsor": "スポンサー|発注者|オーナー|发起人|项目发起人",
    "project: manager": (
        "プロジェクトマネージャー|プロジェクト責任者|責任者|项目经理|项目负责人|pjmo責任者|pmo責任者|"
        "事業責任者|担当責任者"),
    "project: stage": "フェーズ|工程|段階|阶段|项目阶段",
    "project: state": "状態|ステータス|状态",
    "project: start_baseline": "開始日|開始予定日|着手日|开始日期|计划开始日期",
    "project: finish_baseline": "終了日|終了予定日|完了予定日|納期|结束日期|计划完成日期|完了予定|完了予定 当初|当初完了予定",
    "project: finish_forecast": "完了予定 見込|完了予定 見込み|完了見込|完了見込み|見込完了日|完了見込日",
    "project: department": "所管部局|所管|担当部局|部局|部署|担当部署|所管課",
    "project: finish_actual": "完了日|実績完了日|实际完成日期",
    "project: bac": "予算|承認予算|総予算|预算|总预算|予算額|事業予算|予算総額",
    "project,milestone,task: pct_complete": "進捗率|進捗|完了率|进度|完成率|完成百分比",
    "project: rag_overall": "総合評価|全体状況|総合状況|整体状态|综合评价",
    "project: summary": "備考|コメント|所見|备注|说明",
    "project,raid,change_request: description": "説明|概要|詳細|描述|详细描述|内容・想定される事象|想定される事象|想定事象",
    "raid,change_request,lesson: title": (
        "件名|タイトル|リスク|課題|リスク名|課題名|内容|事象|风险|问题|风险描述|问题描述|标题|リスク項目|項目|リスク事象|"
        "リスク内容|課題内容|問題内容|事象内容"),
    # -- dates, people, states --------------------------------------------------------
    "milestone,raid: owner": "担当者|担当|責任者|主担当|负责人|责任人",
    "milestone,raid,change_request,lesson: status": "状況|ステータス|状態|進捗状況|状态",
    "milestone,raid: notes": "備考|コメント|备注",
    "raid,change_request: raised_by": "起票者|報告者|登録者|提出人|报告人",
    "lesson: logged_by": "起票者|登録者|記入者|作成者",
    "raid,change_request: date_raised": "起票日|登録日|発生日|識別日|提出日期|登记日期",
    "raid: due_date": "期限|対応期限|期日|目標日|截止日期|计划解决日期",
    "raid: closed_date": "完了日|クローズ日|解決日|关闭日期|解决日期",
    "project,raid,change_request,lesson,task: priority": "優先度|优先级",
    "risk: probability": "発生確率|発生可能性|確率|可能性|发生概率|概率",
    "risk,issue,assumption,dependency: impact": "影響度|影響|影响|影响程度",
    # a supplier dependency list (依存関係一覧): the item, the other side, which way, when
    "dependency: title": "依存事項|依存内容|依存項目|依存関係|依存事项",
    "dependency: counterparty": "サプライヤー|相手先|サプライヤー 相手先|依存先|提供元|供給元|供应商",
    "dependency: direction": "区分|方向|受入 提供",
    "dependency: need_by_date": "必要日|必要期日|必要時期|需要日期",
    "risk: response": "対応方針|应对策略",
    "risk: response_actions": "対応策|対策|軽減策|应对措施|缓解措施|対策・低減策|低減策|対策内容",
    "risk,issue,lesson: category": "カテゴリ|分類|種別|类别|分类|区分",
    # -- plans ------------------------------------------------------------------------
    "milestone: name": "マイルストーン|マイルストーン名|节点|里程碑|里程碑名称",
    "milestone: baseline_date": "計画日|当初計画日|基準計画日|计划日期|基准日期|基準日|基準日付|ベースライン日",
    "milestone: forecast_date": "見込日|予定日|予測日|预计日期|预测日期",
    "milestone: actual_date": "実績日|実施日|实际日期|实际完成日期",
    "task: name": "タスク|タスク名|作業|作業名|作業項目|任务|任务名称|工作内容",
    "task: start_forecast": "開始|開始日|开始|开始时间|予定 開始日|予定開始日|開始予定|计划开始|予定開始|開始予定日",
    "task: finish_forecast": "終了|終了日|完成|完成时间|结束时间|予定 終了日|予定終了日|終了予定|计划完成|予定終了|終了予定日",
    "task: duration_days": "期間|所要日数|工期|日数|予定日数",
    "task: predecessors": "先行タスク|先行作業|前置任务|先行|先行タスク番号",
    # -- people and money -------------------------------------------------------------
    "resource: name": "氏名|名前|担当者名|メンバー|姓名|人员",
    "allocation: resource_id": "氏名|担当者名|メンバー|姓名|人员",
    "resource,allocation: role_id": "役割|役職|ロール|角色|岗位|职位",
    "resource: team": "部署|所属|チーム|部門|部门|团队",
    "resource: email": "メールアドレス|メール|邮箱|电子邮件",
    "resource: cost_rate": "単価|時間単価|单价",
    "financial: planned": "計画|計画額|预算金额|计划",
    "financial: actual": "実績|実績額|实际|实际金额",
    "financial: forecast": "見込|見通し|预测",
    "financial: category": "費目|科目|费用类别|科目名称",
    "task: owner": "担当者|担当|責任者|负责人",
    "task: status": "状態|状況|ステータス|状态",
    "task: notes": "備考|コメント|备注",
    "task: start_actual": "実績 開始日|実績開始日|開始実績|实际开始",
    "task: finish_actual": "実績 終了日|実績終了日|終了実績|实际完成",
    "milestone: critical": "クリティカル|クリティカルパス|重要マイルストーン",
    # -- stakeholder registers ----------------------------------------------------------
    "stakeholder: name": "氏名|名前|ステークホルダー名|関係者名|ステークホルダー",
    "stakeholder: organisation": "所属組織|所属|組織|組織名|会社名|団体名",
    "stakeholder: position": "役職|職位",
    "stakeholder: role_in_project": "プロジェクトにおける役割|プロジェクトでの役割|役割",
    "stakeholder: power": "影響力|権限|影響度",
    "stakeholder: interest": "関心度|関心|関心の高さ",
    "stakeholder: current_engagement": "現在の関与度|現在の関与|現状の関与度",
    "stakeholder: desired_engagement": "目標関与度|目標の関与度|望ましい関与度|あるべき関与度",
    "stakeholder: channel": "主な連絡手段|連絡手段|コミュニケーション手段",
    "stakeholder: frequency": "頻度|連絡頻度",
    "stakeholder: relationship_owner": "担当者|窓口担当|対応者",
    "stakeholder: contact": "連絡先",
    "stakeholder: notes": "備考|メモ",
    "risk: severity": "リスクレベル|リスクランク|重大度|重要度|リスク値|リスクスコア",
    # -- lessons (振り返り): what happened, its effect, its cause, what to do next time ---
    "lesson: event": "事象|何が起きたか|出来事|発生した事象|事実",
    "lesson: effect": "影響|影響内容|结果",
    "lesson: causes": "原因|根本原因|要因|真因",
    "lesson: recommendations": "提言|改善策|次回への改善策|今後への提言|再発防止策|建议",
    "lesson: owner": "担当|担当者|記入者|责任人",
    "lesson: date_logged": "登録日|記録日|記入日|登记日期",
    "issue: resolution": "対応内容|対応結果|対策内容|対応策",
    "issue: description": "課題内容|課題詳細|詳細",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("プロジェクト一覧", "案件一覧", "ポートフォリオ", "项目清单", "项目列表"),
    "risk": ("リスク", "リスク管理表", "リスク一覧", "风险", "风险登记册"),
    "issue": ("課題", "課題管理表", "課題一覧", "问题", "问题清单"),
    "decision": ("決定事項", "决策"),
    "action": ("アクション", "宿題", "行动项"),
    "change_request": ("変更管理", "変更要求", "変更依頼", "变更", "变更请求"),
    "lesson": ("教訓", "振り返り", "经验教训"),
    "milestone": ("マイルストーン", "マイルストーン管理表", "里程碑"),
    "task": ("スケジュール", "工程表", "タスク一覧", "作業計画", "进度计划", "任务清单"),
    "financial": ("予算", "予算管理表", "预算"),
    "resource": ("要員", "メンバー一覧", "人员"),
    "allocation": ("要員計画", "稼働計画", "アサイン表", "资源计划"),
}
