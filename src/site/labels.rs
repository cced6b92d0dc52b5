//! Every UI label, in one place. Report content never lives here: it comes
//! from the snapshot.

use crate::report::identity::Kind;
use crate::report::model::{DiscrepancyKind, EventKind, Level};
use crate::site::routes::Page;

pub const SITE_NAME: &str = "イクレイ日本 活動報告";
pub const SKIP_TO_CONTENT: &str = "本文へスキップ";
pub const MENU: &str = "メニュー";
pub const MAIN_NAV: &str = "メインメニュー";
pub const CLOSE_MENU: &str = "メニューを閉じる";
pub const BREADCRUMBS: &str = "パンくずリスト";
pub const PAGER: &str = "前後のページ";
pub const PREVIOUS: &str = "前へ";
pub const NEXT: &str = "次へ";
pub const COPY_LINK: &str = "リンクをコピー";
pub const COPIED: &str = "リンクをコピーしました";
pub const COPY_FAILED: &str = "コピーできませんでした。アドレスを選択してコピーしてください";
/// The header's switch between dark and light (pressed: dark).
pub const DARK_MODE: &str = "ダークモード";
/// Before the page's address, printed at the end of a page on paper.
pub const PRINT_ADDRESS: &str = "このページのアドレス：";
pub const LOADING: &str = "読み込み中…";
pub const STILL_LOADING: &str =
    "まだ読み込んでいます。通信状況によって時間がかかることがあります。";
pub const RETRY: &str = "再読み込み";
pub const NOT_FOUND_TITLE: &str = "ページが見つかりません";
pub const NOT_FOUND_TEXT: &str =
    "お探しのページは、この報告書にはありません。URLをご確認いただくか、目次からお進みください。";
pub const BACK_TO_TOP: &str = "トップページへ戻る";
pub const CONTENTS: &str = "目次";
/// Before a footnote's number (注1), and the heading of a page's footnotes.
pub const NOTE: &str = "注";

/// The name of the link from footnote `number` back to its `nth` reference
/// (1-based): 注1の参照箇所2へ戻る.
pub fn back_to_ref(number: usize, nth: usize) -> String {
    format!("{NOTE}{number}の参照箇所{nth}へ戻る")
}
pub const READ_MORE: &str = "詳しく見る";
pub const MEMBERS: &str = "参加自治体";
pub const ORGANIZER: &str = "主催";
pub const CO_ORGANIZER: &str = "共催";
pub const PLACE: &str = "開催地";
pub const DATE: &str = "日程";
pub const PHOTO_CAPTIONS: &str = "写真キャプション（写真は収録していません）";
pub const HEAD: &str = "首長";
pub const MEMBER_TYPE: &str = "会員種別";
pub const LEVEL: &str = "区分";
pub const APPEARANCES: &str = "報告書での登場箇所";
/// After the fiscal year: 2024年度の活動.
pub const MEMBER_SUMMARY: &str = "の活動";
pub const COUNT_EVENTS: &str = "イベント";
pub const COUNT_STORIES: &str = "記事・ハイライト";
pub const COUNT_INITIATIVES: &str = "国際イニシアティブ";
/// Places of the activity chapters that name a member (a joint position, a table row).
pub const COUNT_SECTIONS: &str = "活動報告の記載";
/// A member's seats in ICLEI Japan's bodies.
pub const COUNT_SEATS: &str = "イクレイ日本での役職";
/// Before the months a member's dated appearances fall in.
pub const ACTIVE_MONTHS: &str = "登場する月：";
/// The group of a member's appearances that have a date.
pub const DATED_APPEARANCES: &str = "日付のある登場箇所（日付順）";
pub const NO_APPEARANCES: &str = "この自治体は報告書の他の箇所には登場しません。";
pub const IN_CALENDAR: &str = "活動カレンダーの該当項目";
pub const HIGHLIGHT_LINK: &str = "ハイライト記事";
pub const SECTIONS: &str = "この章の内容";
pub const SOURCE: &str = "出典";
pub const PORTFOLIO: &str = "担当分野";
pub const CHART_AS_TABLE: &str = "数値を表で見る";
pub const FILTER: &str = "絞り込み";
pub const SORT: &str = "並べ替え";
pub const ALL: &str = "すべて";
pub const SORT_GOJUON: &str = "五十音順";
pub const SORT_ACTIVITY: &str = "登場回数の多い順";
pub const ACTIVITY_CHART: &str = "会員自治体ごとの報告書での登場回数";
pub const ACTIVITY_CHART_DESC: &str =
    "各会員自治体が報告書のイベント、イニシアティブ、記事、体制などに登場する回数の棒グラフ";
