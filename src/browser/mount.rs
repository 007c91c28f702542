//! Mounts the explainer in the browser: hydrates each root of the page the host pre-rendered, in turn.

use crate::page::parts::Part;
use crate::state::{share, State};
use crate::ui::stage_part::{StagePart, StagePartProps};

/// The wasm's allocator. Talc rather than the standard library's dlmalloc: less code to ship,
/// for a page that runs on one thread.
// SAFETY: the browser runs this wasm on one thread, which `new_global` requires.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Hydrates the page: the stage's parts first, each a root of its own, then the app around
/// them; or, on the wrong language's page, sends the browser to the right one.
pub fn hydrate_page() {
    // Through Yew, which otherwise installs its own hook when rendering starts. The release
    // build aborts at once on a panic and never runs a hook: the loader shows the note.
    #[cfg(not(panic = "immediate-abort"))]
    yew::set_custom_panic_hook(Box::new(crate::browser::on_panic));
    // The page as loaded tells where the explainer's folder is: read it before the address
    // changes.
    crate::browser::folder();
    if crate::browser::open_language_page() {
        return;
    }
    // Before anything renders: every story text the wasm shows comes from the page.
    let (json, hash) = crate::browser::page_texts().unzip();
    let story = &crate::model::story::STORY_TEXTS;
    if let Err(error) = crate::page::texts::load(json.as_deref(), hash.flatten().as_deref(), story)
    {
        crate::browser::on_unreadable_texts(&error);
        return;
    }
    let view = crate::browser::page_view();
    let Some((root, cells)) = crate::browser::hydration_roots(Part::TURNS) else {
        crate::browser::on_missing_root();
        return;
    };
    share(State::new(&crate::model::story::STORY, view));
    // Each root in a task of its own, the stage's parts first and the app around them last, so
    // that no task keeps a slow phone from answering a tap for long; the app's first effects
    // then read the address, with every part ready to follow.
    let mut turns: Vec<Box<dyn FnOnce()>> = Vec::new();
    for (part, host) in Part::TURNS.into_iter().zip(cells) {
        turns.push(Box::new(move || {
            yew::Renderer::<StagePart>::with_root_and_props(host, StagePartProps { part, view })
                .hydrate();
        }));
    }
    turns.push(Box::new(move || {
        yew::Renderer::<crate::ui::app::App>::with_root_and_props(
            root,
            crate::ui::app::AppProps {
                view,
                ..Default::default()
            },
        )
        .hydrate();
    }));
    turns.push(Box::new(crate::browser::hydrated));
    in_turn(turns.into_iter());
}

/// Runs each turn in a task of its own, in order.
fn in_turn(mut turns: impl Iterator<Item = Box<dyn FnOnce()>> + 'static) {
    if let Some(turn) = turns.next() {
        gloo_timers::callback::Timeout::new(0, move || {
            turn();
            in_turn(turns);
        })
        .forget();
    }
}
