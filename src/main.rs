//! Mounts the explainer in the browser, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use explainer::components::stage_part::{Part, StagePart, StagePartProps};
        use explainer::state::{share, State};

        // Through Yew, which otherwise installs its own hook when rendering starts. The release
        // build aborts at once on a panic and never runs a hook: the loader shows the note.
        #[cfg(not(panic = "immediate-abort"))]
        yew::set_custom_panic_hook(Box::new(explainer::browser::on_panic));
        // The page as loaded tells where the explainer's folder is: read it before the
        // address changes.
        explainer::browser::folder();
        if explainer::browser::open_language_page() {
            return;
        }
        let view = explainer::browser::page_view();
        let Some((root, cells)) = explainer::browser::hydration_roots(Part::TURNS) else {
            explainer::browser::on_missing_root();
            return;
        };
        share(State::new(&explainer::content::STORY, view));
        // Each root in a task of its own, the stage's parts first and the app around them last,
        // so that no task keeps a slow phone from answering a tap for long; the app's first
        // effects then read the address, with every part ready to follow.
        let mut turns: Vec<Box<dyn FnOnce()>> = Vec::new();
        for (part, host) in Part::TURNS.into_iter().zip(cells) {
            turns.push(Box::new(move || {
                yew::Renderer::<StagePart>::with_root_and_props(
                    host,
                    StagePartProps { part, view },
                )
                .hydrate();
            }));
        }
        turns.push(Box::new(move || {
            yew::Renderer::<explainer::app::App>::with_root_and_props(
                root,
                explainer::app::AppProps {
                    view,
                    ..Default::default()
                },
            )
            .hydrate();
        }));
        turns.push(Box::new(explainer::browser::hydrated));
        in_turn(turns.into_iter());
    }
}

/// Runs each turn in a task of its own, in order.
#[cfg(target_arch = "wasm32")]
fn in_turn(mut turns: impl Iterator<Item = Box<dyn FnOnce()>> + 'static) {
    if let Some(turn) = turns.next() {
        gloo_timers::callback::Timeout::new(0, move || {
            turn();
            in_turn(turns);
        })
        .forget();
    }
}
