// The analyst view (`view=review`, `source=ID`): sign in, add a source (paste or upload), then
// review its proposed statements in the text: confirm, reject, or edit the coding and the span.
// Without a source it lists every proposed statement (the review queue). Loaded lazily by main.ts,
// so the dashboard's first paint does not carry it. The parts: signInForm.ts, ingestForm.ts,
// reviewView.ts (drawing and API calls) over reviewState.ts (plain state), editForm.ts, and
// handCodeForm.ts over handCode.ts (coding a statement by hand, e.g. on a non-English source).
import "./review.css";
import { h } from "../dom";
import type { AppContext } from "../state/context";
import { ingestSection } from "./ingestForm";
import { ReviewView } from "./reviewView";
import { mountSignIn } from "./signInForm";

export function renderReview(ctx: AppContext, container: HTMLElement, signal: AbortSignal): () => void {
  const sourceId = ctx.state.source;
  const auth = h("section", { class: "review-auth", "aria-label": "Analyst sign-in", "data-testid": "review-auth" });
  const main = h("div", { class: "review-main" });
  const ingest = ingestSection(ctx, sourceId !== null, (message, problem) => showLogin(message, problem));
  container.replaceChildren(...[
    h("h2", {}, "Review"),
    h("p", { class: "view-intro" }, "Add an article, then check what the system proposes: confirm, edit or reject each statement in the text. Proposed statements stay off the timeline until confirmed."),
    auth,
    sourceId === null ? ingest : null,
    main,
    sourceId === null ? null : ingest,
  ].filter((x): x is HTMLElement => x !== null));

  const showLogin = mountSignIn(ctx, auth, signal);

  // --- source or queue -----------------------------------------------------------------------
  const controller = new AbortController();
  signal.addEventListener("abort", () => controller.abort());
  const review = new ReviewView(ctx, main, controller.signal, (message, problem) => showLogin(message, problem));
  if (sourceId === null) review.loadQueue();
  else review.loadSource(sourceId);
  return () => controller.abort();
}
