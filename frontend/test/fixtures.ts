// Typed access to the JSON fixtures for tests.
import actors from "./fixtures/actors.json";
import events from "./fixtures/events.json";
import sources from "./fixtures/sources.json";
import speakers from "./fixtures/speakers.json";
import statements from "./fixtures/statements.json";
import timeline from "./fixtures/timeline-troops-month.json";
import topics from "./fixtures/topics.json";
import type { Actor, ContextEvent, SourceDetail, Speaker, Statement, Timeline, Topic } from "../src/api/types";

export const fixtures = {
  topics: topics as Topic[],
  actors: actors as Actor[],
  speakers: speakers as Speaker[],
  events: events as ContextEvent[],
  statements: statements as Statement[],
  sources: sources as unknown as (SourceDetail & { text: string })[],
  timeline: timeline as Timeline,
};

export const troops = fixtures.topics.find((t) => t.key === "troops")!;
export const ALL_ACTORS = fixtures.actors.map((a) => a.key);
