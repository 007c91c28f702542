//! The camera's glide from the frame it drew to the frame it draws.

use yew::prelude::*;

use crate::map::layout::Frame;

/// Glides the map behind `map` (the element around its drawing, `width` CSS pixels wide)
/// whenever `frame` changes, from the frame drawn before. The first frame is drawn as it is.
///
/// It acts as the component renders, not in an effect: the glide's start must be set in the
/// task that writes the new frame into the page, and Yew may let the browser paint between a
/// render and its effects (the new view would flash for a frame). On the host `map` holds no
/// element, and nothing happens.
#[hook]
pub fn use_camera_glide(map: &NodeRef, frame: Frame, width: f64) {
    let drawn = use_mut_ref(|| frame);
    let from = drawn.replace(frame);
    if from != frame {
        crate::browser::glide_map(map, from, frame, width);
    }
}
