//! The explainer's public address, which the canonical, language and oEmbed links name.

use std::fmt;

/// The environment variable that gives the explainer's public address, for the canonical and
/// oEmbed links (for example `https://news.example/explainers/nk-soldiers/`).
pub const PUBLIC_URL_VAR: &str = "EXPLAINER_URL";

/// Where `trunk serve` shows the explainer: the public address when none is given.
pub const PREVIEW_URL: &str = "http://127.0.0.1:8080/";

/// Why a public address was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum AddressError {
    /// The address is not an absolute http(s) URL without query or fragment.
    NotAbsoluteHttp(String),
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddressError::NotAbsoluteHttp(url) => write!(
                f,
                "{PUBLIC_URL_VAR}: `{url}` is not an absolute http(s) URL without query or fragment"
            ),
        }
    }
}

impl std::error::Error for AddressError {}

/// The explainer's public address as given, checked, with a final `/` (the German page; the
/// English one is `en/` below it).
pub fn public_url(given: &str) -> Result<String, AddressError> {
    let bad = || AddressError::NotAbsoluteHttp(given.to_owned());
    let rest = given
        .strip_prefix("https://")
        .or_else(|| given.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let host = rest.split('/').next().unwrap_or_default();
    let unsafe_char = |c: char| c.is_whitespace() || c.is_control() || "\"'<>\\`?#".contains(c);
    if host.is_empty() || given.chars().any(unsafe_char) {
        return Err(bad());
    }
    Ok(if given.ends_with('/') {
        given.to_owned()
    } else {
        format!("{given}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_address_must_be_absolute_http_without_query() {
        assert_eq!(
            public_url("https://x.test/nk").unwrap(),
            "https://x.test/nk/"
        );
        assert_eq!(public_url("http://127.0.0.1:8080/").unwrap(), PREVIEW_URL);
        for bad in [
            "x.test/nk/",
            "https:///nk/",
            "https://x.test/?a=1",
            "https://x.test/#top",
            "https://x.test/\"><script>",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(
                public_url(bad),
                Err(AddressError::NotAbsoluteHttp(bad.to_owned()))
            );
        }
        assert_eq!(
            AddressError::NotAbsoluteHttp("x.test".to_owned()).to_string(),
            "EXPLAINER_URL: `x.test` is not an absolute http(s) URL without query or fragment"
        );
    }
}
