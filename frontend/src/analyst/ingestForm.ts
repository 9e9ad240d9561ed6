// The form that adds a source: paste an article (with optional metadata) or upload a file.
import type { CreatedSource } from "../api/types";
import { h } from "../dom";
import { plural } from "../format/text";
import type { AppContext } from "../state/context";
import { describeError } from "../views/status";
import type { Session } from "./auth";
import { PRECISIONS } from "./editPayload";
import { ReviewError, reviewApi, write, type NewSourceFields } from "./reviewApi";

export function ingestSection(ctx: AppContext, collapsed: boolean, login: (message: string, problem: boolean) => void): HTMLElement {
  const field = (id: string, label: string, input: HTMLElement) => h("div", { class: "field" }, h("label", { for: id }, label), input);
  const title = h("input", { id: "ingest-title", name: "title", "data-testid": "ingest-title" });
  const outlet = h("input", { id: "ingest-outlet", name: "outlet", "data-testid": "ingest-outlet" });
  const url = h("input", { id: "ingest-url", name: "url", type: "url", placeholder: "https://…", "data-testid": "ingest-url" });
  const date = h("input", { id: "ingest-date", name: "publishedOn", type: "date", "data-testid": "ingest-date" });
  const precision = h("select", { id: "ingest-precision", name: "precision", "data-testid": "ingest-precision" },
    h("option", { value: "" }, "—"), ...PRECISIONS.map((p) => h("option", { value: p }, p)));
  const text = h("textarea", { id: "paste-text", name: "text", rows: 8, "data-testid": "paste-text", "aria-describedby": "paste-hint" });
  const submit = h("button", { type: "submit", class: "button", "data-testid": "paste-submit" }, "Add pasted text");
  const file = h("input", { id: "upload-file", type: "file", accept: ".txt,.md,.html,text/plain,text/markdown,text/html", "data-testid": "upload-file" });
  const status = h("div", { class: "ingest-status", role: "status", "data-testid": "ingest-status" });
  const fields = (): NewSourceFields => ({ title: title.value, outlet: outlet.value, url: url.value, publishedOn: date.value, precision: precision.value });

  const run = (what: string, call: (s: Session | null) => Promise<CreatedSource>) => {
    submit.disabled = true;
    file.disabled = true;
    status.className = "ingest-status";
    status.replaceChildren(`Adding ${what}…`);
    write(call, login).then(
      (created) => {
        submit.disabled = false;
        file.disabled = false;
        if (!created) return status.replaceChildren("Not added: sign in first.");
        const n = created.proposed?.length ?? 0;
        ctx.announce(`Source ${created.id} added with ${plural(n, "proposed statement")}.`);
        ctx.navigate({ view: "review", source: created.id, statement: null });
      },
      (error) => {
        submit.disabled = false;
        file.disabled = false;
        status.className = "ingest-status is-error";
        const { title: t, detail } = describeError(error);
        const existing = error instanceof ReviewError ? error.existingId : null;
        status.replaceChildren(h("p", { role: "alert" }, h("strong", {}, `Not added. ${t}. `), detail));
        if (existing !== null) status.append(h("p", {}, h("a", { href: `?view=review&source=${existing}`, "data-testid": "ingest-existing", onclick: (e: Event) => {
            e.preventDefault();
            ctx.navigate({ view: "review", source: existing, statement: null });
          } }, `Open the existing source (${existing})`)));
      },
    );
  };

  const form = h("form", { class: "ingest-form", "aria-label": "Paste an article", "data-testid": "paste-form", novalidate: true },
    h("div", { class: "ingest-fields" },
      field("ingest-title", "Title (optional)", title),
      field("ingest-outlet", "Outlet", outlet),
      field("ingest-url", "Address (URL)", url),
      field("ingest-date", "Published on", date),
      field("ingest-precision", "Date precision", precision)),
    h("div", { class: "field" }, h("label", { for: "paste-text" }, "Article text"), text,
      h("span", { id: "paste-hint", class: "muted small" }, "Paste the whole article. It may start with a header: Title:, Date: (YYYY-MM-DD) and Source: lines, "
        + "or front matter between --- lines (title:, date:, outlet:, url:). Header lines are not stored as text; "
        + "without a title, the first other line becomes the title. The fields above win over the header.")),
    h("p", { class: "ingest-actions" }, submit));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      status.className = "ingest-status is-error";
      status.replaceChildren(h("p", { role: "alert" }, "Paste the article's text first."));
      text.focus();
      return;
    }
    if (date.value && !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
      status.replaceChildren(h("p", { role: "alert" }, "Published on: use the form YYYY-MM-DD."));
      return;
    }
    run("the pasted text", (s) => reviewApi.ingestText(s, fields(), text.value));
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (!/\.(txt|md|html?)$/i.test(chosen.name)) {
      status.className = "ingest-status is-error";
      status.replaceChildren(h("p", { role: "alert" }, `${chosen.name}: choose a .txt, .md or .html file.`));
      file.value = "";
      return;
    }
    run(chosen.name, (s) => reviewApi.ingestFile(s, fields(), chosen));
    file.value = "";
  });

  return h("details", { class: "review-ingest", open: !collapsed, "data-testid": "review-ingest" },
    h("summary", {}, h("h3", {}, collapsed ? "Add another source" : "Add a source")),
    form,
    h("div", { class: "field upload" }, h("label", { for: "upload-file" }, "…or upload a file (.txt, .md, .html); the fields above apply to it too"), file),
    status);
}
