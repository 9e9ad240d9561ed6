// The stance and intensity scales of DESIGN.md, in words.
import type { Topic } from "../api/types";

export const STANCES = [-2, -1, 0, 1, 2] as const;
export const INTENSITIES = [0, 1, 2, 3] as const;

const DEFAULT_STANCE_LABELS: Record<string, string> = { "-2": "threatens", "-1": "opposes", "0": "conditional", "1": "open to", "2": "commits" };

export const INTENSITY_LABELS: Record<number, string> = {
  0: "descriptive",
  1: "firm",
  2: "warning of consequences",
  3: "explicit threat of force",
};

export function stanceLabel(stance: number, topic?: Pick<Topic, "scaleLabels"> | null): string {
  const key = String(Math.round(stance));
  return topic?.scaleLabels?.[key] ?? DEFAULT_STANCE_LABELS[key] ?? String(stance);
}

/** "−2 threatens": sign and word, for axes and cells. */
export function stanceWithNumber(stance: number, topic?: Pick<Topic, "scaleLabels"> | null): string {
  const n = stance > 0 ? `+${stance}` : stance < 0 ? `−${-stance}` : "0";
  return `${n} ${stanceLabel(stance, topic)}`;
}

export function intensityLabel(intensity: number): string {
  return INTENSITY_LABELS[intensity] ?? String(intensity);
}

/** Which side of the question a stance is on. */
export function stanceSide(stance: number): "opposed" | "neutral" | "supportive" {
  return stance < 0 ? "opposed" : stance > 0 ? "supportive" : "neutral";
}
