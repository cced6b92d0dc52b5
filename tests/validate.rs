#![cfg(not(target_arch = "wasm32"))]
//! `scripts/validate`, the editors' check, run as an editor runs it: the
//! real snapshot passes; every bad snapshot of the corpus is refused with
//! one line per problem, each with its JSON path; no file makes it panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use iclei_report::publish::snapshot_check::check;
use iclei_report::site::labels::validation as text;

mod common;

use common::{body, cases, SNAPSHOT};

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/validate");

fn run(program: &str, file: &Path) -> (Option<i32>, String) {
    let Output { status, stdout, .. } = Command::new(program).arg(file).output().unwrap();
    (status.code(), String::from_utf8(stdout).unwrap())
}

fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("validate-test-{}", std::process::id()))
}

/// `bytes` written to a file of that name in this run's scratch folder.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = scratch_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, bytes).unwrap();
    file
}

/// A problem line: `path: message (detail)`, the path in the crate's form.
fn is_problem_line(line: &str) -> bool {
    let Some((path, rest)) = line.split_once(": ") else {
        return false;
    };
    let path_ok = path == "(root)"
        || path.split('.').all(|field| {
            field.split('[').next().is_some_and(|name| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            })
        });
    path_ok && rest.ends_with(')') && rest.contains(" (") && !rest.is_ascii()
}

#[test]
fn the_script_passes_the_real_snapshot() {
    let (code, out) = run(SCRIPT, Path::new(SNAPSHOT));
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(out, format!("{SNAPSHOT}: 問題はありません (no problems)\n"));
}

#[test]
fn the_script_refuses_every_bad_snapshot_with_a_path_per_problem() {
    let mut refused = 0;
    for (name, fixture) in cases() {
        let Some(text) = body(&fixture) else {
            continue;
        };
        let file = scratch(&name, text.as_bytes());
        let (code, out) = run(env!("CARGO_BIN_EXE_validate"), &file);
        assert_eq!(code, Some(1), "{name}: {out}");
        let mut lines: Vec<&str> = out.lines().collect();
        // A file not yet of the snapshot's shape ends with the advice to
        // fix that first: the other rules wait for it.
        let advised = lines.last() == Some(&text::SHAPE_FIRST);
        assert_eq!(
            advised,
            fixture["expect"]["error"] != "invalid",
            "{name}: {out}"
        );
        if advised {
            lines.pop();
        }
        let (count, problems) = lines.split_last().unwrap();
        assert!(!problems.is_empty(), "{name}: {out}");
        for line in problems {
            assert!(is_problem_line(line), "{name}: {line:?}");
        }
        let n = problems.len();
        let expected_count = if n == 1 {
            "問題 1 件 (1 problem)".to_string()
        } else {
            format!("問題 {n} 件 ({n} problems)")
        };
        assert_eq!(*count, format!("{}: {expected_count}", file.display()));
        // The corpus names each case's cause: the check gives the message
        // of that cause, at the place the case changed.
        let messages: &[&str] = match fixture["expect"]["error"].as_str().unwrap() {
            "not-json" => &[text::NOT_JSON],
            "truncated" => &[text::TRUNCATED],
            "unsupported-version" => &[text::VERSION],
            "wrong-shape" => &[
                text::REQUIRED,
                text::UNKNOWN_FIELD,
                text::TYPE,
                text::CHOICE,
                text::FORMAT,
                text::SHAPE,
            ],
            "invalid" => &[
                text::SLUG,
                text::UNIQUE_ID,
                text::REFERENCE,
                text::TAG,
                text::CORRECTION,
                text::READING,
                text::LOCATION,
                text::DATE,
                text::PERIOD,
                text::TEXT,
            ],
            other => panic!("{name}: unknown cause {other}"),
        };
        // Where and what: a rule beyond the shape is named by the corpus as
        // `path: detail` or the detail alone (its path may be away from what
        // the case changed: a correction is checked at the discrepancy);
        // any other cause is found where the case changed the snapshot.
        let expected = fixture["expect"]["detail"].as_str().unwrap();
        let (place, detail) = if fixture["expect"]["error"] == "invalid" {
            let (path, detail) = expected.split_once(": ").unwrap_or(("", expected));
            (path.to_string(), detail)
        } else {
            (changed_place(&fixture), "")
        };
        assert!(
            problems.iter().any(|line| {
                let (path, rest) = line.split_once(": ").unwrap();
                path.starts_with(&place)
                    && messages.iter().any(|m| rest.starts_with(m))
                    && rest.contains(detail)
            }),
            "{name}: no problem at {place:?} naming {detail:?} with one of {messages:?} in\n{out}"
        );
        refused += 1;
    }
    assert!(refused >= 20, "{refused} cases with a body");
    std::fs::remove_dir_all(scratch_dir()).unwrap();
}

