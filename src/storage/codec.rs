//! The stored encoding. Browsers count localStorage in UTF-16 code units, and JSON text spends a
//! whole 16-bit unit on each 8-bit character. Packing the UTF-8 bytes 15 bits to a unit nearly
//! halves what a value costs, in the same synchronous write and without compression (whose
//! ratio is unbounded: a backup of a full store must always fit the import limit, see
//! `interchange::MAX_BYTES`, and compressed values would let it grow without bound).
//!
//! A packed value is a marker, then one unit per 15 bits, each shifted into `BASE..BASE+2^15`
//! (well clear of control characters and of the surrogates a JS string must not split). The
//! marker says whether the last decoded byte is padding. Anything else is plain JSON, as schema
//! 1 stored it, and is read as it is.

use std::borrow::Cow;

/// First of the two markers: U+E000 (no padding byte) and U+E001 (one padding byte). Private
/// use characters, so no JSON text starts with them.
const MARK: u32 = 0xE000;
/// The markers of a sealed value (the device lock's ciphertext, packed the same way): U+E002
/// and U+E003.
const SEALED: u32 = 0xE002;
/// The code unit that carries the 15-bit value 0.
const BASE: u32 = 0x100;
const BITS: u32 = 15;

/// The UTF-16 length of a text: what a browser counts against its storage quota.
pub fn units(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Packs `text`. Always, even where it costs more (Chinese text, three UTF-8 bytes a character,
/// grows by 60 %): so no stored value ever holds more than 15/8 bytes of JSON per unit, which is
/// what bounds the size of a backup (`interchange::MAX_BYTES`).
pub fn encode(text: &str) -> String {
    pack(text.as_bytes(), MARK)
}

/// Packs the bytes of a sealed value (nonce, ciphertext and tag) behind the sealed markers.
pub fn encode_sealed(bytes: &[u8]) -> String {
    pack(bytes, SEALED)
}

fn pack(bytes: &[u8], mark: u32) -> String {
    // Each unit holds 15 bits; the marker takes one more.
    let packed_units = (bytes.len() * 8).div_ceil(BITS as usize) + 1;
    let mut out = String::with_capacity(packed_units * 3);
    let padding = (packed_units - 1) * BITS as usize / 8 - bytes.len();
    out.push(char::from_u32(mark + padding as u32).unwrap_or('\u{E000}'));
    let mut acc: u32 = 0;
    let mut filled: u32 = 0;
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        filled += 8;
        if filled >= BITS {
            filled -= BITS;
            push_unit(&mut out, (acc >> filled) & 0x7FFF);
            acc &= (1 << filled) - 1;
        }
    }
    if filled > 0 {
        push_unit(&mut out, (acc << (BITS - filled)) & 0x7FFF);
    }
    out
}

fn push_unit(out: &mut String, value: u32) {
    // BASE + value stays below 0x8100: never a surrogate, always a valid char.
    if let Some(c) = char::from_u32(BASE + value) {
        out.push(c);
    }
}

/// Whether a stored value is packed (else it is plain text).
pub fn is_packed(stored: &str) -> bool {
    matches!(stored.chars().next().map(u32::from), Some(m) if m == MARK || m == MARK + 1)
}

/// Whether a stored value is sealed by the device lock.
pub fn is_sealed(stored: &str) -> bool {
    matches!(stored.chars().next().map(u32::from), Some(m) if m == SEALED || m == SEALED + 1)
}

/// Why a stored value could not be unpacked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A character that packing never writes, at this position.
    Foreign { at: usize },
    /// The bytes inside are not UTF-8 text.
    NotText,
    /// The value is sealed by the device lock: it opens only with the data key.
    Sealed,
    /// A sealed value that does not open under the data key: changed, or another key's.
    Tampered,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Foreign { at } => write!(f, "damaged packed value at character {at}"),
            DecodeError::NotText => write!(f, "packed value does not hold UTF-8 text"),
            DecodeError::Sealed => write!(f, "the value is locked"),
            DecodeError::Tampered => write!(f, "the locked value does not open: it was changed"),
        }
    }
}

/// The bytes of a packed value (after its marker). Strict: a character packing never writes is
/// an error; lenient (for damaged values): its low bits are taken as they are.
fn unpack(packed: &str, strict: bool) -> Result<Vec<u8>, DecodeError> {
    let mut bytes = Vec::with_capacity(packed.len());
    let mut acc: u32 = 0;
    let mut filled: u32 = 0;
    for (i, c) in packed.chars().enumerate().skip(1) {
        let value = match u32::from(c).checked_sub(BASE).filter(|v| *v < (1 << BITS)) {
            Some(value) => value,
            None if strict => return Err(DecodeError::Foreign { at: i }),
            None => u32::from(c) & 0x7FFF,
        };
        acc = (acc << BITS) | value;
        filled += BITS;
        while filled >= 8 {
            filled -= 8;
            bytes.push((acc >> filled) as u8);
        }
        acc &= (1 << filled) - 1;
    }
    Ok(bytes)
}

