//! Choosing a passphrase for an encrypted export: typed twice, long enough, and how strong it
//! is. The estimate is deliberately plain (length × the alphabet it draws from, runs of one
//! character counted once): it rewards length, which is what a passphrase of several words has.

/// Shorter passphrases are refused: the file may be attacked offline for as long as it exists.
pub const MIN_CHARS: usize = 12;
/// Below this estimate a passphrase is refused as too predictable ("aaaaaaaaaaaa").
pub const MIN_BITS: u32 = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Fair,
    Strong,
    VeryStrong,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooShort { min: usize },
    TooPredictable,
    Different,
}

/// Estimated bits: characters (runs of one character once) × log2 of the alphabet, in tenths
/// of a bit per character, with whole numbers only.
pub fn bits(passphrase: &str) -> u32 {
    let (mut lower, mut upper, mut digit, mut other, mut wide) =
        (false, false, false, false, false);
    let mut count = 0u32;
    let mut last = None;
    for c in passphrase.chars() {
        match c {
            'a'..='z' => lower = true,
            'A'..='Z' => upper = true,
            '0'..='9' => digit = true,
            c if c.is_ascii() => other = true,
            _ => wide = true,
        }
        if last != Some(c) {
            count += 1;
        }
        last = Some(c);
    }
    let alphabet = [
        (lower, 26),
        (upper, 26),
        (digit, 10),
        (other, 33),
        (wide, 100),
    ]
    .iter()
    .filter(|(used, _)| *used)
    .map(|(_, size)| size)
    .sum::<u32>();
    count * tenths_of_log2(alphabet) / 10
}

/// log2(n) in tenths, by the smallest power of 2^(1/10) that reaches n.
fn tenths_of_log2(n: u32) -> u32 {
    // 2^(k/10) × 1000 for k = 0..10, so the search stays in whole numbers.
    const STEPS: [u64; 10] = [1000, 1072, 1149, 1231, 1320, 1414, 1516, 1625, 1741, 1866];
    if n <= 1 {
        return 0;
    }
    let n = u64::from(n) * 1000;
    let mut whole = 0u32;
    while (1u64 << (whole + 1)) * 1000 <= n {
        whole += 1;
    }
    let base = 1u64 << whole;
    let tenth = STEPS.iter().rposition(|s| base * s <= n).unwrap_or(0) as u32;
    whole * 10 + tenth
}

/// How strong one entry is, or why it is refused: what the dialog shows while typing.
pub fn judge(passphrase: &str) -> Result<Strength, Refusal> {
    if passphrase.is_empty() {
        return Err(Refusal::Empty);
    }
    if passphrase.chars().count() < MIN_CHARS {
        return Err(Refusal::TooShort { min: MIN_CHARS });
    }
    let bits = bits(passphrase);
    if bits < MIN_BITS {
        return Err(Refusal::TooPredictable);
    }
    Ok(strength(bits))
}

/// How strong a passphrase is, or why it is refused. `repeat` is the second entry.
pub fn check(passphrase: &str, repeat: &str) -> Result<Strength, Refusal> {
    let strength = judge(passphrase)?;
    if passphrase != repeat {
        return Err(Refusal::Different);
    }
    Ok(strength)
}

fn strength(bits: u32) -> Strength {
    match bits {
        0..=69 => Strength::Fair,
        70..=99 => Strength::Strong,
        _ => Strength::VeryStrong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_in_tenths_is_exact_at_powers_and_rounds_down_between() {
        assert_eq!(tenths_of_log2(1), 0);
        assert_eq!(tenths_of_log2(2), 10);
        assert_eq!(tenths_of_log2(26), 47); // 4.70
        assert_eq!(tenths_of_log2(62), 59); // 5.95
        assert_eq!(tenths_of_log2(95), 65); // 6.57
        assert_eq!(tenths_of_log2(1024), 100);
    }

    #[test]
    fn length_and_alphabet_make_the_estimate() {
        assert_eq!(bits("abcdefghijkl"), 12 * 47 / 10);
        assert_eq!(bits("aaaaaaaaaaaa"), 4);
        // A run counts once; the same letter again later counts again.
        assert_eq!(bits("aab"), bits("ab"));
        assert!(bits("Zeven zeeën, één wachtwoord") > 100);
    }

    #[test]
    fn refusals_come_in_order_and_at_their_boundaries() {
        assert_eq!(check("", ""), Err(Refusal::Empty));
        assert_eq!(
            check("abcdefghijk", "abcdefghijk"),
            Err(Refusal::TooShort { min: 12 })
        );
        assert_eq!(
            check("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"),
            Err(Refusal::TooPredictable)
        );
        assert_eq!(
            check("abcdefghijkl", "abcdefghijkL"),
            Err(Refusal::Different)
        );
        assert_eq!(check("abcdefghijkl", "abcdefghijkl"), Ok(Strength::Fair));
        assert_eq!(
            check("Abcdefghijk1!", "Abcdefghijk1!"),
            Ok(Strength::Strong)
        );
        assert_eq!(
            check("Zeven zeeën, één wachtwoord", "Zeven zeeën, één wachtwoord"),
            Ok(Strength::VeryStrong)
        );
    }

    #[test]
    fn twelve_characters_count_as_characters_not_bytes() {
        // 11 characters are 22 bytes: too short all the same.
        assert!(check("ééééééééééé", "ééééééééééé").is_err());
        assert_eq!(check("éaéaéaéaéaéa", "éaéaéaéaéaéa"), Ok(Strength::Strong));
    }
}