pub const MONTH_CHART: &str = "月ごとのイベント数";
pub const MONTH_CHART_DESC: &str = "報告書の対象期間の各月に始まったイベントの数の棒グラフ";
pub const MEMBER_FILTER: &str = "参加自治体";
pub const KIND_FILTER: &str = "種類";
pub const ENDORSED_EVENTS: &str = "イクレイ日本後援のイベント";
pub const RESULTS: &str = "件";
pub const NO_EVENTS: &str = "条件に合うイベントはありません。";
pub const CLEAR_FILTERS: &str = "絞り込みを解除";
/// 「COP29」は、いまの絞り込みの条件に合わないため表示していません。
pub fn hidden_event(title: &str) -> String {
    format!("「{title}」は、いまの絞り込みの条件に合わないため表示していません。")
}
pub const SHOW_HIDDEN_EVENT: &str = "絞り込みを解除して表示";
pub const SEARCH_DESCRIPTION: &str =
    "の全文検索。人名、自治体名、会議名、キーワードで報告書のどこに書かれているかを探せます。";
pub const SEARCH_LABEL: &str = "報告書内を検索";
pub const SEARCH_PLACEHOLDER: &str = "例: 横浜、COP29、干潟";
pub const SEARCH_SHORTCUT_HINT: &str = "「/」キーでどこからでも検索できます";
pub const SEARCH_ALL_RESULTS: &str = "すべての結果を見る";
pub const SEARCH_RESULTS: &str = "検索結果";
pub const SEARCH_CONDITIONS: &str = "検索条件";
pub const SEARCH_EMPTY: &str = "キーワードを入力してください。人名（竹本）、自治体（横浜市。読みの「よこはま」「yokohama」でも）、会議（COP29）、テーマ（脱炭素）などで探せます。";
pub const SEARCH_NONE: &str =
    "に一致する項目は見つかりませんでした。別のことばや、より短いことばでお試しください。";
/// Before close names offered when a search finds nothing.
pub const SEARCH_CLOSEST: &str = "近い名前・語句で探す：";
/// Before the reading a search result was found by.
pub const READING: &str = "よみ：";
/// The source of the maps' shapes (`scripts/maps.mjs`).
pub const MAP_SOURCE: &str = "地図: Natural Earth（パブリックドメイン）";
/// The names of the maps (their `aria-label`).
pub const MAP_OFFICES: &str = "イクレイの事務所の地図";
pub const MAP_MEMBERS: &str = "会員自治体の地図";

/// A marker that stands for several items close together (`names`): its
/// link's name, which says it opens a choice.
pub fn map_cluster(names: &[&str]) -> String {
    format!("{}（{}件から選ぶ）", names.join("、"), names.len())
}

/// The same, shortened for the name shown beside the marker.
pub fn map_cluster_short(first: &str, count: usize) -> String {
    format!("{first}ほか{}件", count - 1)
}

/// The heading of the chooser a cluster opens.
pub fn map_chooser_heading(count: usize) -> String {
    format!("この辺りの{count}件")
}

/// Closes a dialog.
pub const CLOSE: &str = "閉じる";

/// After the name of a list in a download link.
pub const AS_CSV: &str = "をCSVでダウンロード";

/// The lists a CSV download holds, as their links name them
/// (`Download::label`).
pub mod download {
    pub const EVENTS: &str = "イベント一覧";
    pub const MEMBERS: &str = "会員自治体一覧";
    pub const ROLES: &str = "役員・リーダー一覧";
    pub const OFFICES: &str = "事務所一覧";
    pub const INITIATIVES: &str = "国際イニシアティブ一覧";
}

pub const OPEN_FULL: &str = "このページを報告書サイトで開く";
pub const EMBED: &str = "このページを埋め込む";
pub const EMBED_HELP: &str = "次のコードをウェブサイトのHTMLに貼り付けると、このページを埋め込めます。高さは内容に合わせて自動で調整されます。";
pub const EMBED_SNIPPET: &str = "埋め込みコード";
pub const COPY_SNIPPET: &str = "コードをコピー";
pub const SNIPPET_COPIED: &str = "コードをコピーしました";

