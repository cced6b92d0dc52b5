//! Sorting through one shared copy of the standard sort. Every `sort_by` on
//! another element type or key compiles its own copy of the sort (4–6 KB of
//! wasm each; eight of them were 29 KB of the binary); here every order is
//! a `u64` key, and only `(u64, u32)` pairs are ever sorted.

/// Sorts `pairs` ascending: by key, then by the second field.
#[inline(never)]
pub fn sort_pairs(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// Sorts `items` by `key`, ascending; equal keys keep their order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    sort_pairs(&mut keyed);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .into_iter()
            .filter_map(|(_, i)| slots[i as usize].take()),
    );
}

/// Two keys in one: `major` first, then `minor`.
pub fn key2(major: u32, minor: u32) -> u64 {
    (u64::from(major) << 32) | u64::from(minor)
}

/// The key that puts larger values first.
pub fn descending(value: u32) -> u32 {
    u32::MAX - value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut words = vec!["cc", "a", "bb", "d", "ee"];
        sort_by_key(&mut words, |w| w.len() as u64);
        assert_eq!(words, ["a", "d", "cc", "bb", "ee"]);
        sort_by_key(&mut words, |w| u64::from(descending(w.len() as u32)));
        assert_eq!(words, ["cc", "bb", "ee", "a", "d"]);
    }

    #[test]
    fn two_keys_order_major_first() {
        let mut pairs = vec![(2, 1), (1, 9), (2, 0), (1, 3)];
        sort_by_key(&mut pairs, |&(a, b)| key2(a, b));
        assert_eq!(pairs, [(1, 3), (1, 9), (2, 0), (2, 1)]);
        assert!(key2(0, u32::MAX) < key2(1, 0));
    }
}
