"""Traditional Chinese characters → simplified, for comparing words.

Taiwan's and Hong Kong's trackers write "負責人", "目標值", "類別"; the mainland's "负责人",
"目标值", "类别". ``vocab.norm`` reads both as the simplified, so one list of words serves
both scripts (and a header in one script matches a word written in the other). Only the
characters a tracker's headers and status words use are here, in pairs (traditional,
simplified)."""

from __future__ import annotations

_PAIRS = (
    "風风險险題题問问編编號号碼码務务稱称狀状態态備备註注說说開开結结預预關关鍵键閉闭決决議议執执動动變变審审時时間间週周經经驗验訓训續续優优順顺級级處处應应對对緩缓"
    "減减輕轻轉转規规迴回報报單单門门負负擔担責责資资員员數数據据額额費费總总億亿萬万幣币價价與与達达現现發发見见錄录記记進进設设計计劃划畫划線线區区專专請请選选擇择"
    "點点類类別别衝冲擊击嚴严機机條条環环節节檢检測测試试係系統统後后監监標标準准項项長长種种購购約约屬属職职們们個个為为這这裡里歷历層层廠厂產产業业營营運运網网頁页"
    "貨货庫库帳账戶户財财銷销廣广會会雙双邊边傳传遞递須须滿满體体質质權权適适當当斷断將将細细團团隊队換换齊齐階阶礎础證证書书參参啟启實实績绩兌兑遲迟暫暂擱搁駁驳樣样"
    "紀纪詳详簡简際际勢势識识聯联絡络郵邮話话電电腦脑隨随損损誤误錯错範范圍围內内擬拟導导組组織织貢贡獻献買买賣卖場场觀观評评討讨論论確确認认簽签訂订餘余雲云遷迁維维"
    "護护軟软頻频況况舊旧響响緊紧觸触"
)
SIMPLIFIED: dict[int, str] = {ord(t): s for t, s in zip(_PAIRS[::2], _PAIRS[1::2])}
