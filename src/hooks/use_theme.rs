//! The page's colours follow the view's theme.

use yew::prelude::*;

use crate::model::view::Theme;

/// Sets the page's forced colours (`<html data-theme>`) whenever `theme` changes. The head's
/// script set the linked theme before the first paint; this follows later changes (back and
/// forward between links with different themes).
#[hook]
pub fn use_theme(theme: Theme) {
    use_effect_with(theme, move |&theme| crate::browser::set_theme(theme));
}
