//! The story's texts in the page: the host writes a page's language's into it as JSON, and the browser's build reads them there instead of carrying them.

use std::fmt;
use std::sync::OnceLock;

use shared::lang::Lang;

/// The id of the page's `<script type="application/json">` that holds its texts.
pub const ELEMENT_ID: &str = "explainer-texts";

/// The attribute of that element that holds the hash of the story its texts are from.
pub const HASH_ATTRIBUTE: &str = "data-story";

/// A story's texts, one row per text with a column per language, and a hash of them all: the
/// content compiler writes the story's as `STORY_TEXTS`.
#[derive(Debug)]
pub struct StoryTexts {
    /// The texts, in the order the story's `Localized` values index them.
    pub texts: &'static [[&'static str; Lang::COUNT]],
    /// A hash of every text, in hex.
    pub hash: &'static str,
}

/// Why the page's texts cannot be read: the page is not one the host wrote for this build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageTextsError {
    /// The page has no element [`ELEMENT_ID`].
    Missing,
    /// The element's text is not a JSON list of strings; `at` is the byte where it stops being one.
    NotAList { at: usize },
    /// The element is another story's: its hash is not this build's.
    OtherStory { expected: String, found: String },
    /// The list holds another number of texts than this build's story.
    Count { expected: usize, found: usize },
}

impl fmt::Display for PageTextsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageTextsError::Missing => write!(f, "the page has no element #{ELEMENT_ID}"),
            PageTextsError::NotAList { at } => write!(
                f,
                "#{ELEMENT_ID} is not a JSON list of strings (at byte {at})"
            ),
            PageTextsError::OtherStory { expected, found } => write!(
                f,
                "#{ELEMENT_ID} holds the texts of story {found}, this build's is {expected}"
            ),
            PageTextsError::Count { expected, found } => write!(
                f,
                "#{ELEMENT_ID} holds {found} texts, this build's story {expected}"
            ),
        }
    }
}

impl std::error::Error for PageTextsError {}

/// The element the host writes into a page: a story's texts in `lang`, in their order, as a
/// JSON list, with the story's hash. Every `<` is written `\u003c`, so that no text can end the
/// element or open a comment.
pub fn element(story: &StoryTexts, lang: Lang) -> String {
    let mut out = format!(
        "<script type=\"application/json\" id=\"{ELEMENT_ID}\" {HASH_ATTRIBUTE}=\"{}\">[",
        story.hash
    );
    for (i, texts) in story.texts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&shared::json::json_string(texts[lang.index()]).replace('<', "\\u003c"));
    }
    out.push_str("]</script>");
    out
}

