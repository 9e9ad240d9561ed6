// The original-language quote and its translation, in the statement edit form: the quote keeps the source's
// words (its span), these two fields hold their language and English. Kept apart from review.ts, which only
// places the fields and merges their changes into the PUT body.
import type { Statement } from "../api/types";
import { h } from "../dom";

export interface TranslationUpdate {
  translation?: string;
  quoteLanguage?: string;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** Only what changed; "" clears a field on the server. A problem names the field, or null. */
export function translationChanges(s: Statement, translation: string, quoteLanguage: string): { body: TranslationUpdate; problem: string | null } {
  const body: TranslationUpdate = {};
  const t = translation.trim();
  const l = quoteLanguage.trim().toLowerCase();
  if (l && !LANGUAGE.test(l)) return { body, problem: "Quote language: an ISO 639 code such as fr, de or uk." };
  if (t.length > 8000) return { body, problem: "Translation: at most 8000 characters." };
  if (t !== (s.translation ?? "")) body.translation = t;
  if (l !== (s.quoteLanguage ?? "")) body.quoteLanguage = l;
  return { body, problem: null };
}

/** The two fields for the edit form, and a reader of their changes. */
export function translationFields(s: Statement, idPrefix: string): { element: HTMLElement; read: () => { body: TranslationUpdate; problem: string | null } } {
  const language = h("input", { id: `${idPrefix}-quote-language`, value: s.quoteLanguage ?? "", size: 6, "data-testid": "review-quote-language" });
  const translation = h("textarea", { id: `${idPrefix}-translation`, rows: 2, "data-testid": "review-translation" });
  translation.value = s.translation ?? "";
  const element = h("fieldset", { class: "field-wide review-translation" },
    h("legend", {}, "Original language and translation"),
    h("label", { for: language.id }, "Language of the quote (ISO code, empty for English) "), language,
    h("label", { for: translation.id }, "Translation into English"), translation);
  return { element, read: () => translationChanges(s, translation.value, language.value) };
}

/** "Translation from French (fr): " before a review item's translation; null when it has none. */
export function translationLabel(s: Statement, languageName: (code: string) => string): string | null {
  if (!s.translation) return null;
  return `Translation${s.quoteLanguage ? ` from ${languageName(s.quoteLanguage)}` : ""}: `;
}

/** The English under a review item's original-language quote, or null when it has none. */
export function translationLine(s: Statement, languageName: (code: string) => string): HTMLElement | null {
  const label = translationLabel(s, languageName);
  return label === null ? null
    : h("p", { class: "item-translation", "data-testid": "review-item-translation", lang: "en" }, h("span", { class: "muted small" }, label), s.translation!);
}
