import { describe, expect, it } from "vitest";
import { findQuote, handCodeBody, isEnglish, languageNotice, periodStart, problemFields, type HandDraft } from "./handCode";

const TEXT = "Le ministre a déclaré : « La France n’enverra pas de soldats. »\nIl a ajouté que la France n’enverra pas de soldats cette année.";

const draft = (extra: Partial<HandDraft> = {}): HandDraft => ({
  span: findQuote(TEXT, "La France n’enverra pas de soldats.").span, quoteLanguage: "fr", translation: "France will not send soldiers.",
  speaker: "macron", actor: "", topic: "troops", stance: -1, intensity: 1, saidOn: "2025-03-06", precision: "day",
  verbatim: true, status: "confirmed", note: "", ...extra,
});

describe("language notice", () => {
  it("says nothing for English or an unknown language, and names the language otherwise", () => {
    expect(isEnglish("en")).toBe(true);
    expect(isEnglish("en-GB")).toBe(true);
    expect(isEnglish(null)).toBe(true);
    expect(isEnglish("fr")).toBe(false);
    expect(languageNotice("en")).toBeNull();
    expect(languageNotice("de")).toMatch(/German \(de\), not English: the pipeline proposes no statements/);
  });
});

describe("findQuote", () => {
  it("finds exact words and returns the source's own characters", () => {
    const found = findQuote(TEXT, "  La France n’enverra pas de soldats.  ");
    expect(found.occurrences).toBe(1);
    expect(found.span).toEqual({ start: TEXT.indexOf("La France"), end: TEXT.indexOf("La France") + 35, quote: "La France n’enverra pas de soldats." });
  });

  it("tolerates other white space and straight apostrophes in pasted words", () => {
    const found = findQuote(TEXT, "la   France n'enverra\npas de soldats");
    expect(found.span?.quote).toBe("la France n’enverra pas de soldats");
    expect(TEXT.slice(found.span!.start, found.span!.end)).toBe(found.span!.quote);
  });

  it("counts every place and takes the first at or after the given offset", () => {
    const all = findQuote(TEXT, "n’enverra pas");
    expect(all.occurrences).toBe(2);
    expect(all.span!.start).toBe(TEXT.indexOf("n’enverra pas"));
    expect(findQuote(TEXT, "n’enverra pas", all.span!.start + 1).span!.start).toBe(TEXT.lastIndexOf("n’enverra pas"));
  });

  it("finds nothing for words that are not there, or for nothing", () => {
    expect(findQuote(TEXT, "Deutschland")).toEqual({ span: null, occurrences: 0 });
    expect(findQuote(TEXT, "   ")).toEqual({ span: null, occurrences: 0 });
    expect(findQuote(TEXT, "soldats (")).toEqual({ span: null, occurrences: 0 });
  });
});

describe("handCodeBody", () => {
  it("builds the POST body with the span, the original quote, its language and translation", () => {
    const { body, problems } = handCodeBody(7, TEXT, draft());
    expect(problems).toEqual([]);
    expect(body).toEqual({
      sourceId: 7, speaker: "macron", topic: "troops", saidOn: "2025-03-06", precision: "day",
      quote: "La France n’enverra pas de soldats.", verbatim: true, span: { start: 26, end: 61 },
      stance: -1, intensity: 1, status: "confirmed", confidence: 1, quoteLanguage: "fr", translation: "France will not send soldiers.",
    });
    expect(TEXT.slice(body!.span.start, body!.span.end)).toBe(body!.quote);
  });

  it("stores an imprecise date as the start of its period and says so", () => {
    const { body } = handCodeBody(7, TEXT, draft({ saidOn: "2025-03-06", precision: "week", actor: "paris", note: " n " }));
    expect(body).toMatchObject({ saidOn: "2025-03-03", precision: "week", actor: "paris", note: "n", dateNote: "coded as 2025-03-06, stored as the start of its week" });
    expect(periodStart("2025-03-06", "month")).toBe("2025-03-01");
    expect(periodStart("2025-03-06", "year")).toBe("2025-01-01");
    expect(periodStart("2025-03-09", "week")).toBe("2025-03-03");
  });

  it("sends no language for English and names each bad field", () => {
    expect(handCodeBody(7, TEXT, draft({ quoteLanguage: "EN", translation: "" })).body).not.toHaveProperty("quoteLanguage");
    const { body, problems } = handCodeBody(7, TEXT, draft({ span: null, speaker: "", topic: "", saidOn: "6.3.2025", quoteLanguage: "French", translation: "" }));
    expect(body).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(["span", "speaker", "topic", "saidOn", "quoteLanguage", "translation"]);
  });

  it("refuses a span that no longer holds its quote", () => {
    const stale = { start: 0, end: 5, quote: "Bonjour" };
    expect(handCodeBody(7, TEXT, draft({ span: stale })).problems.map((p) => p.field)).toEqual(["span"]);
  });
});

describe("problemFields", () => {
  it("reads the fields of violations and of a detail's Field 'x'", () => {
    expect(problemFields([{ field: "span.start", message: "must be ≥ 0" }, { field: "quoteLanguage", message: "bad" }], null)).toEqual(["span", "quoteLanguage"]);
    expect(problemFields(null, "The request body is not valid JSON in field 'saidOn': a date from 1900-01-01")).toEqual(["saidOn"]);
    expect(problemFields(undefined, "Field 'span': span [0, 4) holds \"Le m\", not the quote")).toEqual(["span"]);
    expect(problemFields("nonsense", null)).toEqual([]);
  });
});
