//! Sorting with one copy of the sort routine in the binary. The standard `sort_by` is generic
//! over the element and the comparison, so every call site compiled its own stable sort (about
//! 3.5 KB of wasm each). Here the sort runs once, over indices with a comparison behind a
//! reference, and only the small permutation below is per element type.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, exactly like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    permute(items, &mut order);
}

/// Sorts `items` stably by the key `key` gives, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, stably.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

// Not generic: the one instantiation of the standard library's stable sort.
fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// Puts the element that stood at `order[i]` at position `i`, following each cycle of the
/// permutation once with swaps (visited places are marked `usize::MAX`).
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut place = start;
        while order[place] != usize::MAX {
            let from = order[place];
            order[place] = usize::MAX;
            if from == start {
                break;
            }
            items.swap(place, from);
            place = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u64;
        for len in 0..60 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (((seed >> 33) % 5) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected, "length {len}");
        }
    }

    #[test]
    fn sorts_by_key_and_naturally() {
        let mut names = vec!["b".to_owned(), "C".to_owned(), "a".to_owned()];
        sort_by_key(&mut names, |n| n.to_lowercase());
        assert_eq!(names, ["a", "b", "C"]);
        sort(&mut names);
        assert_eq!(names, ["C", "a", "b"]);
    }
}
