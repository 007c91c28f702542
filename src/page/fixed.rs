//! Decimal numbers for SVG and CSS attributes, written with integer formatting only.
//
// Rust's float formatting costs the wasm about 11 KB; drawings need nothing it offers beyond
// rounding to a few places.

use std::fmt;

/// A number written rounded to a few decimal places, without trailing zeros.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed {
    value: f64,
    decimals: u32,
}

/// `value` rounded to `decimals` places (at most 4), half away from zero: `fixed(12.50, 2)`
/// writes `12.5`, `fixed(3.0, 1)` writes `3`. A value that is not a number writes `0`.
pub fn fixed(value: f64, decimals: u32) -> Fixed {
    Fixed {
        value,
        decimals: decimals.min(4),
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10_u64.pow(self.decimals);
        // `as` saturates, and turns NaN into 0.
        let scaled = (self.value * scale as f64).round() as i64;
        if scaled < 0 {
            f.write_str("-")?;
        }
        let magnitude = scaled.unsigned_abs();
        write!(f, "{}", magnitude / scale)?;
        let (mut part, mut digits) = (magnitude % scale, self.decimals as usize);
        if part == 0 {
            return Ok(());
        }
        while part % 10 == 0 {
            part /= 10;
            digits -= 1;
        }
        write!(f, ".{part:0digits$}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_and_written_short() {
        let cases = [
            (12.0, 1, "12"),
            (12.25, 1, "12.3"),
            (12.04, 1, "12"),
            (12.05, 2, "12.05"),
            (0.5, 0, "1"),
            (-1.5, 1, "-1.5"),
            (-1.25, 1, "-1.3"),
            (-0.04, 1, "0"),
            (0.123_456, 4, "0.1235"),
            (0.000_04, 4, "0"),
            (0.000_05, 9, "0.0001"),
            (1_069.0, 1, "1069"),
            (f64::NAN, 2, "0"),
        ];
        for (value, decimals, written) in cases {
            assert_eq!(
                fixed(value, decimals).to_string(),
                written,
                "{value} to {decimals}"
            );
        }
    }
}
