#![cfg(not(target_arch = "wasm32"))]
//! Search over the bundled snapshot: queries from every part of the report
//! land on the item that answers them.

use iclei_report::derive::search::{group_hits, Hit, SearchIndex};
use iclei_report::report::graph::Graph;
use iclei_report::report::identity::Kind;
use iclei_report::report::model::Report;
use iclei_report::site::entity::location;
use iclei_report::site::meta::page_meta;

fn snapshot() -> Report {
    iclei_report::derive::snapshot::load(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/report-2024.json"
        ))
        .unwrap(),
    )
    .unwrap()
}

fn describe(hits: &[Hit]) -> String {
    hits.iter()
        .map(|h| format!("{:?}:{} ({})", h.kind, h.id, h.score))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Asserts that `kind:id` is among the first `within` hits for `query`.
fn lands(index: &SearchIndex, query: &str, kind: Kind, id: &str, within: usize) {
    let hits = index.search(query, 10);
    let rank = hits.iter().position(|h| h.kind == kind && h.id == id);
    assert!(
        rank.is_some_and(|r| r < within),
        "{query}: expected {kind:?}:{id} in the top {within}, got [{}]",
        describe(&hits)
    );
}

#[test]
fn queries_from_every_part_of_the_report_land_on_the_right_item() {
    let index = SearchIndex::build(&snapshot());
    let first = 1;
    // ICLEI Japan: governance, people, members.
    lands(&index, "竹本", Kind::Person, "takemoto-kazuhiko", first);
    lands(&index, "横浜", Kind::Municipality, "yokohama", first);
    lands(&index, "小布施", Kind::Municipality, "obuse", first);
    // About ICLEI and membership.
    lands(&index, "ゼロカーボン", Kind::Pathway, "zero-carbon", first);
    lands(&index, "脱炭素", Kind::Pathway, "zero-carbon", 3);
    lands(&index, "Get Involved", Kind::Benefit, "get-involved", first);
    // Highlights.
    lands(&index, "ＣＯＰ２９", Kind::Highlight, "cop29", 3);
    lands(&index, "ＣＯＰ２９", Kind::Event, "cop29", 3);
    lands(&index, "CBD-COP16", Kind::Highlight, "cbd-cop16", first);
    lands(
        &index,
        "サンパウロ戦略ビジョン",
        Kind::Highlight,
        "world-congress-2024",
        first,
    );
    // Activities.
    lands(
        &index,
        "干潟",
        Kind::Story,
        "ramsar-mayors-conference",
        first,
    );
    lands(
        &index,
        "バチカン",
        Kind::Story,
        "vatican-climate-conference",
        first,
    );
    lands(
        &index,
        "脱炭素先行地域",
        Kind::Story,
        "oecd-epr-event-2025",
        first,
    );
    lands(
        &index,
        "トゥルク",
        Kind::Story,
        "turku-collaboration",
        first,
    );
    lands(&index, "139件", Kind::Section, "japan-initiatives", first);
    lands(&index, "e-News", Kind::Story, "e-news", first);
    for cafe in ["カフェ", "かふぇ", "ｶﾌｪ"] {
        lands(&index, cafe, Kind::Story, "iclei-cafe", first);
        lands(&index, cafe, Kind::Section, "iclei-cafe-themes", 2);
    }
    // ICLEI worldwide.
    lands(
        &index,
        "Malmö",
        Kind::Leader,
        "katrin-stjernfeldt-jammeh",
        first,
    );
    lands(
        &index,
        "malmo",
        Kind::Leader,
        "katrin-stjernfeldt-jammeh",
        first,
    );
    lands(
        &index,
        "マルメ",
        Kind::Person,
        "katrin-stjernfeldt-jammeh",
        3,
    );
    lands(&index, "Turku", Kind::Leader, "minna-arve", first);
    lands(&index, "高雄", Kind::Office, "kaohsiung-capacity-center", 2);
    lands(&index, "高雄", Kind::Story, "comp-kaohsiung-workshop", 2);
    lands(&index, "世界理事会", Kind::GoverningBody, "gexcom", first);
    lands(
        &index,
        "ブリュッセル",
        Kind::Office,
        "brussels-office",
        first,
    );
}

#[test]
fn widths_and_scripts_give_the_same_results() {
    let index = SearchIndex::build(&snapshot());
    for variants in [
        ["カフェ", "かふぇ", "ｶﾌｪ"],
        ["COP29", "ＣＯＰ２９", "cop29"],
        ["サンパウロ戦略", "サンパウロ・戦略", "さんぱうろ戦略"],
    ] {
        let expected = index.search(variants[0], 50);
        assert!(!expected.is_empty(), "{}", variants[0]);
        for v in &variants[1..] {
            assert_eq!(index.search(v, 50), expected, "{v} vs {}", variants[0]);
        }
    }
}

#[test]
fn every_item_is_found_by_its_title_where_routes_place_it() {
    let report = snapshot();
    let index = SearchIndex::build(&report);
    let graph = Graph::of(&report);
    let linkable: Vec<_> = graph
        .entities
        .iter()
        .filter(|e| location(e.key.kind, e.key.id, &report).is_some())
        .collect();
    assert_eq!(
        index.len(),
        linkable.len(),
        "one document per linkable entity"
    );
    for entity in linkable {
        let (kind, id) = (entity.key.kind, entity.key.id);
        let title = iclei_report::site::entity::title(&report, kind, id).unwrap();
        let hits = index.search(&title, usize::MAX);
        let hit = hits
            .iter()
            .find(|h| h.kind == kind && h.id == id)
            .unwrap_or_else(|| panic!("{kind:?}:{id} not found by «{title}»"));
        let (route, fragment) = location(kind, id, &report).unwrap();
        assert_eq!(
            (&hit.route, &hit.fragment),
            (&route, &fragment),
            "{kind:?}:{id}"
        );
        assert_eq!(
            hit.group,
            page_meta(&route.resolve(&report).unwrap(), &report).heading,
            "{kind:?}:{id}"
        );
        assert_eq!(hit.title, title);
    }
}

#[test]
fn snippets_quote_the_report_around_the_match() {
    let index = SearchIndex::build(&snapshot());
    let hit = &index.search("干潟", 1)[0];
    let highlighted: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|s| s.highlighted)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(highlighted, ["干潟"]);
    let text: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
    assert!(text.contains("藤前干潟の保全"), "{text}");
    assert!(text.starts_with('…') && text.ends_with('…'), "{text}");

    // Matched in the folded text, highlighted in the original one.
    let hit = &index.search("ｶﾌｪ", 1)[0];
    assert!(
        hit.snippet
            .iter()
            .any(|s| s.highlighted && s.text == "カフェ"),
        "{:?}",
        hit.snippet
    );
    let hit = &index.search("malmo", 1)[0];
    assert!(
        hit.snippet
            .iter()
            .any(|s| s.highlighted && s.text == "Malmö"),
        "{:?}",
        hit.snippet
    );
}