/// The text of a stored value: unpacked, or as it is when it was stored plain. A sealed value
/// is [`DecodeError::Sealed`]: see [`decode_sealed`].
pub fn decode(stored: &str) -> Result<Cow<'_, str>, DecodeError> {
    if is_sealed(stored) {
        return Err(DecodeError::Sealed);
    }
    if !is_packed(stored) {
        return Ok(Cow::Borrowed(stored));
    }
    let bytes = unpack_marked(stored, MARK)?;
    String::from_utf8(bytes)
        .map(Cow::Owned)
        .map_err(|_| DecodeError::NotText)
}

/// The bytes a sealed value packs (for the data key to open).
pub fn decode_sealed(stored: &str) -> Result<Vec<u8>, DecodeError> {
    if !is_sealed(stored) {
        return Err(DecodeError::NotText);
    }
    unpack_marked(stored, SEALED)
}

/// The bytes behind a marker from `mark`, less the padding the marker names.
fn unpack_marked(stored: &str, mark: u32) -> Result<Vec<u8>, DecodeError> {
    let padding = stored
        .chars()
        .next()
        .map_or(0, |m| u32::from(m).saturating_sub(mark) as usize);
    let mut bytes = unpack(stored, true)?;
    if padding > bytes.len() {
        return Err(DecodeError::NotText);
    }
    bytes.truncate(bytes.len() - padding);
    Ok(bytes)
}

/// As much text as a damaged value still holds: unpacked as far as it goes (broken characters
/// replaced), or as it is when it is not packed. For showing and saving what was kept aside.
pub fn decode_lossy(stored: &str) -> String {
    if !is_packed(stored) {
        return stored.to_owned();
    }
    let bytes = unpack(stored, false).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips_every_length_and_alphabet() {
        let samples = [
            "",
            "{",
            "{}",
            r#"{"id":"s-1","candidate":"Ayşe Yılmaz — “quotes” & <tags>"}"#,
            "naïve café 😀 \u{202E}rtl",
        ];
        for sample in samples {
            for len in 0..sample.len() {
                if let Some(part) = sample.get(..len) {
                    assert_eq!(decode(&encode(part)).unwrap(), part, "{part:?}");
                }
            }
        }
    }

    #[test]
    fn ascii_json_costs_about_half() {
        let json = r#"{"notes":"The candidate planned the move of the archive in three steps."}"#
            .repeat(20);
        let packed = encode(&json);
        assert!(packed.starts_with('\u{E000}') || packed.starts_with('\u{E001}'));
        let ratio = units(&packed) as f64 / units(&json) as f64;
        assert!((0.53..0.55).contains(&ratio), "{ratio}");
        assert!(packed
            .chars()
            .all(|c| !(0xD800..=0xDFFF).contains(&u32::from(c))));
    }

    #[test]
    fn every_value_holds_at_most_15_bits_of_text_per_unit() {
        let chinese = "面试记录：候选人描述了一个具体的例子。".repeat(10);
        let packed = encode(&chinese);
        assert!(is_packed(&packed));
        assert_eq!(decode(&packed).unwrap(), chinese);
        assert!(chinese.len() * 8 <= (units(&packed) - 1) * 15);
        // Plain text (as schema 1 stored it) still reads as it is.
        assert_eq!(decode(&chinese).unwrap(), chinese);
    }

    #[test]
    fn sealed_bytes_round_trip_and_are_never_read_as_text() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|b| b.wrapping_mul(37)).collect();
            let packed = encode_sealed(&bytes);
            assert!(is_sealed(&packed) && !is_packed(&packed));
            assert_eq!(decode_sealed(&packed).unwrap(), bytes);
            assert_eq!(decode(&packed), Err(DecodeError::Sealed));
        }
        assert_eq!(decode_sealed(&encode("{}")), Err(DecodeError::NotText));
    }

    #[test]
    fn damage_is_reported_not_panicked_on() {
        let packed = encode(r#"{"a":"hello world"}"#);
        let mut damaged: String = packed.chars().take(3).collect();
        damaged.push('x');
        assert_eq!(decode(&damaged), Err(DecodeError::Foreign { at: 3 }));
        // A packed value cut short may end mid-character.
        let euro = encode("€€€€€€€€");
        let cut: String = euro.chars().take(3).collect();
        assert!(decode(&cut).is_err() || decode(&cut).unwrap().chars().all(|c| c == '€'));
        assert_eq!(decode("\u{E001}"), Err(DecodeError::NotText));
        // What is left of a value cut short can still be read, as far as it goes.
        let cut: String = packed.chars().take(5).collect();
        assert!(
            decode_lossy(&cut).starts_with(r#"{"a":"h"#),
            "{}",
            decode_lossy(&cut)
        );
    }
}
