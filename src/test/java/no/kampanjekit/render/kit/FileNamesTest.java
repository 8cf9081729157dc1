package no.kampanjekit.render.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void titlesBecomeReadableNamesWindowsAccepts() {
        assertEquals("Sjekkliste for enhetsleder", FileNames.of("Sjekkliste for enhetsleder"));
        assertEquals("Kort fortalt – for IKT", FileNames.of("Kort fortalt: for IKT"));
        assertEquals("1. januar 2026 – Kjernejournal skal være i bruk", FileNames.of("1. januar 2026: Kjernejournal skal være i bruk"));
        assertEquals("ROS-DPIA – mal", FileNames.of("ROS/DPIA: mal"));
        assertEquals("Hva nå", FileNames.of("Hva nå?"));
        assertEquals("Klokka 10-30", FileNames.of("Klokka 10:30"));
        assertEquals("Sitat og stjerne", FileNames.of("\"Sitat\" og *stjerne*"));
        assertEquals("Slutt", FileNames.of("Slutt. . ."));
        assertEquals("CON_", FileNames.of("CON"));
        assertEquals("fil", FileNames.of("???"));
        assertEquals("Tab og linjeskift", FileNames.of("Tab\tog\nlinjeskift"));
    }

    @Test
    void longTitlesAreShortenedAtAWord() {
        String name = FileNames.of("Steg for steg: fra vedtak til daglig bruk av kjernejournal i kommunen, med sjekkpunkter for ledere og IKT");
        assertTrue(name.length() <= FileNames.MAX_NAME, name);
        assertTrue(name.endsWith("…"), name);
        assertFalse(name.contains("  "), name);
    }

    @Test
    void namesStayUniqueIgnoringCase() {
        FileNames.Unique u = new FileNames.Unique();
        assertEquals("Plakat.pdf", u.name("Plakat", "pdf"));
        assertEquals("plakat (2).pdf", u.name("plakat", "PDF"));
        assertEquals("Plakat (3).pdf", u.name("Plakat", "pdf"));
        assertEquals("Plakat.pptx", u.name("Plakat", "pptx"));
    }
}