#[test]
fn nothing_is_found_for_nothing() {
    let index = SearchIndex::build(&snapshot());
    for query in [
        "",
        " ",
        "\u{3000}\u{3000}",
        "・・",
        "存在しない言葉",
        "xyzzy",
        "竹本 xyzzy",
    ] {
        assert_eq!(index.search(query, 10), [], "{query:?}");
    }
}

#[test]
fn hits_group_by_the_page_they_are_on() {
    let index = SearchIndex::build(&snapshot());
    let hits = index.search("横浜", 50);
    let groups = group_hits(&hits);
    assert_eq!(groups[0].0, "横浜市", "the member page holds the best hit");
    assert_eq!(
        groups.iter().map(|(_, g)| g.len()).sum::<usize>(),
        hits.len()
    );
    let mut names: Vec<&str> = groups.iter().map(|(g, _)| g.as_str()).collect();
    names.dedup();
    assert_eq!(names.len(), groups.len(), "each group once");
}

/// Hiragana to katakana, by code point: the test's own conversion, so the
/// expectation is not computed by the folding under test.
fn katakana(hiragana: &str) -> String {
    hiragana
        .chars()
        .map(|c| match c {
            'ぁ'..='ゖ' => char::from_u32(c as u32 + 0x60).unwrap(),
            c => c,
        })
        .collect()
}

