import { describe, expect, it } from "vitest";
import { fixtures } from "./fixtures";
import { handleApiRequest } from "./fixtures/mockApi.js";

describe("fixtures", () => {
  it("have spans that index the quote in the source text", () => {
    for (const s of fixtures.statements) {
      const source = fixtures.sources.find((x) => x.id === s.source.id)!;
      expect(source.text.slice(s.span!.start, s.span!.end)).toBe(s.quote);
    }
  });

  it("are served by the fixture API in the contract's shapes", () => {
    const page = handleApiRequest("/api/statements?topic=troops&actor=moscow&sort=-intensity&size=2", fixtures).body;
    expect(page.total).toBe(7);
    expect(page.items.map((s: { intensity: number }) => s.intensity)).toEqual([3, 3]);
    const problem = handleApiRequest("/api/timeline?topic=troops&from=2025-02-30", fixtures);
    expect(problem.status).toBe(400);
    expect(problem.contentType).toBe("application/problem+json");
    expect(problem.body.detail).toMatch(/from/);
  });
});
