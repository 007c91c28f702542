// The one-page handout's QR code: the link of the printed view, drawn into each element with a
// `data-qr` address whenever the page prints. The explainer loads this module only when a reader
// prints the handout, so the first load never carries it (src/browser/handout.rs).
import { generate } from "./lean-qr.js";

const SVG = "http://www.w3.org/2000/svg";
// The quiet zone the standard asks for around the code, in modules.
const QUIET = 4;

function draw() {
  for (const box of document.querySelectorAll("[data-qr]")) {
    const address = box.getAttribute("data-qr");
    if (!address || box.getAttribute("data-qr-drawn") === address) continue;
    // Error correction M: a printed, folded sheet photographed in a classroom still reads.
    const code = generate(address, { minCorrectionLevel: 1 });
    const side = code.size + 2 * QUIET;
    let path = "";
    for (let y = 0; y < code.size; y++) {
      for (let x = 0; x < code.size; x++) {
        if (code.get(x, y)) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
      }
    }
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${side} ${side}`);
    svg.setAttribute("shape-rendering", "crispEdges");
    svg.setAttribute("aria-hidden", "true");
    const ground = document.createElementNS(SVG, "rect");
    ground.setAttribute("width", side);
    ground.setAttribute("height", side);
    ground.setAttribute("fill", "#fff");
    const modules = document.createElementNS(SVG, "path");
    modules.setAttribute("d", path);
    modules.setAttribute("fill", "#000");
    svg.append(ground, modules);
    box.replaceChildren(svg);
    box.setAttribute("data-qr-drawn", address);
  }
}

addEventListener("beforeprint", draw);
draw();