#[test]
fn every_member_is_found_first_by_its_reading_in_hiragana_and_katakana() {
    let report = snapshot();
    let index = SearchIndex::build(&report);
    let members: Vec<_> = report.municipalities.iter().filter(|m| m.member).collect();
    assert_eq!(members.len(), 26);
    for m in members {
        let reading = report
            .place_readings
            .iter()
            .find(|r| r.name == m.name)
            .unwrap_or_else(|| panic!("{} has no reading in the snapshot", m.name));
        for query in [reading.reading.clone(), katakana(&reading.reading)] {
            let hits = index.search(&query, 8);
            assert_eq!(
                hits.first().map(|h| (h.kind, h.id.as_str())),
                Some((Kind::Municipality, m.id.as_str())),
                "{query}: [{}]",
                describe(&hits)
            );
            assert_eq!(hits[0].reading.as_deref(), Some(reading.reading.as_str()));
        }
    }
}

#[test]
fn members_are_found_by_romaji_with_or_without_long_vowels() {
    let index = SearchIndex::build(&snapshot());
    for (query, id) in [
        ("yokohama", "yokohama"),
        ("Yokohama", "yokohama"),
        ("ｙｏｋｏｈａｍａ", "yokohama"),
        ("yoko", "yokohama"),
        ("sapporo", "sapporo"),
        ("tokyo", "tokyo"),
        ("toukyou", "tokyo"),
        ("tōkyō", "tokyo"),
        ("kyoto", "kyoto"),
        ("kyouto", "kyoto"),
        ("kobe", "kobe"),
        ("koube", "kobe"),
        ("kitakyushu", "kitakyushu"),
        ("kitakyuushuu", "kitakyushu"),
        ("nagoya", "nagoya"),
        ("hamamatsu", "hamamatsu"),
        ("hamamatu", "hamamatsu"),
        ("shimokawa", "shimokawa"),
        ("simokawa", "shimokawa"),
        ("tottori", "tottori"),
        ("musashino", "musashino"),
        ("obuse", "obuse"),
        ("iida", "iida"),
        ("katsushika", "katsushika"),
        ("tokorozawa", "tokorozawa"),
    ] {
        lands(&index, query, Kind::Municipality, id, 1);
    }
    // A place that is not a municipality: the story that names it.
    lands(
        &index,
        "fujimae",
        Kind::Story,
        "ramsar-mayors-conference",
        1,
    );
    lands(
        &index,
        "ふじまえひがた",
        Kind::Story,
        "ramsar-mayors-conference",
        1,
    );
}

#[test]
fn a_name_found_by_its_reading_is_shown_as_written_and_highlighted() {
    let index = SearchIndex::build(&snapshot());
    let hit = &index.search("yokohama", 1)[0];
    assert_eq!(hit.title, "横浜市");
    let marked: Vec<(&str, bool)> = hit
        .marked_title
        .iter()
        .map(|s| (s.text.as_str(), s.highlighted))
        .collect();
    // Both names it reads as (横浜, 横浜市) are marked.
    assert_eq!(marked, [("横浜市", true)]);
    assert_eq!(hit.reading.as_deref(), Some("よこはまし"));
    assert!(
        hit.snippet
            .iter()
            .any(|s| s.highlighted && s.text.starts_with("横浜")),
        "{:?}",
        hit.snippet
    );
    // Found by the name as written: no reading shown.
    assert_eq!(index.search("横浜", 1)[0].reading, None);
}

