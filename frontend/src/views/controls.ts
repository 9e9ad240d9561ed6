// Topic, actors, period and bucket, plus the share and download actions. Every change goes
// through ctx.navigate, so the URL is the only source of truth. The server exports (briefings,
// server-drawn charts, statement data) are plain links whose addresses follow the view state.
import { downloadChartPng, downloadChartSvg } from "../chart/downloads";
import { copyText, h } from "../dom";
import { formatRange, todayIso } from "../format/dates";
import type { AppContext } from "../state/context";
import {
  BRIEFING_FORMATS,
  briefingUrl,
  BUCKETS,
  embedSnippet,
  exportFilename,
  imageSnippet,
  permalink,
  RELATIVE_PERIODS,
  resolvePeriod,
  statementsExportUrl,
  staticChartUrl,
  type BriefingFormat,
  type Period,
  type RelativePeriod,
  type ViewState,
} from "../state/urlState";
import { describeError } from "./status";

const PRESET_LABELS: Record<RelativePeriod, string> = { all: "All dates", "30d": "Last 30 days", "90d": "Last 90 days", "365d": "Last 365 days" };
const BUCKET_LABELS: Record<string, string> = { day: "Day", week: "Week", month: "Month" };
const BRIEFING_LABELS: Record<BriefingFormat, string> = { pdf: "PDF", docx: "DOCX", html: "HTML", md: "Markdown" };

interface ServerExport {
  testid: string;
  label: string;
  /** Accessible name: starts with the visible label. */
  name: string;
  href(state: ViewState, today: string): string;
  filename(state: ViewState, today: string): string;
}

const SERVER_EXPORTS: { heading: string; links: ServerExport[] }[] = [
  {
    heading: "Briefing",
    links: BRIEFING_FORMATS.map((f) => ({
      testid: `briefing-${f}`,
      label: BRIEFING_LABELS[f],
      name: `${BRIEFING_LABELS[f]} briefing for this topic, period and capitals`,
      href: (s, t) => briefingUrl(s, f, t),
      filename: (s, t) => exportFilename("briefing", s, t, f),
    })),
  },
  {
    heading: "Static image",
    links: [
      { testid: "server-svg", label: "SVG", name: "SVG chart drawn by the server", href: (s, t) => staticChartUrl(s, "svg", t), filename: (s, t) => exportFilename("chart", s, t, "svg") },
      { testid: "server-png", label: "PNG 2×", name: "PNG 2× chart drawn by the server", href: (s, t) => staticChartUrl(s, "png", t, { scale: 2 }), filename: (s, t) => exportFilename("chart", s, t, "png") },
    ],
  },
  {
    heading: "All statements",
    links: [
      { testid: "export-csv", label: "CSV", name: "CSV of every statement matching the filters", href: (s, t) => statementsExportUrl(s, "csv", t), filename: (s, t) => exportFilename("statements", s, t, "csv") },
      { testid: "export-json", label: "JSON", name: "JSON of every statement matching the filters", href: (s, t) => statementsExportUrl(s, "json", t), filename: (s, t) => exportFilename("statements", s, t, "json") },
    ],
  },
];

export interface Controls {
  element: HTMLElement;
  sync(ctx: AppContext): void;
}

/** Changing filters that change which rows exist sends the table back to its first page. */
const FIRST_PAGE = { page: 0 } as const;

