//! How established a fact is, and who says so.

use yew::prelude::*;

use crate::content::{ClaimKind, ClaimStatus};
use crate::locale::{Lang, Text};

/// Props of [`ClaimBadge`].
#[derive(Properties, PartialEq)]
pub struct ClaimBadgeProps {
    /// The status shown.
    pub status: ClaimStatus,
    /// The language.
    pub lang: Lang,
}

/// A fact's claim status: "Behauptung · laut Südkoreas Geheimdienst NIS".
#[component]
pub fn ClaimBadge(props: &ClaimBadgeProps) -> Html {
    let lang = props.lang;
    let (kind, modifier) = match props.status.kind {
        ClaimKind::Confirmed => (Text::Confirmed, "confirmed"),
        ClaimKind::Claimed => (Text::Claimed, "claimed"),
        ClaimKind::Unconfirmed => (Text::Unconfirmed, "unconfirmed"),
        ClaimKind::Denied => (Text::Denied, "denied"),
    };
    let by = props.status.by.map(|by| {
        let word = match props.status.kind {
            ClaimKind::Denied => Text::DeniedBy,
            _ => Text::According,
        };
        format!("{} {}", word.get(lang), by.get(lang))
    });
    html! {
        <span class={classes!("claim-badge", format!("claim-badge--{modifier}"))}>
            <span class="claim-badge__kind">{ kind.get(lang) }</span>
            if let Some(by) = by {
                <span class="claim-badge__by">{ by }</span>
            }
        </span>
    }
}