#[test]
fn a_member_name_puts_the_member_first() {
    let index = SearchIndex::build(&snapshot());
    for (query, id) in [
        ("横浜", "yokohama"),
        ("横浜市", "yokohama"),
        ("名古屋", "nagoya"),
        ("京都", "kyoto"),
        ("東京", "tokyo"),
        ("札幌", "sapporo"),
        ("さいたま", "saitama"),
    ] {
        lands(&index, query, Kind::Municipality, id, 1);
    }
}

#[test]
fn variant_kanji_find_the_common_form() {
    let index = SearchIndex::build(&snapshot());
    // 浜 written in its old form 濱.
    lands(&index, "横濱", Kind::Municipality, "yokohama", 1);
    lands(&index, "濱松", Kind::Municipality, "hamamatsu", 1);
}

#[test]
fn a_search_that_finds_nothing_offers_close_names_that_find_something() {
    let index = SearchIndex::build(&snapshot());
    for (query, offered) in [
        ("よこはば", "横浜"),
        ("yokohamma", "横浜"),
        ("札晃市", "札幌市"),
        ("ゼロカーボンシテイ", "ゼロカーボンシティ"),
        ("生物多用性", "生物多様性"),
    ] {
        assert!(index.search(query, 1).is_empty(), "{query} finds something");
        let closest = index.closest(query, 5);
        assert!(
            closest.iter().any(|c| c.starts_with(offered)),
            "{query}: {closest:?}"
        );
        for c in &closest {
            assert!(!index.search(c, 1).is_empty(), "{query}: {c} finds nothing");
        }
    }
    // Two terms, each found, never together: each alone.
    assert!(index.search("小布施 バチカン", 1).is_empty());
    assert_eq!(index.closest("小布施 バチカン", 5), ["小布施", "バチカン"]);
    assert!(index.closest("qqqq", 5).is_empty());
}

#[test]
fn what_a_reader_types_on_the_way_still_finds_the_member() {
    let index = SearchIndex::build(&snapshot());
    // Partway through a reading, in romaji and in kana.
    for (query, id) in [
        ("kyou", "kyoto"),
        ("touk", "tokyo"),
        ("koub", "kobe"),
        ("sapp", "sapporo"),
        ("tott", "tottori"),
        ("とうき", "tokyo"),
        ("きたき", "kitakyushu"),
        ("しもかわち", "shimokawa"),
        ("さっぽ", "sapporo"),
        // A reading with the kanji of its government, as an input method
        // leaves it.
        ("よこはま市", "yokohama"),
        ("ヨコハマ市", "yokohama"),
        ("yokohama市", "yokohama"),
        ("とうきょう都", "tokyo"),
        // l for r.
        ("sappolo", "sapporo"),
    ] {
        let hits = index.search(query, 8);
        assert!(
            hits.iter()
                .any(|h| h.kind == Kind::Municipality && h.id == id),
            "{query}: [{}]",
            describe(&hits)
        );
    }
}

#[test]
fn close_names_cover_typos_of_readings_but_not_chance_likeness() {
    let index = SearchIndex::build(&snapshot());
    for (query, offered) in [
        ("sapproro", "札幌"),
        ("kawsaki", "川崎"),
        ("hiroshma", "広島"),
    ] {
        let closest = index.closest(query, 5);
        assert!(
            closest.iter().any(|c| c.starts_with(offered)),
            "{query}: {closest:?}"
        );
    }
    for query in ["machi", "sake", "shi"] {
        let closest = index.closest(query, 5);
        assert!(
            !closest
                .iter()
                .any(|c| c == "愛知" || c == "State" || c == "SusHi"),
            "{query}: {closest:?}"
        );
    }
    // 實 is 実: the name as the report writes it is found by the common form.
    assert!(!index.search("松井一実", 1).is_empty());
}
