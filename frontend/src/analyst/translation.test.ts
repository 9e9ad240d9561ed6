import { describe, expect, it } from "vitest";
import type { Statement } from "../api/types";
import { translationChanges, translationLabel } from "./translation";

const statement = (extra: Partial<Statement>): Statement => ({
  id: 1, key: "s1", date: "2025-03-01", precision: "day", actor: "paris", speaker: null, topic: "troops",
  quote: "La France est prête à envoyer des troupes.", verbatim: true, stance: 2, intensity: 1, cues: [], confidence: 1,
  status: "proposed", coder: "analyst", source: { id: 1, title: "t", outlet: "o", url: null, publishedOn: "2025-03-01" } as Statement["source"],
  span: { start: 0, end: 10 }, ...extra,
});

describe("translation fields", () => {
  it("sends only what changed, language in lower case", () => {
    expect(translationChanges(statement({}), " France is ready to send troops. ", "FR"))
      .toEqual({ body: { translation: "France is ready to send troops.", quoteLanguage: "fr" }, problem: null });
    expect(translationChanges(statement({ translation: "x", quoteLanguage: "fr" }), "x", "fr")).toEqual({ body: {}, problem: null });
  });

  it("clears with an empty value and names the field of a bad language code", () => {
    expect(translationChanges(statement({ translation: "x", quoteLanguage: "fr" }), "", "").body).toEqual({ translation: "", quoteLanguage: "" });
    expect(translationChanges(statement({}), "", "French").problem).toMatch(/^Quote language/);
  });
});

describe("translation label", () => {
  it("names the quote's language, and is null without a translation", () => {
    expect(translationLabel(statement({ translation: "France is ready.", quoteLanguage: "fr" }), (c) => `French (${c})`)).toBe("Translation from French (fr): ");
    expect(translationLabel(statement({ translation: "France is ready." }), (c) => c)).toBe("Translation: ");
    expect(translationLabel(statement({}), (c) => c)).toBeNull();
  });
});
