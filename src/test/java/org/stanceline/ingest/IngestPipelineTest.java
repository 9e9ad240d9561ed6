package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestPipelineTest {

    @Test
    void everyProposalOfEverySeedHoldsItsQuoteAtItsSpanOnce() throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/ingest/seeds"))) {
            for (Path seed : seeds.toList()) {
                IngestPipeline.Result r = TestPipelines.DATA.run(Files.readString(seed), IngestPipeline.Metadata.NONE);
                assertFalse(r.statements().isEmpty(), seed + " proposes statements");
                Set<String> seen = new HashSet<>();
                for (IngestPipeline.Proposed p : r.statements()) {
                    assertEquals(p.quote(), r.text().substring(p.start(), p.end()), "span rule in " + seed);
                    assertTrue(seen.add(p.start() + ":" + p.end() + ":" + p.speakerKey() + ":" + p.topic()), "no duplicate");
                    assertTrue(p.stance() >= -2 && p.stance() <= 2 && p.intensity() >= 0 && p.intensity() <= 3);
                    assertFalse(p.cues().isEmpty());
                }
            }
        }
    }

    @Test
    void shouldProposeAttributedDatedCodedStatementsForANewArticle() {
        String article = """
                date 2025-06-10 Ministers meet in Brussels

                Russian Foreign Minister Sergey Lavrov said on Monday that any Western troops in Ukraine would be \
                legitimate targets.

                "We are ready to send troops to Ukraine, but only with a US backstop," Starmer told reporters.""";
        IngestPipeline.Result r = TestPipelines.DATA.run(article, IngestPipeline.Metadata.NONE);
        assertEquals("2025-06-10", r.published().date().toString());
        List<IngestPipeline.Proposed> troops = r.statements().stream().filter(p -> p.topic().equals("troops")).toList();
        IngestPipeline.Proposed lavrov = troops.stream().filter(p -> p.speakerKey().equals("lavrov")).findFirst().orElseThrow();
        assertEquals(-2, lavrov.stance());
        assertEquals(3, lavrov.intensity());
        assertEquals("2025-06-09", lavrov.saidOn().toString(), "'on Monday' before Tuesday 10 June");
        assertFalse(lavrov.verbatim());
        IngestPipeline.Proposed starmer = troops.stream().filter(p -> p.speakerKey().equals("starmer")).findFirst().orElseThrow();
        assertTrue(starmer.verbatim());
        assertEquals("london", starmer.actor());
        assertEquals(1, starmer.stance(), "conditional support");
    }

    @Test
    void shouldProposeEachSpanOnceWithTheOtherReadingsAsAlternatives() {
        String article = """
                Russian officials have quickly dismissed the plan for troops in Ukraine, with Kremlin spokesman Dmitry                 Peskov and Foreign Minister Sergei Lavrov both expressing their disapproval.""";
        IngestPipeline.Result r = TestPipelines.DATA.run(article, new IngestPipeline.Metadata(null,
                java.time.LocalDate.of(2025, 2, 20), org.stanceline.kernel.DatePrecision.DAY));
        Set<String> spans = new HashSet<>();
        for (IngestPipeline.Proposed p : r.statements()) {
            assertTrue(spans.add(p.start() + ":" + p.end()), "one proposal per span: " + r.statements());
        }
        assertFalse(r.statements().isEmpty());
        IngestPipeline.Proposed first = r.statements().get(0);
        assertFalse(first.alternatives().isEmpty(), "the other speaker is kept for the reviewer");
        assertTrue(first.note().contains("alternatives:"), first.note());
    }

    @Test
    void shouldDateAnUndatedRemarkByTheSpeakersLastDatedOne() {
        String article = """
                Starmer said Tuesday that British troops would deploy to Ukraine after a ceasefire.

                "We are ready to send troops," Starmer told reporters.

                Starmer has previously said that troops would only go with a US backstop.""";
        IngestPipeline.Result r = TestPipelines.DATA.run(article, new IngestPipeline.Metadata(null,
                java.time.LocalDate.of(2025, 8, 21), org.stanceline.kernel.DatePrecision.DAY));
        List<IngestPipeline.Proposed> starmer = r.statements().stream().filter(p -> p.speakerKey().equals("starmer")).toList();
        assertEquals("2025-08-19", starmer.get(0).saidOn().toString(), "'said Tuesday' before Thursday 21 August");
        IngestPipeline.Proposed quote = starmer.stream().filter(IngestPipeline.Proposed::verbatim).findFirst().orElseThrow();
        assertEquals("2025-08-19", quote.saidOn().toString(), "the quote continues Tuesday's remarks");
        IngestPipeline.Proposed previously = starmer.get(starmer.size() - 1);
        assertEquals(org.stanceline.kernel.DatePrecision.WEEK, previously.precision(), "'previously' is another occasion");
    }

    @Test
    void aWireDatelineDatesTheRemarksTheTextLeavesUndatedButNoDateTheTextGives() {
        String article = """
                ROME, September 4. /TASS/. Italy will not send troops to Ukraine, Prime Minister Giorgia Meloni said.

                Foreign Minister Antonio Tajani said on Tuesday that Italy would not deploy soldiers to Ukraine.

                Tajani said that Italy would never send its troops to Ukraine.
                """;
        List<IngestPipeline.Proposed> found = TestPipelines.DATA.run(article, new IngestPipeline.Metadata(null,
                java.time.LocalDate.of(2025, 9, 5), org.stanceline.kernel.DatePrecision.DAY)).statements();
        assertEquals(3, found.size(), found.toString());
        assertEquals(java.time.LocalDate.of(2025, 9, 4), found.get(0).saidOn(), found.get(0).dateNote());
        assertEquals(org.stanceline.kernel.DatePrecision.DAY, found.get(0).precision());
        assertEquals(java.time.LocalDate.of(2025, 9, 2), found.get(1).saidOn(), "Tuesday before Friday 5 September");
        assertEquals(java.time.LocalDate.of(2025, 9, 2), found.get(2).saidOn(), "continues Tuesday's remarks, not the dateline: " + found.get(2).speakerKey() + " " + found.get(1).speakerKey() + " " + found.get(2).dateNote() + " / " + found.get(1).dateNote());
    }
}
