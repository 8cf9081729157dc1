package no.kampanjekit.render.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharingTextsTest {
    static final Map<String, Object> WORDS = Map.of(
            "share_and", "og",
            "share_kit_email_subject", "Materiellpakke: {title}",
            "share_kit_email_body", "Hei!\n\n«{title}» fra {site}.\n\n{description}\n\nFor {audiences}, {count} deler:\n{url}",
            "share_kit_linkedin", "{description} {url}",
            "share_page_email_subject", "{type}: {title}",
            "share_page_email_body", "Hei!\n\n«{title}»\n\n{summary}\n\n{url}",
            "share_page_linkedin", "{summary}\n\n«{title}»: {url}");

    @Test
    void kitTextsNameTheKitItsAudiencesAndLink() {
        var t = SharingTexts.forKit(WORDS, "Kjernejournal nå", "Prøvekit", "Et kit.", List.of("Kommunalsjef helse og omsorg", "IKT-ansvarlig", "Enhetsleder"),
                7, "https://x.no/kit/a/");
        assertEquals("Materiellpakke: Prøvekit", t.emailSubject());
        assertEquals("Hei!\n\n«Prøvekit» fra Kjernejournal nå.\n\nEt kit.\n\nFor kommunalsjef helse og omsorg, IKT-ansvarlig og enhetsleder, 7 deler:\nhttps://x.no/kit/a/",
                t.emailBody());
        assertEquals("Et kit. https://x.no/kit/a/", t.linkedin());
    }

    @Test
    void aPageWithoutSummaryLeavesNoGap() {
        var t = SharingTexts.forPage(WORDS, "Kjernejournal nå", "Sjekkliste for enhetsleder", null, "Sjekkliste", "https://x.no/s/");
        assertEquals("Sjekkliste: Sjekkliste for enhetsleder", t.emailSubject());
        assertEquals("Hei!\n\n«Sjekkliste for enhetsleder»\n\nhttps://x.no/s/", t.emailBody());
        assertEquals("«Sjekkliste for enhetsleder»: https://x.no/s/", t.linkedin());
    }

    @Test
    void mailtoEncodesSubjectAndBodyAsRfc6068Asks() {
        var t = new SharingTexts.Texts("Plakat: 1. januar", "Hei!\n\nSe «dette» & mer", "x", "https://x.no/?a=1");
        assertEquals("mailto:?subject=Plakat%3A%201.%20januar&body=Hei%21%0D%0A%0D%0ASe%20%C2%ABdette%C2%BB%20%26%20mer", t.mailto());
        assertEquals("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fx.no%2F%3Fa%3D1", t.linkedinShareUrl());
        assertFalse(t.mailto().contains(" "));
        assertTrue(t.mailto().startsWith("mailto:?"));
    }

    @Test
    void namesStartLowerCaseMidSentenceUnlessAbbreviations() {
        assertEquals("enhetsleder", SharingTexts.midSentence("Enhetsleder"));
        assertEquals("IKT-ansvarlig", SharingTexts.midSentence("IKT-ansvarlig"));
        assertEquals("enhetsleder", SharingTexts.list(List.of("Enhetsleder"), "og"));
        assertEquals("IKT-ansvarlig og enhetsleder", SharingTexts.list(List.of("IKT-ansvarlig", "Enhetsleder"), "og"));
    }
}
