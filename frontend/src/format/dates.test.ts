import { describe, expect, it } from "vitest";
import { formatOnDate, formatWithPrecision } from "./dates";

// The same rules as the server's PrecisionDates (src/main/java/org/stanceline/statement/PrecisionDates.java).
describe("dates with their precision", () => {
  it("writes a month-dated statement as its month, never as the 1st", () => {
    expect(formatWithPrecision("2026-01-01", "month")).toBe("January 2026");
    expect(formatWithPrecision("2025-03-01", "month")).toBe("March 2025");
  });

  it("writes a week as the week of its Monday, a day as the day, a year as the year", () => {
    expect(formatWithPrecision("2025-03-17", "week")).toBe("week of 17 March 2025");
    expect(formatWithPrecision("2026-01-08", "day")).toBe("8 January 2026");
    expect(formatWithPrecision("2026-01-01", "year")).toBe("2026");
  });

  it("treats a missing precision as a day and a missing date as undated", () => {
    expect(formatWithPrecision("2026-01-08", null)).toBe("8 January 2026");
    expect(formatWithPrecision(undefined, "month")).toBe("undated");
  });

  it("gives sentences the right preposition", () => {
    expect(formatOnDate("2026-01-08", "day")).toBe("on 8 January 2026");
    expect(formatOnDate("2025-03-17", "week")).toBe("in the week of 17 March 2025");
    expect(formatOnDate("2026-01-01", "month")).toBe("in January 2026");
    expect(formatOnDate("2026-01-01", "year")).toBe("in 2026");
  });
});
