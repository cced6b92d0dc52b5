//! Times building the search index and running queries over the bundled
//! snapshot. A benchmark: it prints figures and asserts nothing.
//!
//!   cargo run --release --bin search_bench [-- path/to/report.json]

use std::time::{Duration, Instant};

use iclei_report::derive::search::SearchIndex;
use iclei_report::derive::snapshot::load;

const BUILDS: usize = 200;
const RUNS_PER_QUERY: usize = 200;
const LIMIT: usize = 20;

/// From every part of the report, in both scripts and widths, including
/// frequent terms (many candidates) and terms that match nothing.
const QUERIES: &[&str] = &[
    "竹本",
    "横浜",
    "干潟",
    "脱炭素",
    "ＣＯＰ２９",
    "CBD-COP16",
    "カフェ",
    "かふぇ",
    "ｶﾌｪ",
    "Malmö",
    "マルメ",
    "高雄",
    "サンパウロ戦略ビジョン",
    "ゼロカーボン",
    "139件",
    "e-News",
    "バチカン",
    "Get Involved",
    "イクレイ",
    "自治体",
    "市",
    "c",
    "cop",
    "生物多様性 名古屋",
    "トゥルク",
    "世界理事会",
    "ラムサール湿地都市ネットワーク市長会議",
    "2,500",
    "存在しない言葉",
    "xyz",
    // By reading: romaji (with and without long vowels), kana, variants.
    "yokohama",
    "yoko",
    "toukyou",
    "tōkyō",
    "さっぽろ",
    "ヨコハマ",
    "横濱",
];

/// Queries that find nothing, for the close names offered instead (the
/// first one also builds the vocabulary they are drawn from).
const MISSES: &[&str] = &[
    "よこはば",
    "ゼロカーボンシテイ",
    "sustainble",
    "札晃市",
    "qqqq",
];

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/report-2024.json").into()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let report = load(&text).unwrap_or_else(|e| panic!("{path}: {e}"));

    let mut builds = Vec::with_capacity(BUILDS);
    let mut index = SearchIndex::default();
    for _ in 0..BUILDS {
        let start = Instant::now();
        index = std::hint::black_box(SearchIndex::build(&report));
        builds.push(start.elapsed());
    }

    let mut latencies = Vec::with_capacity(QUERIES.len() * RUNS_PER_QUERY);
    let mut slowest: (Duration, &str) = (Duration::ZERO, "");
    for &query in QUERIES {
        for _ in 0..RUNS_PER_QUERY {
            let start = Instant::now();
            std::hint::black_box(index.search(query, LIMIT));
            let elapsed = start.elapsed();
            latencies.push(elapsed);
            if elapsed > slowest.0 {
                slowest = (elapsed, query);
            }
        }
    }

    println!("snapshot: {path}");
    println!(
        "index: {index}; ~{:.0} KiB",
        index.heap_bytes() as f64 / 1024.0
    );
    println!(
        "build ({BUILDS} runs): median {:.3} ms, p95 {:.3} ms",
        ms(percentile(&mut builds, 50)),
        ms(percentile(&mut builds, 95))
    );
    println!(
        "query ({} queries x {RUNS_PER_QUERY} runs, limit {LIMIT}): median {:.4} ms, p95 {:.4} ms, max {:.4} ms (\"{}\")",
        QUERIES.len(),
        ms(percentile(&mut latencies, 50)),
        ms(percentile(&mut latencies, 95)),
        ms(slowest.0),
        slowest.1
    );
    println!("per query (median ms, hits):");
    for &query in QUERIES {
        let mut runs: Vec<Duration> = (0..RUNS_PER_QUERY)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(index.search(query, LIMIT));
                start.elapsed()
            })
            .collect();
        let found = index.search(query, usize::MAX).len();
        println!(
            "  {:<40} {:>8.4} {:>4}",
            query,
            ms(percentile(&mut runs, 50)),
            found
        );
    }
    time_closest(&report);
}

/// Times the close names offered for queries that find nothing: the first
/// call on a fresh index builds the vocabulary.
fn time_closest(report: &iclei_report::report::model::Report) {
    let index = SearchIndex::build(report);
    let start = Instant::now();
    std::hint::black_box(index.closest(MISSES[0], 5));
    let first = start.elapsed();
    println!(
        "closest names when nothing is found (first call, vocabulary built): {:.3} ms",
        ms(first)
    );
    for &query in MISSES {
        let mut runs: Vec<Duration> = (0..RUNS_PER_QUERY / 10)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(index.closest(query, 5));
                start.elapsed()
            })
            .collect();
        println!(
            "  {:<40} {:>8.4} {:?}",
            query,
            ms(percentile(&mut runs, 50)),
            index.closest(query, 5)
        );
    }
}

fn percentile(samples: &mut [Duration], p: usize) -> Duration {
    samples.sort_unstable();
    samples[(samples.len() - 1) * p / 100]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
