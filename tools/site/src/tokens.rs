//! The design tokens' colours as the stylesheets set them, light and dark, for what the host draws and names outside the pages' CSS (the preview image, the icons, the manifest).

use std::fmt;

/// The stylesheets whose tokens the host reads: the page's and the map's.
const STYLESHEETS: [(&str, &str); 2] = [
    ("styles/base.css", include_str!("../../../styles/base.css")),
    (
        "styles/story-map.css",
        include_str!("../../../styles/story-map.css"),
    ),
];

/// A colour scheme: each stylesheet sets its tokens first for light, then again for dark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// The first `:root` block's value.
    Light,
    /// The `prefers-color-scheme: dark` block's value.
    Dark,
}

/// Why a token has no colour.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenError {
    /// No stylesheet sets the token (its name) as a `#rrggbb` colour in the scheme.
    Missing(String, Scheme),
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenError::Missing(name, scheme) => write!(
                f,
                "styles/base.css, styles/story-map.css: no {} `{name}: #rrggbb;`",
                match scheme {
                    Scheme::Light => "light",
                    Scheme::Dark => "dark",
                }
            ),
        }
    }
}

impl std::error::Error for TokenError {}

/// The colour (`#rrggbb`) a token (`--map-sea`) has in a scheme: its first setting in a
/// stylesheet for light, its second (inside `prefers-color-scheme: dark`) for dark.
pub fn token(name: &str, scheme: Scheme) -> Result<&'static str, TokenError> {
    let missing = || TokenError::Missing(name.to_owned(), scheme);
    let setting = format!("{name}:");
    STYLESHEETS
        .iter()
        .find_map(|(_, css)| {
            let dark_at = css.find("prefers-color-scheme: dark").unwrap_or(css.len());
            // A setting, not the end of a longer name: whitespace before it.
            let mut settings = css
                .match_indices(&setting)
                .map(|(at, _)| at)
                .filter(|&at| css[..at].ends_with(char::is_whitespace));
            let at = match scheme {
                Scheme::Light => settings.find(|&at| at < dark_at),
                Scheme::Dark => settings.find(|&at| at > dark_at),
            }?;
            let value = css[at + name.len() + 1..].split(';').next()?.trim();
            let hex = value.strip_prefix('#')?;
            (hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit())).then_some(value)
        })
        .ok_or_else(missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_has_its_light_and_dark_colour() {
        assert_eq!(token("--bg", Scheme::Light), Ok("#ffffff"));
        assert_eq!(token("--bg", Scheme::Dark), Ok("#121417"));
        assert_eq!(token("--map-north-korea", Scheme::Light), Ok("#b3261e"));
        assert_eq!(token("--map-sea", Scheme::Dark), Ok("#16212c"));
        // `--text` is not the end of `--confirmed-text`, and a length is no colour.
        assert_eq!(token("--text", Scheme::Light), Ok("#16191d"));
        assert_eq!(
            token("--radius", Scheme::Light),
            Err(TokenError::Missing("--radius".to_owned(), Scheme::Light))
        );
        assert_eq!(
            TokenError::Missing("--x".to_owned(), Scheme::Dark).to_string(),
            "styles/base.css, styles/story-map.css: no dark `--x: #rrggbb;`"
        );
    }
}
