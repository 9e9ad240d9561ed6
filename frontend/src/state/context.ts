// What every view gets: the state from the URL, the reference data, and a way to change the URL.
import type { Actor, Speaker, Topic } from "../api/types";
import type { ViewState } from "./urlState";

export interface ReferenceData {
  topics: Topic[];
  actors: Actor[];
  speakers: Speaker[];
}

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (for typing, corrections). */
  replace?: boolean;
}

export interface AppContext extends ReferenceData {
  state: ViewState;
  topic: Topic;
  /** The selected actor keys, resolved (all when the URL says none). */
  selectedActors: string[];
  today: string;
  reducedMotion: boolean;
  navigate(patch: Partial<ViewState>, options?: NavigateOptions): void;
  announce(message: string): void;
}

export const actorByKey = (ctx: Pick<ReferenceData, "actors">, key: string): Actor | undefined => ctx.actors.find((a) => a.key === key);
