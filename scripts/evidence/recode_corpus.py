"""One-off re-coding of the demo corpus by docs/CODEBOOK.md (run once; kept as the record of what changed)."""
import json, pathlib
root = pathlib.Path(__file__).resolve().parents[2] / "data"

def load(k):
    return json.loads((root / "statements" / f"{k}.json").read_text())

def text(k):
    return (root / "sources" / f"{k}.txt").read_text()

def save(k, d):
    (root / "statements" / f"{k}.json").write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

def stmt(src, key, speaker, actor, topic, said, prec, note_date, quote, verbatim, stance, intensity, cues, note, conf=0.7):
    t = text(src)
    at = t.index(quote)
    assert t.count(quote) == 1, quote
    return {"key": key, "speaker": speaker, "actor": actor, "topic": topic, "saidOn": said, "precision": prec,
            "dateNote": note_date, "quote": quote, "verbatim": verbatim, "span": {"start": at, "end": at + len(quote)},
            "stance": stance, "intensity": intensity, "cues": cues, "confidence": conf, "status": "confirmed",
            "coder": "codebook-recode", "note": note}

changes = {"added": [], "retopiced": [], "rescored": []}

# --- 000
k = "000-medvedev-playing-dumb"; d = load(k); S = d["statements"]
for s in S:
    if s["key"] == "000-medvedev-military-aid":
        # Codebook 2.3 (sarcasm) and 1.1: the sentence mocks the plan to send tens of thousands of troops; the
        # military aid phrase is Medvedev's gloss of what the troops are for, not a position on arms deliveries.
        q = "No, we will send tens of thousands – just lay it out – you want to give military aid to the neo-Nazis in Kiev"
        at = text(k).index(q)
        s.update(key="000-medvedev-tens-of-thousands", topic="troops", quote=q, span={"start": at, "end": at + len(q)},
                 cues=["we will send tens of thousands", "neo-Nazis"], coder="codebook-recode",
                 note="Re-coded by CODEBOOK 1.1/2.3: sarcastic voicing of the Western plan ('we will send tens of thousands'); "
                      "the troop deployment is the object, so troops, not military aid. -2: contempt ('neo-Nazis') and the next sentence's war threat.")
        changes["retopiced"].append("000-medvedev-military-aid -> troops (000-medvedev-tens-of-thousands)")
    if s["key"] == "000-medvedev-non-nato-peacekeepers":
        q = "Time and again they are told that peacekeepers must be from non-NATO states."
        at = text(k).index(q)
        s.update(quote=q, span={"start": at, "end": at + len(q)}, cues=["peacekeepers must be from non-NATO states"])
S.insert(0, stmt(k, "000-russia-clear-rejection", "russian-government", "moscow", "troops", "2025-03-17", "week",
    "Present-tense summary of Russia's position in the week of publication (Monday 17 March 2025).",
    "Russia is asserting its clear rejection of any plan which sends Western troops to Ukrainian soil under the guise of 'peacekeeping forces'",
    False, -1, 1, ["clear rejection"], "CODEBOOK 2.1 reported speech: the article reports Russia's position; -1 (rejects, no threat in this clause)."))
S.insert(4, stmt(k, "000-medvedev-all-out-war", "medvedev", "moscow", "troops", "2025-03-16", "day",
    "Reports the X post of Sunday 16 March 2025 (METADATA).",
    "Dmitry Medvedev has warned that any deployment of \"peacekeepers\" from NATO member states would trigger all-out war, and that Moscow will respond as such.",
    False, -2, 3, ["would trigger all-out war", "Moscow will respond"], "Threat of force against a deployment: -2, intensity 3 (CODEBOOK 3)."))
changes["added"] += ["000-russia-clear-rejection", "000-medvedev-all-out-war"]
save(k, d)