export function createControls(getCtx: () => AppContext): Controls {
  const topicSelect = h("select", { id: "control-topic", "data-testid": "topic-select" });
  topicSelect.addEventListener("change", () => getCtx().navigate({ topic: topicSelect.value, speaker: null, ...FIRST_PAGE }));

  const actorGroup = h("div", { class: "actor-toggles", role: "group", "aria-labelledby": "actors-label" });

  const presetSelect = h("select", { id: "control-period", "data-testid": "period-preset" },
    ...RELATIVE_PERIODS.map((p) => h("option", { value: p }, PRESET_LABELS[p])),
    h("option", { value: "custom" }, "Custom dates…"));
  const fromInput = h("input", { type: "date", id: "control-from", "data-testid": "period-from", "aria-label": "From date" });
  const toInput = h("input", { type: "date", id: "control-to", "data-testid": "period-to", "aria-label": "To date" });
  const resolved = h("span", { class: "period-resolved", "data-testid": "period-resolved", "aria-live": "polite" });

  presetSelect.addEventListener("change", () => {
    const ctx = getCtx();
    if (presetSelect.value === "custom") {
      const { from, to } = resolvePeriod(ctx.state.period, ctx.today);
      ctx.navigate({ period: { kind: "absolute", from: from ?? fromInput.value ?? null, to: to ?? ctx.today }, ...FIRST_PAGE });
      fromInput.focus();
    } else {
      ctx.navigate({ period: { kind: "relative", preset: presetSelect.value as RelativePeriod }, ...FIRST_PAGE });
    }
  });
  const onDate = () => {
    const period: Period = { kind: "absolute", from: fromInput.value || null, to: toInput.value || null };
    if (period.from && period.to && period.from > period.to) {
      getCtx().announce("The start date is after the end date; they were swapped.");
      [period.from, period.to] = [period.to, period.from];
    }
    getCtx().navigate({ period, ...FIRST_PAGE });
  };
  fromInput.addEventListener("change", onDate);
  toInput.addEventListener("change", onDate);

  const bucketSelect = h("select", { id: "control-bucket", "data-testid": "bucket-select" }, ...BUCKETS.map((b) => h("option", { value: b }, BUCKET_LABELS[b])));
  bucketSelect.addEventListener("change", () => getCtx().navigate({ bucket: bucketSelect.value as AppContext["state"]["bucket"] }));

  const status = h("span", { class: "action-status", role: "status", "data-testid": "action-status" });
  const say = (text: string) => {
    status.textContent = text;
    getCtx().announce(text);
  };
  const run = (label: string, action: () => Promise<string>) => async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    say(`${label}…`);
    try {
      say(await action());
    } catch (e) {
      const { title, detail } = describeError(e);
      say(`${label} failed: ${title}. ${detail}`);
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  };

  const snippetArea = h("textarea", { id: "embed-snippet", readonly: true, rows: 3, "data-testid": "embed-snippet" });
  const imageSnippetArea = h("textarea", { id: "embed-image-snippet", readonly: true, rows: 4, "data-testid": "embed-image-snippet" });
  const snippetBox = h("div", { class: "snippet", hidden: true, "data-testid": "embed-panel" },
    h("label", { for: "embed-snippet" }, "Live chart (iframe; copied to the clipboard):"),
    snippetArea,
    h("div", { class: "snippet-head" },
      h("label", { for: "embed-image-snippet" }, "Static image (PNG 2×, linked to the full view; for documents and mail that take no iframes):"),
      h("button", { type: "button", class: "button button-small", "data-testid": "copy-image-snippet", onclick: run("Copying image code", async () => {
        fillSnippets();
        const ok = await copyText(imageSnippetArea.value);
        imageSnippetArea.select();
        return ok ? "Image code copied." : "Select the image code and copy it.";
      }) }, "Copy image code")),
    imageSnippetArea);
  function fillSnippets(): void {
    const ctx = getCtx();
    const title = `Stanceline: ${ctx.topic.question}`;
    snippetArea.value = embedSnippet(location.origin, ctx.state, title);
    const { from, to } = resolvePeriod(ctx.state.period, todayIso());
    const alt = `Stance timeline: ${ctx.topic.question} (${from && to ? formatRange(from, to) : "all dates"}). Source: Stanceline.`;
    imageSnippetArea.value = imageSnippet(location.origin, ctx.state, todayIso(), alt);
  }


  const csvLink = h("a", { class: "button", "data-testid": "download-csv", "aria-label": "CSV of the statements matching the filters", href: "#", download: "" }, "CSV");
  const actions = h("div", { class: "actions", role: "group", "aria-label": "Share and download" },
    h("button", { type: "button", class: "button", "data-testid": "copy-link", onclick: run("Copying link", async () => {
      const ok = await copyText(permalink(location.origin, getCtx().state));
      return ok ? "Link copied: it reproduces this view." : "Could not copy: use the address bar.";
    }) }, "Copy link"),
    h("button", { type: "button", class: "button", "data-testid": "embed-button", "aria-controls": "embed-snippet", onclick: run("Copying embed code", async () => {
      fillSnippets();
      snippetBox.hidden = false;
      const ok = await copyText(snippetArea.value);
      snippetArea.select();
      return ok ? "Embed code copied." : "Select the embed code below and copy it.";
    }) }, "Embed"),
    h("button", { type: "button", class: "button", "data-testid": "download-svg", onclick: run("Preparing SVG", async () => `Downloaded ${await downloadChartSvg(getCtx())}.`) }, "SVG"),
    h("button", { type: "button", class: "button", "data-testid": "download-png", onclick: run("Preparing PNG", async () => `Downloaded ${await downloadChartPng(getCtx())}.`) }, "PNG"),
    // The server writes the CSV (one writer, one set of columns); this link carries the current filters.
    csvLink,
    status,
  );

  // Server exports: plain links (keyboard accessible, open in a new tab, copyable). Their addresses
  // follow every state change and are resolved again at click time, so "last 30 days" means the
  // 30 days up to the day of the click.
  const exportLinks: { link: HTMLAnchorElement; spec: ServerExport }[] = [];
  const exports = h("div", { class: "exports", role: "group", "aria-label": "Export from the server", "data-testid": "server-exports" },
    ...SERVER_EXPORTS.map((group, i) => h("div", { class: "export-group", role: "group", "aria-labelledby": `export-group-${i}` },
      h("span", { class: "label", id: `export-group-${i}` }, group.heading),
      ...group.links.map((spec) => {
        const link = h("a", { class: "button button-small", "data-testid": spec.testid, "aria-label": spec.name, href: "#", download: "" }, spec.label);
        exportLinks.push({ link, spec });
        return link;
      }))));
  const updateExports = (state: ViewState, today: string) => {
    for (const { link, spec } of exportLinks) {
      const href = spec.href(state, today);
      if (link.getAttribute("href") !== href) link.setAttribute("href", href);
      link.setAttribute("download", spec.filename(state, today));
    }
  };
  exportLinks.push({ link: csvLink, spec: SERVER_EXPORTS[2].links[0] });
  const refreshAtClick = () => updateExports(getCtx().state, todayIso());
  for (const type of ["click", "auxclick", "contextmenu", "dragstart"]) {
    exports.addEventListener(type, refreshAtClick, true);
    csvLink.addEventListener(type, refreshAtClick, true);
  }

  const element = h("section", { class: "controls", "aria-label": "View controls", "data-testid": "controls" },
    h("div", { class: "control" }, h("label", { for: "control-topic" }, "Topic"), topicSelect),
    h("div", { class: "control control-actors" }, h("span", { id: "actors-label", class: "label" }, "Capitals"), actorGroup),
    h("div", { class: "control control-period" }, h("label", { for: "control-period" }, "Period"),
      h("div", { class: "period-inputs" }, presetSelect, fromInput, h("span", { "aria-hidden": "true" }, "–"), toInput), resolved),
    h("div", { class: "control" }, h("label", { for: "control-bucket" }, "Bucket"), bucketSelect),
    actions,
    exports,
    snippetBox,
  );

  function syncActors(ctx: AppContext) {
    const existing = new Map([...actorGroup.querySelectorAll<HTMLButtonElement>("button[data-actor]")].map((b) => [b.dataset.actor!, b]));
    if (existing.size !== ctx.actors.length + 0 || !ctx.actors.every((a) => existing.has(a.key))) {
      actorGroup.replaceChildren(
        ...ctx.actors.map((a) =>
          h("button", { type: "button", class: "actor-toggle", "data-actor": a.key, "data-testid": `actor-toggle-${a.key}`, style: `--actor:${a.colour}`, onclick: () => toggleActor(a.key) },
            h("span", { class: "swatch", "aria-hidden": "true" }), a.name)),
        h("button", { type: "button", class: "actor-toggle actor-all", "data-testid": "actor-toggle-all", onclick: () => getCtx().navigate({ actors: null, ...FIRST_PAGE }) }, "All"),
      );
    }
    for (const b of actorGroup.querySelectorAll<HTMLButtonElement>("button[data-actor]")) {
      b.setAttribute("aria-pressed", String(ctx.selectedActors.includes(b.dataset.actor!)));
    }
    actorGroup.querySelector<HTMLButtonElement>(".actor-all")!.setAttribute("aria-pressed", String(ctx.state.actors === null));
  }

  function toggleActor(key: string) {
    const ctx = getCtx();
    const current = ctx.selectedActors;
    if (current.length === 1 && current[0] === key) {
      ctx.announce("At least one capital stays selected.");
      return;
    }
    const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
    const ordered = ctx.actors.map((a) => a.key).filter((k) => next.includes(k));
    ctx.navigate({ actors: ordered.length === ctx.actors.length ? null : ordered, ...FIRST_PAGE });
  }

  return {
    element,
    sync(ctx) {
      if (topicSelect.options.length !== ctx.topics.length) {
        topicSelect.replaceChildren(...ctx.topics.map((t) => h("option", { value: t.key }, t.question)));
      }
      topicSelect.value = ctx.topic.key;
      syncActors(ctx);
      const period = ctx.state.period;
      presetSelect.value = period.kind === "relative" ? period.preset : "custom";
      const { from, to } = resolvePeriod(period, ctx.today);
      fromInput.value = from ?? "";
      toInput.value = to ?? "";
      resolved.textContent = period.kind === "relative" && from && to ? `(${formatRange(from, to)}, moves with today)` : "";
      bucketSelect.value = ctx.state.bucket;
      updateExports(ctx.state, todayIso());
      if (!snippetBox.hidden) fillSnippets();
    },
  };
}