/// The citation line of a page: publisher「report」デジタル版「page」URL.
pub fn citation(publisher: &str, report: &str, page: &str, url: &str) -> String {
    format!("{publisher}「{report}」デジタル版「{page}」{url}")
}
pub const CITE_THIS: &str = "このページを引用する：";
pub const COPY_CITATION: &str = "引用をコピー";
pub const CITATION_COPIED: &str = "引用をコピーしました";

/// A page's share card described in one line (its `og:image:alt`):
/// 「title」（part）report.
pub fn share_card_alt(part: Option<&str>, title: &str, report: &str) -> String {
    match part {
        Some(part) => format!("「{title}」（{part}）{report}"),
        None => format!("「{title}」{report}"),
    }
}

/// The heading of the whole-report page's own contents.
pub const PRINT_CONTENTS: &str = "報告書全体の目次";
pub const WHOLE_REPORT: &str = "報告書全体を1ページで読む・印刷する";
pub const PRINT: &str = "印刷する・PDFに保存する";
pub const PRINT_HELP: &str = "報告書の全ページを読む順に1ページにまとめています。ブラウザーの印刷機能で印刷するか、PDFとして保存できます。";
pub const ABOUT_DESCRIPTION: &str =
    "のデジタル版の出典、編集方針、訂正と注の一覧、引用のしかた、データファイル。";
pub const PRINT_DESCRIPTION: &str = "の全ページを読む順に1ページにまとめた印刷用のページ。";

/// The about page (このデジタル版について): headings and the edition's own
/// text (the editorial policy), which is not the report's.
pub mod about {
    pub const SOURCE: &str = "出典";
    pub const REPORT: &str = "報告書";
    pub const PUBLISHER: &str = "発行";
    pub const FISCAL_YEAR: &str = "対象年度";
    pub const ORIGINAL: &str = "原本";
    pub const SOURCE_NOTE: &str = "このデジタル版は、上記の報告書（PDF）の本文を、ウェブで読みやすいように構成し直したものです。内容の正式な典拠は原本の報告書です。";
    pub const POLICY: &str = "編集方針";
    pub const POLICY_ITEMS: [&str; 6] = [
        "本文は報告書の記載のとおりに収録しています。PDFから文字を取り出す際に生じた段落の重複や語の分割、図表の崩れは、原本の構成に合わせて整えています。",
        "誤植のうち、意図された形が確実なもの（カナの重複、全角の括弧に対応する半角の括弧、条約名の脱字、英語名の頭文字、文末の読点）は訂正して表示し、下の「訂正一覧」に原文とともに記録しています。",
        "報告書の2か所で記載が食い違う場合は、どちらも原文のまま残し、それぞれの箇所に注を付けています。注は各ページの末尾にまとめ、本文の注番号と相互にリンクしています。",
        "このデジタル版での読み方を補う場合（1回だけ印刷された役職名を2人に当てるなど）は、編集注として注を付けています。",
        "口語的な表現など、誤りとはいえない記載は、注を付けずに原文のまま掲載しています。",
        "写真は収録せず、キャプションのみ掲載しています。地図上の位置と地名の読みは、この版で補ったものです（出典はデータに記録しています）。",
    ];
    pub const CORRECTIONS: &str = "訂正一覧";
    pub const CORRECTIONS_CAPTION: &str = "訂正して表示している誤植と、報告書の原文";
    pub const PLACE: &str = "箇所";
    pub const AS_PRINTED: &str = "報告書の原文";
    pub const AS_SHOWN: &str = "このデジタル版の表示";
    pub const NOTES: &str = "注の一覧";
    pub const NOTES_LEAD: &str = "次の注は、該当するページの末尾にも掲載しています。";
    pub const AS_WRITTEN: &str = "注を付けずに原文のまま掲載している表現";
    pub const CITE: &str = "引用のしかた";
    pub const CITE_LEAD: &str = "各ページの末尾に、そのページの引用表記があり、ボタンでコピーできます。「発行者「報告書名」デジタル版「ページ名」URL」の形です。参照した日付を添えてください。たとえば、このページは次のように引用できます。";
    pub const DATA: &str = "データ";
    pub const DATA_LEAD: &str = "このデジタル版の内容はすべて、次のデータファイルから表示しています。JSONはスキーマに沿った報告書全体のデータ、CSVは一覧表です（UTF-8、表計算ソフトでそのまま開けます）。";
    pub const SNAPSHOT: &str = "報告書データ（JSON）";
    pub const SCHEMA_VERSION: &str = "形式のバージョン ";
    pub const SCHEMA: &str = "データ形式の定義（JSONスキーマ）";
    pub const EMBED: &str = "ウェブサイトへの埋め込み";
    pub const EMBED_LEAD: &str = "各ページの末尾にある「このページを埋め込む」を開くと、そのページを自分のウェブサイトに埋め込むためのコードが表示されます。埋め込んだページの高さは内容に合わせて自動で調整され、リンクは報告書サイトの該当ページを開きます。";
}

