// Loading, empty and error states: each says what happened and what to do next.
import { ApiError } from "../api/client";
import { h } from "../dom";

export function loadingBlock(what: string): HTMLElement {
  return h("div", { class: "state state-loading", role: "status", "data-testid": "state-loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), `Loading ${what}…`);
}

export function emptyBlock(message: string, ...actions: HTMLElement[]): HTMLElement {
  return h("div", { class: "state state-empty", role: "status", "data-testid": "state-empty" }, h("p", {}, message), actions.length ? h("p", { class: "state-actions" }, ...actions) : null);
}

export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    const status = error.status ? ` (HTTP ${error.status})` : "";
    return { title: `${error.title}${status}`, detail: error.detail ?? `The request to ${error.url} failed.` };
  }
  return { title: "Something went wrong", detail: error instanceof Error ? error.message : String(error) };
}

export function errorBlock(what: string, error: unknown, retry?: () => void): HTMLElement {
  const { title, detail } = describeError(error);
  return h(
    "div",
    { class: "state state-error", role: "alert", "data-testid": "state-error" },
    h("p", {}, h("strong", {}, `Could not load ${what}. `), title),
    h("p", { class: "state-detail" }, detail),
    retry ? h("p", { class: "state-actions" }, h("button", { type: "button", class: "button", onclick: retry, "data-testid": "retry" }, "Try again")) : null,
  );
}

export const isAbort = (e: unknown): boolean => (e as Error)?.name === "AbortError";