/// The strings of a JSON list of strings, as [`element`] writes it (whitespace between them
/// allowed).
pub fn parse(json: &str) -> Result<Vec<String>, PageTextsError> {
    let bytes = json.as_bytes();
    let not_a_list = |at: usize| PageTextsError::NotAList { at };
    let skip_space = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    let mut texts = Vec::new();
    let mut i = skip_space(0);
    if bytes.get(i) != Some(&b'[') {
        return Err(not_a_list(0));
    }
    i = skip_space(i + 1);
    if bytes.get(i) == Some(&b']') {
        i += 1;
    } else {
        loop {
            if bytes.get(i) != Some(&b'"') {
                return Err(not_a_list(i));
            }
            i += 1;
            let mut text = String::new();
            loop {
                // Each run of plain characters at once (the page holds some 20 KB of them):
                // quotes and backslashes are ASCII, so a run ends on a character's boundary.
                let run = bytes[i..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\')
                    .ok_or(not_a_list(json.len()))?;
                text.push_str(&json[i..i + run]);
                let at = i + run;
                i = at + 1;
                if bytes[at] == b'"' {
                    break;
                }
                let escaped = *bytes.get(i).ok_or(not_a_list(json.len()))?;
                i += 1;
                text.push(match escaped {
                    b'"' | b'\\' | b'/' => char::from(escaped),
                    b'n' => '\n',
                    b't' => '\t',
                    b'r' => '\r',
                    b'u' => {
                        let hex = json.get(i..i + 4).ok_or(not_a_list(at))?;
                        i += 4;
                        u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or(not_a_list(at))?
                    }
                    _ => return Err(not_a_list(at)),
                });
            }
            texts.push(text);
            i = skip_space(i);
            match bytes.get(i) {
                Some(b',') => i = skip_space(i + 1),
                Some(b']') => {
                    i += 1;
                    break;
                }
                _ => return Err(not_a_list(i)),
            }
        }
    }
    i = skip_space(i);
    if i < json.len() {
        return Err(not_a_list(i));
    }
    Ok(texts)
}

/// The texts read from the page, once.
static TEXTS: OnceLock<Vec<String>> = OnceLock::new();

/// Reads the page's texts for [`text`]: the text of its element [`ELEMENT_ID`] and the hash in
/// its [`HASH_ATTRIBUTE`] (`None` without them). A page that holds another story's texts than
/// `story`, this build's, is refused whole.
pub fn load(
    json: Option<&str>,
    hash: Option<&str>,
    story: &StoryTexts,
) -> Result<(), PageTextsError> {
    let json = json.ok_or(PageTextsError::Missing)?;
    let hash = hash.unwrap_or_default();
    if hash != story.hash {
        return Err(PageTextsError::OtherStory {
            expected: story.hash.to_owned(),
            found: hash.to_owned(),
        });
    }
    let texts = parse(json)?;
    if texts.len() != story.texts.len() {
        return Err(PageTextsError::Count {
            expected: story.texts.len(),
            found: texts.len(),
        });
    }
    // Loaded once per page; a second load finds the same page.
    let _ = TEXTS.set(texts);
    Ok(())
}

/// Story text `index` as the page holds it; empty before [`load`].
pub fn text(index: usize) -> &'static str {
    TEXTS
        .get()
        .and_then(|texts| texts.get(index))
        .map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    static TINY: StoryTexts = StoryTexts {
        texts: &[
            ["Karte", "Map", "Карта", "Карта"],
            ["a</script>", "b\"c", "в", "г"],
        ],
        hash: "0123456789abcdef",
    };

    fn json_of(element: &str) -> &str {
        let start = element.find('>').unwrap() + 1;
        &element[start..element.len() - "</script>".len()]
    }

    #[test]
    fn every_language_s_element_reads_back_as_the_story_s_texts() {
        for lang in Lang::ALL {
            let element = element(&TINY, lang);
            assert!(element.starts_with(
                "<script type=\"application/json\" id=\"explainer-texts\" data-story=\"0123456789abcdef\">[\""
            ));
            let texts = parse(json_of(&element)).unwrap();
            let expected: Vec<&str> = TINY.texts.iter().map(|t| t[lang.index()]).collect();
            assert_eq!(texts, expected);
        }
    }

    #[test]
    fn no_text_can_end_the_element() {
        let written = shared::json::json_string("a</script><!--b\"\\\n").replace('<', "\\u003c");
        assert!(!written.contains('<'));
        assert_eq!(
            parse(&format!("[{written}, \"c\"]")).unwrap(),
            ["a</script><!--b\"\\\n", "c"]
        );
    }

    #[test]
    fn anything_but_a_list_of_strings_is_refused_where_it_goes_wrong() {
        assert_eq!(parse(" [ ] ").unwrap(), Vec::<String>::new());
        assert_eq!(parse("[\"\\u00e9\\/\\t\"]").unwrap(), ["é/\t"]);
        assert_eq!(
            parse("[\"Ost – \\\"Süd\\\"\", \"한\\\\\"]").unwrap(),
            ["Ost – \"Süd\"", "한\\"]
        );
        for (json, at) in [
            ("", 0),
            ("{}", 0),
            ("[1]", 1),
            ("[\"a\" \"b\"]", 5),
            ("[\"a\",]", 5),
            ("[\"a", 3),
            ("[\"\\x\"]", 2),
            ("[\"\\u12\"]", 2),
            ("[\"\\ud800\"]", 2),
            ("[\"\\", 3),
            ("[\"\\u00e", 2),
            ("[\"a\"] x", 6),
        ] {
            assert_eq!(
                parse(json),
                Err(PageTextsError::NotAList { at }),
                "{json:?}"
            );
        }
    }

    #[test]
    fn errors_say_what_the_page_lacks() {
        assert_eq!(
            PageTextsError::Missing.to_string(),
            "the page has no element #explainer-texts"
        );
        assert_eq!(
            PageTextsError::NotAList { at: 7 }.to_string(),
            "#explainer-texts is not a JSON list of strings (at byte 7)"
        );
        assert_eq!(
            PageTextsError::Count {
                expected: 105,
                found: 3
            }
            .to_string(),
            "#explainer-texts holds 3 texts, this build's story 105"
        );
        assert_eq!(
            PageTextsError::OtherStory {
                expected: "0123456789abcdef".to_owned(),
                found: "fedcba9876543210".to_owned()
            }
            .to_string(),
            "#explainer-texts holds the texts of story fedcba9876543210, this build's is 0123456789abcdef"
        );
        assert_eq!(load(None, None, &TINY), Err(PageTextsError::Missing));
        assert_eq!(
            load(Some("[\"a\", \"b\"]"), Some("fedcba9876543210"), &TINY),
            Err(PageTextsError::OtherStory {
                expected: "0123456789abcdef".to_owned(),
                found: "fedcba9876543210".to_owned()
            })
        );
        assert_eq!(
            load(Some("[\"a\"]"), Some("0123456789abcdef"), &TINY),
            Err(PageTextsError::Count {
                expected: 2,
                found: 1
            })
        );
        assert_eq!(text(0), "", "nothing loaded");
    }
}