/// What the failure view says for each cause, in Japanese; the technical
/// detail follows in English.
pub mod failure {
    pub const TITLE: &str = "報告書のデータを表示できません";
    pub const NOT_FOUND: &str = "報告書のデータが見つかりませんでした（HTTP 404）。";
    pub const SERVER: &str =
        "サーバーでエラーが発生しました。しばらくしてからもう一度お試しください。";
    pub const HTTP: &str = "データの取得に失敗しました。";
    pub const NETWORK: &str =
        "ネットワークに接続できませんでした。接続を確認してもう一度お試しください。";
    pub const TIMEOUT: &str = "時間内にデータを受け取れませんでした。";
    pub const NOT_JSON: &str = "受け取ったデータが報告書のデータ形式（JSON）ではありません。";
    pub const TRUNCATED: &str = "データが途中で切れています。";
    pub const WRONG_SHAPE: &str = "データの構造が想定と異なります。";
    pub const VERSION: &str = "このデータ形式のバージョンには対応していません。";
    pub const INVALID: &str = "データに不整合があります。";
    pub const PANIC: &str = "予期しないエラーが発生しました。ページを再読み込みしてください。";
    pub const DETAIL: &str = "技術的な詳細";
    pub const PAGE_CODE_TITLE: &str = "このページを表示できません";
    pub const PAGE_CODE: &str =
        "ページの表示に必要なプログラムを読み込めませんでした。接続を確認してもう一度お試しください。";
}

/// The other editions: the older edition's notice, the switcher, a
/// member's pages in other years.
pub mod editions {
    /// 2025年度版
    pub fn name(year: u16) -> String {
        format!("{year}年度版")
    }
    pub const NOTICE: &str = "新しい年度版のお知らせ";
    /// この2024年度版は最新版ではありません。
    pub fn not_latest(year: u16) -> String {
        format!("この{}は最新版ではありません。", name(year))
    }
    /// The notice's link: to the same page, or to the newest edition's
    /// nearest page when it has no such page.
    pub fn to_newer(year: u16, same_page: bool) -> String {
        if same_page {
            format!("{}の同じページを見る", name(year))
        } else {
            format!("{}を見る（同じページがないため上の階層へ）", name(year))
        }
    }
    pub const SWITCHER: &str = "ほかの年度版";
    /// A switcher's link where that edition has no such page.
    pub const NO_SUCH_PAGE: &str = "（同じページはありません）";
    pub const MEMBER_HEADING: &str = "ほかの年度版での登場";
    /// 登場箇所 12, as the member page counts its own.
    pub fn appearances(count: usize) -> String {
        format!("登場箇所 {count}")
    }
}

/// The notice on every page of a draft edition.
pub mod draft {
    pub const LABEL: &str = "下書き";
    pub const TEXT: &str =
        "この版は公開前の確認用です。内容は変わることがあります。検索エンジンには載りません。";
}

