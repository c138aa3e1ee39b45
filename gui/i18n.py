"""Interface text in English and Traditional Chinese.

Contract: this is the ONE translation table of the viewer, its dialogs and the exported images.
:func:`tr` takes the English string (the key) and returns it in the current language; :func:`translate`
does the same for a given language (the image exporter's); unknown keys come back unchanged, so English
never needs an entry. :func:`set_language` switches between
``"en"`` and ``"zh"``; :func:`system_language` follows ``QLocale.system()``. Strings may contain
``{name}`` fields, formatted by the caller after translation.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "zh")

ZH: dict[str, str] = {
    # menus
    "&File": "檔案(&F)", "&Edit": "編輯(&E)", "&View": "檢視(&V)", "&Navigate": "瀏覽(&N)", "&Help": "說明(&H)",
    "Open Recent": "最近開啟", "Lanes": "泳道", "Language": "語言", "Theme": "佈景主題", "Zoom": "縮放",
    "Light": "淺色", "Dark": "深色", "System": "跟隨系統", "English": "English", "繁體中文": "繁體中文",
    "By actor": "依人物/機構", "By article": "依文章", "By tag": "依標籤",
    # actions
    "Open…": "開啟…", "Open Folder…": "開啟資料夾…", "Open Sample": "開啟範例", "Save": "儲存",
    "Save As…": "另存新檔…", "Export Image…": "匯出圖片…", "Quit": "結束", "Undo": "復原", "Redo": "重做",
    "Find…": "尋找…", "Clear": "清除", "Rename Event…": "重新命名事件…", "Re-date Event…": "修改日期…",
    "Delete Event": "刪除事件", "Add Event…": "新增事件…", "Merge Events": "合併事件", "Split Event": "拆分事件",
    "Move to Lane…": "移至泳道…", "Zoom In": "放大", "Zoom Out": "縮小", "Fit All": "顯示全部",
    "Fit Selection": "縮放至選取", "Decade": "十年", "Year": "年", "Month": "月", "Week": "週", "Day": "日",
    "Previous Event": "上一個事件", "Next Event": "下一個事件", "Previous Lane": "上一條泳道",
    "Next Lane": "下一條泳道", "First Event": "第一個事件", "Last Event": "最後一個事件",
    "Show Source": "顯示原文", "Next Panel": "下一個面板", "Previous Panel": "上一個面板",
    "Keyboard Shortcuts": "鍵盤快速鍵", "Close": "關閉",
    # descriptions
    "Open a corpus (.txt, .md, .html) or a project file": "開啟語料（.txt、.md、.html）或專案檔",
    "Open a folder of articles": "開啟文章資料夾", "Open the built-in sample corpus": "開啟內建範例語料",
    "Save the project": "儲存專案", "Save the project under a new name": "以新名稱儲存專案",
    "Export the timeline as PNG, SVG or PDF": "將時間軸匯出為 PNG、SVG 或 PDF",
    "Quit the viewer": "結束檢視器", "Undo the last edit": "復原上一個編輯", "Redo the undone edit": "重做已復原的編輯",
    "Search text, actor and date range": "搜尋文字、人物與日期範圍",
    "Clear the search, or the selection": "清除搜尋或選取",
    "Rename the selected event": "重新命名選取的事件", "Change the date and precision of the selected event": "修改選取事件的日期與精確度",
    "Delete the selected events": "刪除選取的事件", "Add a new event": "新增事件",
    "Merge the events selected in the list": "合併清單中選取的事件",
    "Split a merged event into one event per mention": "將合併的事件依提及拆分",
    "Move the selected event to another lane": "將選取的事件移至其他泳道",
    "Zoom in on the time axis": "放大時間軸", "Zoom out on the time axis": "縮小時間軸",
    "Fit all events in the view": "顯示所有事件", "Fit the selected event in the view": "縮放至選取的事件",
    "Show ten years": "顯示十年", "Show one year": "顯示一年", "Show one month": "顯示一個月",
    "Show one week": "顯示一週", "Show one day": "顯示一天",
    "Select the previous event in time": "選取時間上前一個事件", "Select the next event in time": "選取時間上後一個事件",
    "Move to the lane above": "移至上一條泳道", "Move to the lane below": "移至下一條泳道",
    "Select the first event": "選取第一個事件", "Select the last event": "選取最後一個事件",
    "Open the source panel at the mention": "在原文面板中顯示提及處",
    "Cycle focus: canvas, list, source": "切換焦點：時間軸、清單、原文", "Cycle focus backwards": "反向切換焦點",
    "Show this sheet": "顯示本表",
    # panels and columns
    "Events": "事件", "Source": "原文", "Details": "詳細資料", "Overview": "總覽",
    "Date (as written)": "日期（原文）", "Normalized": "標準化", "Precision": "精確度", "Title": "標題",
    "Actors": "人物/機構", "Sources": "來源數", "Tags": "標籤", "Lane": "泳道", "Mentions": "提及",
    "Summary": "摘要", "Articles": "文章",
    # precisions
    "century": "世紀", "decade": "十年", "year": "年", "half": "半年", "quarter": "季", "month": "月",
    "xun": "旬", "week": "週", "day": "日", "season": "季節", "time": "時刻", "approximate": "約略",
    # search
    "Search": "搜尋", "Text": "文字", "Actor": "人物", "From": "從", "To": "至",
    "{n} of {total} events": "{total} 個事件中的 {n} 個",
    # status and dialogs
    "Ready": "就緒", "Loading {name}…": "正在載入 {name}…", "Cancel": "取消", "Loading cancelled": "已取消載入",
    "{n} events, {s} articles": "{n} 個事件，{s} 篇文章",
    "Some files could not be read": "部分檔案無法讀取",
    "These files were skipped; the others were loaded:": "以下檔案已略過，其餘檔案已載入：",
    "Could not open": "無法開啟", "Could not save": "無法儲存", "Autosave failed: {error}": "自動儲存失敗：{error}",
    "File changed on disk": "檔案已在磁碟上變更", "Overwrite": "覆寫",
    "{name} was changed by another window or program since you opened it. Saving now would replace those changes.":
        "{name} 在您開啟後已被其他視窗或程式變更。現在儲存會取代那些變更。",
    "No CJK font is installed: Chinese text may show as boxes.": "未安裝中日韓字型：中文可能顯示為方框。",
    "Unsaved changes": "未儲存的變更", "Save changes to {name} before closing?": "關閉前要儲存對 {name} 的變更嗎？",
    "Recover unsaved work?": "要復原未儲存的工作嗎？",
    "The viewer closed without saving. Restore the edits autosaved at {when}?": "檢視器未儲存即關閉。要還原 {when} 自動儲存的編輯嗎？",
    "Restored autosaved edits": "已還原自動儲存的編輯", "Autosaved": "已自動儲存", "Saved {name}": "已儲存 {name}",
    "Untitled": "未命名", "New title:": "新標題：", "Date (YYYY, YYYY-MM, YYYY-MM-DD or A/B):": "日期（YYYY、YYYY-MM、YYYY-MM-DD 或 A/B）：",
    "Approximate": "約略", "Lane name:": "泳道名稱：", "Invalid date": "日期無效",
    "New event": "新事件", "Rename {title}": "重新命名 {title}", "Re-date {title}": "修改日期 {title}",
    "Delete {n} events": "刪除 {n} 個事件", "Add {title}": "新增 {title}", "Merge {n} events": "合併 {n} 個事件",
    "Split {title}": "拆分 {title}", "Move {title} to {lane}": "將 {title} 移至 {lane}",
    "Select at least two events in the list to merge.": "請在清單中選取至少兩個事件以合併。",
    "This event has only one mention.": "此事件只有一個提及。",
    "Image export is not available yet.": "圖片匯出功能尚未提供。",
    "No event matches {text!r}": "沒有符合 {text!r} 的事件",
    "{n} events": "{n} 個事件", "1 event": "1 個事件", "1 statement": "1 則陳述", "{n} statements": "{n} 則陳述", "1 reference": "1 個參照日期", "{n} references": "{n} 個參照日期", "1 article": "1 篇文章", "{n} articles": "{n} 篇文章",
    "Hide lanes without hits": "隱藏沒有結果的泳道", "+{n} more: click the marker to zoom in": "另有 {n} 個：點擊標記放大", "Exported {path} ({size})": "已匯出 {path}（{size}）", "No event selected": "未選取事件",
    "Select an event on the timeline or in the list to read the article it comes from.":
        "在時間線或清單中選取一個事件，即可閱讀它出自的文章。", ", ": "，", "Key": "按鍵", "Action": "動作", "Description": "說明",
    "Open corpus or project": "開啟語料或專案", "Save project": "儲存專案",
    "Corpus and projects": "語料與專案", "All files": "所有檔案",
    "No selection": "未選取", "Article": "文章", "Date": "日期", "Kind": "類型", "Confidence": "信心度",
    "Edited": "已編輯", "yes": "是", "no": "否",
    "more lanes": "條泳道未顯示",
    "Shift+wheel or Up/Down scrolls the lanes": "Shift+滾輪或上/下鍵可捲動泳道",
    "Compact Time Scale": "壓縮時間軸", "Collapse stretches without events into marked breaks": "將沒有事件的時段收合為標示的斷點",
    "Show Statements in the List": "在清單中顯示陳述",
    "List dated sentences that tell no happening (never drawn on the timeline)":
        "列出有日期但未敘述事件的句子（不會畫在時間線上）",
    "(no actor)": "（未歸類）", "(no article)": "（無文章）", "(no tag)": "（無標籤）",
    # image export dialog
    "Export Image": "匯出圖片", "Whole timeline": "整條時間軸", "Current view": "目前檢視範圍",
    "pixel ratio": "像素倍率", "Actor|lanes": "人物/機構", "All": "全選", "None": "全不選",
    "timeline.png, .svg or .pdf": "timeline.png、.svg 或 .pdf", "Browse…": "瀏覽…", "Range": "範圍",
    "Width": "寬度", "Lanes by": "泳道依據", "File": "檔案", "Export": "匯出",
    "{0} exists. Replace it?": "{0} 已存在，要取代嗎？", "Choose an output file.": "請選擇輸出檔案。",
    "Check at least one lane.": "請至少勾選一條泳道。",
    "The file name must end in .png, .svg or .pdf.": "檔名必須以 .png、.svg 或 .pdf 結尾。",
    "= {0} px wide (PNG)": "＝ PNG 寬 {0} 像素", "Preset": "預設尺寸", "Custom": "自訂",
    "Web (1200 px)": "網頁（1200 像素）", "A4 landscape (PDF pages)": "A4 橫向（PDF 分頁）",
    "Letter landscape (PDF pages)": "Letter 橫向（PDF 分頁）", "Time axis": "時間軸", "Automatic": "自動",
    "Linear": "等比例", "Compact (collapse empty stretches)": "壓縮（略去空白時段）",
    "Compact: stretches without events collapse into marked breaks and dense periods get room; Automatic picks "
    "it when the events are very unevenly spread.": "壓縮：沒有事件的時段收合為標示的斷點，密集時段獲得更多空間；"
    "事件分布極不均勻時「自動」會選用壓縮。",
    # exported images
    "Timeline": "時間軸", "Lanes: {mode}": "泳道：{mode}", "Grouped events (too dense to label)": "密集事件（無法逐一標示）",
    "Sources|list": "資料來源", "No events in this range.": "此範圍內沒有事件。", "… and {n} more": "……等另 {n} 項",
    "Compact time scale: shaded bands marked // skip stretches without events; a dashed line marks a change of "
    "scale.": "壓縮時間軸：標有 // 的灰色區段略去了沒有事件的時段；虛線表示比例改變。",
}

ZH.update({  # story dates (publication dates of the loaded stories)
    "Story date": "報道日期", "no date": "無日期", "metadata": "中繼資料", "file name": "檔名", "dateline": "電頭",
    "inferred": "推斷", "set by you": "使用者設定", "unknown": "未知",
    "{n} relative dates unresolved": "{n} 個相對日期未能解析", "Set Story Date…": "設定報道日期…",
    "Give this story its publication date; its relative dates are resolved again": "設定這篇報道的發布日期；重新解析其相對日期",
    "Set date of {title}": "設定「{title}」的日期", "Select an event to choose its story first.": "請先選取事件以選擇其報道。",
    "Publication date of “{title}” (YYYY-MM-DD, empty: no date):": "「{title}」的發布日期（YYYY-MM-DD，留空：無日期）：",
    "Not a date (YYYY-MM-DD): {text}": "不是日期（YYYY-MM-DD）：{text}",
    "1 story without a date": "1 篇報道無日期", "{n} stories without a date": "{n} 篇報道無日期",
    "Relative date not resolved: the story has no date": "相對日期未解析：報道沒有日期",
})

_current = "en"


def set_language(lang: str) -> None:
    """Switch the interface language (``en`` or ``zh``; anything starting with ``zh`` means Chinese)."""
    global _current
    _current = "zh" if lang.lower().startswith("zh") else "en"


def language() -> str:
    return _current


def translate(text: str, lang: str | None = None) -> str:
    """``text`` (English) in ``lang`` (``None``: the interface language). An English key may carry a
    context after ``|`` ("Actor|lanes") when one English word needs two translations; the context is
    never shown."""
    lang = _current if lang is None else lang
    shown = text.split("|", 1)[0]
    if lang == "zh":
        return ZH.get(text, ZH.get(shown, shown) if "|" in text else shown)
    return shown


def tr(text: str) -> str:
    """``text`` (English) in the current language."""
    return translate(text, _current)


def plural(n: int, one: str, many: str) -> str:
    """``tr(one)`` when ``n == 1``, else ``tr(many)`` with ``{n}`` filled ("1 event", "3 events")."""
    return tr(one) if n == 1 else tr(many).format(n=n)


def system_language() -> str:
    """``zh`` when the system locale is Chinese, else ``en`` (needs Qt; imported lazily)."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"