# --- 001
k = "001-lavrov-warns-london"; d = load(k); S = d["statements"]
S.insert(4, stmt(k, "001-lavrov-london-military-target", "lavrov", "moscow", "troops", "2025-12-11", "day",
    "The article's summary of the same round-table remarks (Thursday 11 December 2025).",
    "By singling out a specific NATO country and calling it a potential military target, Russia raises the pressure and sends a clear message: Any step you interpret as direct intervention will have consequences.",
    False, -2, 3, ["potential military target", "will have consequences"],
    "Reported speech of Lavrov's warning (CODEBOOK 2.1); a target threat: -2, intensity 3."))
changes["added"].append("001-lavrov-london-military-target")
save(k, d)

# --- 002
k = "002-anglo-french-force-pushback"; d = load(k); S = d["statements"]
for s in S:
    if s["key"] == "002-starmer-plan-us-backstop-troops":
        s["stance"] = 2; s["coder"] = "codebook-recode"
        s["note"] = (s.get("note") or "") + " Re-scored +1 -> +2 by CODEBOOK 2.5: a leader presenting a plan for his own country's troops commits."
        changes["rescored"].append("002-starmer-plan-us-backstop-troops +1 -> +2")
i = next(i for i, s in enumerate(S) if s["key"] == "002-starmer-plan-us-backstop-troops")
S.insert(i, stmt(k, "002-russia-direct-threat", "russian-government", "moscow", "troops", "2025-02-17", "week",
    "Week of publication (Monday 17 February 2025); no date in the text.",
    "Russia has expressed concern over this proposed Western troop presence, seeing it as a direct threat",
    False, -1, 1, ["expressed concern", "direct threat"], "Reported position; concern and 'threat' framing without a threat of its own: -1, intensity 1."))
i = next(i for i, s in enumerate(S) if s["key"] == "002-macron-plan-co-author")
S.insert(i, stmt(k, "002-russia-resistance-on-the-ground", "russian-government", "moscow", "troops", "2025-02-17", "week",
    "Week of publication (Monday 17 February 2025).",
    "The proposed plan by Sir Keir Starmer, which would see Britain and France take responsibility for safeguarding Ukraine on the ground, has been met with resistance from Russia.",
    False, -1, 1, ["met with resistance"], "The sentence's claim is Russia's resistance; Starmer's plan is coded elsewhere (CODEBOOK 2.1)."))
changes["added"] += ["002-russia-direct-threat", "002-russia-resistance-on-the-ground"]
save(k, d)

# --- 003
k = "003-zakharova-axis-of-war"; d = load(k); S = d["statements"]
for s in S:
    if s["key"] == "003-russia-invasion-force-guarantees":
        s.update(key="003-russia-invasion-force", topic="troops", coder="codebook-recode")
        s["note"] = ("Re-coded by CODEBOOK 1.4 (guarantees vs troops): 'treat it as an invasion force' is about forces on Ukrainian soil, "
                     "so troops, not guarantees. " + s["note"])
        changes["retopiced"].append("003-russia-invasion-force-guarantees -> troops (003-russia-invasion-force)")
    if s["key"] == "003-us-envoys-paris-framework-troops":
        s["stance"] = 1; s["coder"] = "codebook-recode"
        s["note"] = (s.get("note") or "") + " Re-scored 0 -> +1 by CODEBOOK 3: agreeing to a framework whose cornerstone is the force is support without own commitment."
        changes["rescored"].append("003-us-envoys-paris-framework-troops 0 -> +1")
save(k, d)

# --- 004
k = "004-starmers-iraq"; d = load(k); S = d["statements"]
i = next(i for i, s in enumerate(S) if s["key"] == "004-lavrov-combatants-attacked")
S.insert(i + 1, stmt(k, "004-lavrov-whatever-flag", "lavrov", "moscow", "troops", "2025-03-01", "month",
    "Continues the reported speech of 'Lavrov has repeatedly said'; month of publication.",
    "It doesn't matter what flag they might fly, they would be seen in the same light.",
    False, -2, 2, ["doesn't matter what flag", "seen in the same light"],
    "Continuation of Lavrov's reported speech (CODEBOOK 2.1: a sentence continuing the previous reported speech keeps its speaker)."))
changes["added"].append("004-lavrov-whatever-flag")
save(k, d)
print(json.dumps(changes, indent=1))