/// Where a case changed the snapshot, as a path of the crate's form: its
/// first patch's JSON Pointer (`/events/0/members/-` → `events[0].members`),
/// or `(root)` for a body served as it is or a snapshot cut short.
fn changed_place(fixture: &serde_json::Value) -> String {
    let Some(pointer) = fixture["patch"][0]["path"].as_str() else {
        return String::new();
    };
    let mut path = String::new();
    for segment in pointer.split('/').skip(1).filter(|s| *s != "-") {
        match segment.parse::<usize>() {
            Ok(i) => path.push_str(&format!("[{i}]")),
            Err(_) if path.is_empty() => path.push_str(segment),
            Err(_) => path.push_str(&format!(".{segment}")),
        }
    }
    path
}

#[test]
fn the_script_says_when_it_cannot_read_the_file() {
    let missing = std::env::temp_dir().join("validate-test-no-such-file.json");
    let out = Command::new(SCRIPT).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(text::CANNOT_READ), "{said}");
    assert!(said.contains("validate-test-no-such-file.json"), "{said}");
    let out = Command::new(SCRIPT).arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("usage:"));
}

/// `scripts/validate … | head -1`: the reader goes after one line, and
/// the check stops quietly instead of panicking on the closed pipe.
#[test]
fn a_reader_that_goes_away_is_no_panic() {
    let bad = std::env::temp_dir().join("validate-test-pipe.json");
    std::fs::write(&bad, "{}").unwrap();
    let mut child = Command::new(SCRIPT)
        .arg(&bad)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(out.status.code(), Some(1), "{said}");
}

/// `--editions`: the repository's list is clean; a list naming a missing
/// snapshot, or one of another year, is refused with the entry named.
#[test]
fn an_editions_list_is_checked_with_its_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |list: &Path| {
        Command::new(SCRIPT)
            .current_dir(root)
            .arg("--editions")
            .arg(list)
            .output()
            .unwrap()
    };
    let out = run(&root.join("editions.json"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let list = std::env::temp_dir().join("validate-test-editions.json");
    std::fs::write(
        &list,
        r#"{"latest": "/report/latest/", "editions": [
            {"year": 2023, "snapshot": "public/data/report-2024.json", "base": "/report/2023/", "status": "published"},
            {"year": 2025, "snapshot": "public/data/no-such-report.json", "base": "/report/2025/", "status": "draft"}]}"#,
    )
    .unwrap();
    let out = run(&list);
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("public/data/report-2024.json: its meta.period starts in 2024, but the list gives it as the 2023 edition"), "{said}");
    assert!(said.contains("public/data/no-such-report.json: "), "{said}");
}

/// xorshift64: a fixed seed, so that a failing case can be found again.
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn no_file_makes_it_panic() {
    let snapshot = std::fs::read(SNAPSHOT).unwrap();
    let mut random = Bytes(0x1c1e_1a9a_2024);
    let mut refused = 0;
    for round in 0..300 {
        let bytes: Vec<u8> = match round % 3 {
            // Random bytes of random length.
            0 => (0..random.below(4096))
                .map(|_| random.next() as u8)
                .collect(),
            // The real snapshot cut short.
            1 => snapshot[..random.below(snapshot.len())].to_vec(),
            // The real snapshot with a few bytes overwritten by JSON's own characters.
            _ => {
                let mut b = snapshot.clone();
                for _ in 0..1 + random.below(4) {
                    let at = random.below(b.len());
                    b[at] = b"{}[]\",:0-e\\ an"[random.below(14)];
                }
                b
            }
        };
        let found = check(&bytes).findings;
        assert!(
            found.iter().all(|f| !f.path.is_empty()),
            "round {round}: {found:?}"
        );
        refused += usize::from(!found.is_empty());
    }
    // Random bytes and cut snapshots are never valid.
    assert!(refused >= 200, "{refused} of 300 refused");
}