/// What `scripts/validate` tells an editor for each problem in a snapshot
/// file, in Japanese; the JSON path and the English detail go with it.
pub mod validation {
    /// Before the system's own reason (English), when the file can't be read.
    pub const CANNOT_READ: &str = "ファイルを読めません。パスを確認してください";
    pub const NOT_UTF8: &str = "ファイルが UTF-8 のテキストではありません";
    pub const BOM: &str = "ファイルの先頭に BOM があります。UTF-8（BOMなし）で保存してください";
    /// After the count when shape errors kept the other rules unchecked.
    pub const SHAPE_FIRST: &str =
        "形式の問題を直してから、もう一度実行してください（ID・参照・日付などの規則はまだ確かめていません）";
    pub const NOT_JSON: &str = "JSON として読めません";
    pub const TRUNCATED: &str = "JSON が途中で終わっています";
    pub const VERSION: &str = "このデータ形式のバージョン（schema_version）には対応していません";
    /// Shape errors that the JSON Schema finds, by keyword.
    pub const REQUIRED: &str = "必須の項目がありません";
    pub const UNKNOWN_FIELD: &str = "データ形式にない項目です（綴りを確認してください）";
    pub const TYPE: &str = "値の種類（文字列・数値・配列など）が違います";
    pub const CHOICE: &str = "決められた値のどれでもありません";
    pub const FORMAT: &str = "値の書式が違います";
    pub const SHAPE: &str = "データ形式（JSONスキーマ）に合いません";
    /// The rules beyond the shape (`derive::validate::Rule`).
    pub const SLUG: &str = "ID は半角英小文字・数字をハイフンでつないだものにしてください";
    pub const UNIQUE_ID: &str = "同じ ID が2回以上使われています";
    pub const REFERENCE: &str = "参照している ID が見つかりません";
    pub const TAG: &str = "「種類:ID」の形になっていません";
    pub const CORRECTION: &str = "訂正の記述と本文が合っていません";
    pub const READING: &str = "地名の読みに誤りがあります";
    pub const LOCATION: &str = "位置（緯度・経度）が範囲外か、小数第2位までになっていません";
    pub const DATE: &str = "日付が正しくありません";
    pub const PERIOD: &str = "カレンダーの行事が報告書の対象期間の外にあります";
    pub const TEXT: &str = "空の文字列があります";

    /// The last line: 問題 3 件 (3 problems), or that there is nothing to fix.
    pub fn count(problems: usize) -> String {
        match problems {
            0 => "問題はありません (no problems)".into(),
            1 => "問題 1 件 (1 problem)".into(),
            n => format!("問題 {n} 件 ({n} problems)"),
        }
    }
}

pub fn page(page: Page) -> &'static str {
    match page {
        Page::Overview => "概要",
        Page::Pathways => "5つの発展的道筋",
        Page::Pathway => "発展的道筋",
        Page::Membership => "会員のベネフィット",
        Page::Governance => "イクレイ日本の体制",
        Page::Message => "ごあいさつ",
        Page::Members => "会員自治体",
        Page::Member => "会員自治体",
        Page::Highlights => "ハイライト",
        Page::Highlight => "ハイライト",
        Page::Activities => "活動報告",
        Page::Chapter => "活動報告",
        Page::Calendar => "活動カレンダー",
        Page::World => "世界のイクレイ",
        Page::Search => "検索",
        Page::About => "このデジタル版について",
        Page::Print => "報告書全体（印刷用）",
    }
}

pub fn level(level: Level) -> &'static str {
    match level {
        Level::Prefecture => "都道府県",
        Level::Municipal => "市区町村",
    }
}

pub fn event_kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::InternationalConference => "国際会議",
        EventKind::Forum => "フォーラム",
        EventKind::Workshop => "ワークショップ",
        EventKind::Seminar => "セミナー",
        EventKind::Webinar => "ウェビナー",
        EventKind::Meeting => "会議・説明会",
        EventKind::IcleiCafe => "イクレイカフェ",
    }
}

/// How a note names its kind, before its text.
pub fn discrepancy_kind(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::Contradiction => "記載の相違：",
        DiscrepancyKind::Editorial => "編集注：",
        DiscrepancyKind::Corrected => "訂正：",
        DiscrepancyKind::AsWritten => "原文のまま：",
    }
}

/// How a member page names the kind of place a mention comes from.
pub fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Activity => "活動",
        Kind::Pathway => "発展的道筋",
        Kind::Benefit => "会員のベネフィット",
        Kind::Body => "イクレイ日本の体制",
        Kind::Message => "ごあいさつ",
        Kind::Municipality => "会員自治体",
        Kind::Person => "人物",
        Kind::Highlight => "ハイライト",
        Kind::Story => "活動記事",
        Kind::Chapter => "章",
        Kind::Section => "活動報告",
        Kind::Initiative => "国際イニシアティブ",
        Kind::Event => "イベント",
        Kind::GoverningBody => "イクレイの組織",
        Kind::Office => "事務所",
        Kind::LeaderGroup => "リーダー",
        Kind::Leader => "リーダー",
        Kind::Discrepancy => "資料内の相違",
    }
}
