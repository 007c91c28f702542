//! Embedding: the codes a newsroom pastes, and the messages that tell the embedding page how tall the explainer is (pym.js, AMP and sidechain, embed.js).
//
// `browser::watch_height` sends the messages. They go to `window.parent` only and carry only the height (and, for embed.js, the view,
// which the frame's own address holds anyway). The explainer listens to no message at all, so
// nothing a parent (or anyone) posts is trusted, executed or rendered.

use crate::model::view::{view_url, Theme, View};
use crate::page::markup::escape;

/// The pym.js message for a height: `pymxPYMx<childId>xPYMxheightxPYMx<h>`.
pub fn pym_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// The height an embed gets before the explainer reports its own: the stage's height in an
/// article column 700 px wide (650 px measured, with room for a longer moment title). On a
/// phone the stage stacks and reports about 1,000 px.
pub const FIRST_HEIGHT: u32 = 680;

/// A responsive, titled, lazily loaded iframe for a newsroom's page. It may scroll: without a
/// height script on the host page it cannot grow to the content.
pub fn iframe_code(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"clipboard-write\" style=\"width: 100%; height: {FIRST_HEIGHT}px; border: 0;\"></iframe>",
        escape(url),
        escape(title)
    )
}

/// The pym.js version of the embed: the frame then always fits its content. `pym.v1.min.js`
/// is the newsroom's own copy of pym.js; `container` is the id of the element it fills (the
/// story's `embed_id`).
pub fn pym_code(url: &str, title: &str, container: &str) -> String {
    let container = escape(container);
    format!(
        "<div id=\"{container}\"></div>\n<script src=\"pym.v1.min.js\"></script>\n<script>new pym.Parent(\"{container}\", \"{}\", {{ title: \"{}\", allow: \"clipboard-write\" }});</script>",
        escape(url),
        escape(title)
    )
}

/// The embed.js version, for a view below the explainer's folder address: a placeholder for
/// the view and our script, which lies beside the pages. The frame fits its content, and the
/// view the reader chooses stays in the host page's address (`#explainer=…`).
pub fn embed_js_code(folder: &str, view: &View, title: &str) -> String {
    // The theme goes into embed.js's flag, which the host page keeps when it restores a view;
    // embed.js adds the embedding itself.
    let placeholder = View {
        embed: false,
        theme: Theme::Auto,
        ..*view
    };
    let theme = match view.theme {
        Theme::Auto => String::new(),
        theme => format!(" data-theme=\"{}\"", theme.code()),
    };
    format!(
        "<div data-explainer=\"{}\" data-title=\"{}\"{theme}></div>\n<script src=\"{}\" async></script>",
        escape(&view_url(folder, &placeholder)),
        escape(title),
        escape(&format!("{folder}embed.js"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_code_is_titled_lazy_responsive_and_escaped() {
        let code = iframe_code(
            "https://x.test/?lang=en&embed=1",
            "North Korea's \"soldiers\" <war>",
        );
        assert_eq!(
            code,
            "<iframe src=\"https://x.test/?lang=en&amp;embed=1\" title=\"North Korea's &quot;soldiers&quot; &lt;war&gt;\" loading=\"lazy\" allow=\"clipboard-write\" style=\"width: 100%; height: 680px; border: 0;\"></iframe>"
        );
        let view = |query: &str| View::from_query(query);
        assert_eq!(
            embed_js_code("https://x.test/nk/", &view("lang=en&date=2024-10-23&embed=1"), "T\""),
            "<div data-explainer=\"https://x.test/nk/en/?lang=en&amp;date=2024-10-23\" data-title=\"T&quot;\"></div>\n<script src=\"https://x.test/nk/embed.js\" async></script>"
        );
        assert_eq!(
            embed_js_code("https://x.test/nk/", &view("lang=de&theme=dark&embed=1"), "T"),
            "<div data-explainer=\"https://x.test/nk/?lang=de&amp;date=2024-10-23\" data-title=\"T\" data-theme=\"dark\"></div>\n<script src=\"https://x.test/nk/embed.js\" async></script>"
        );
        assert!(
            embed_js_code("https://x.test/nk/", &view("lang=de&embed=1"), "T")
                .ends_with("<script src=\"https://x.test/nk/embed.js\" async></script>")
        );
        // The dialog's iframe and pym.js codes: the view with the chosen theme, before `embed`.
        let light = view("lang=en&date=2024-10-23&theme=light&embed=1");
        assert_eq!(
            view_url(
                "https://x.test/",
                &View {
                    theme: Theme::Dark,
                    ..light
                }
            ),
            "https://x.test/en/embed.html?lang=en&date=2024-10-23&theme=dark&embed=1"
        );
        assert_eq!(
            view_url(
                "https://x.test/",
                &View {
                    theme: Theme::Auto,
                    ..light
                }
            ),
            "https://x.test/en/embed.html?lang=en&date=2024-10-23&embed=1"
        );
        let pym = pym_code("https://x.test/embed.html?embed=1", "T", "story-1");
        assert!(pym.starts_with("<div id=\"story-1\"></div>"));
        assert!(pym.contains(
            "new pym.Parent(\"story-1\", \"https://x.test/embed.html?embed=1\", { title: \"T\""
        ));
    }

    #[test]
    fn pym_messages_have_pyms_exact_form() {
        assert_eq!(
            pym_message("explainer", 1234),
            "pymxPYMxexplainerxPYMxheightxPYMx1234"
        );
    }
}
