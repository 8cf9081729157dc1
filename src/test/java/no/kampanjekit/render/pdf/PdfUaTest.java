package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * veraPDF's PDF/UA-1 verdict on every PDF of the sample site, before and after filling in the
 * forms; and the same input giving the same bytes.
 */
class PdfUaTest {
    @Test
    void everyPdfOfTheSampleSitePassesPdfUa1() throws IOException {
        Map<String, String> failures = new TreeMap<>();
        int pdfs = 0;
        try (Stream<Path> files = Files.walk(PrintedSample.get().site.resolve("downloads"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                VeraPdf.Verdict v = VeraPdf.ua1(Files.readAllBytes(f));
                pdfs++;
                assertTrue(v.checks() > 500, f + " was really checked (" + v.checks() + " checks)");
                if (!v.compliant()) failures.put(f.getFileName().toString(), String.join("\n  ", v.failures()));
            }
        }
        assertEquals(8, pdfs, "seven printed pages and the deck's 16:9 PDF");
        assertEquals(Map.of(), failures);
    }

    @Test
    void filledInFormsKeepTheirValuesAndStayPdfUa1() throws IOException {
        byte[] filled;
        try (PDDocument doc = Loader.loadPDF(PrintedSample.get().pdf("mal.pdf"))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            ((PDTextField) form.getField("saksbehandler")).setValue("Åse Ærlig-Øvrebø");
            ((PDTextField) form.getField("bakgrunn")).setValue("Kommunen må bruke kjernejournal fra 1. januar 2026.\nDet krever opplæring.");
            ((PDTextField) form.getField("kjernejournal-er-utilgjengelig-tiltak")).setValue("Rutine for nedetid; ring fastlegen.");
            ((PDCheckBox) form.getField("samlet-risiko-middels")).check();
            ((PDCheckBox) form.getField("kommunen-tar-i-bruk-kjernejournal-i-pleie-og")).check();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            filled = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(filled)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertEquals("Åse Ærlig-Øvrebø", form.getField("saksbehandler").getValueAsString());
            assertEquals("Kommunen må bruke kjernejournal fra 1. januar 2026.\nDet krever opplæring.", form.getField("bakgrunn").getValueAsString());
            assertEquals("Rutine for nedetid; ring fastlegen.", form.getField("kjernejournal-er-utilgjengelig-tiltak").getValueAsString());
            assertTrue(((PDCheckBox) form.getField("samlet-risiko-middels")).isChecked());
            assertTrue(!((PDCheckBox) form.getField("samlet-risiko-hoy")).isChecked());
            assertTrue(((PDCheckBox) form.getField("kommunen-tar-i-bruk-kjernejournal-i-pleie-og")).isChecked());
        }
        VeraPdf.Verdict v = VeraPdf.ua1(filled);
        assertEquals(List.of(), v.failures(), "a filled-in form is still PDF/UA-1");

        byte[] ticked;
        try (PDDocument doc = Loader.loadPDF(PrintedSample.get().pdf("sjekkliste.pdf"))) {
            for (var f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) ((PDCheckBox) f).check();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            ticked = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(ticked)) {
            for (var f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) assertTrue(((PDCheckBox) f).isChecked(), f.getFullyQualifiedName());
        }
        assertEquals(List.of(), VeraPdf.ua1(ticked).failures(), "a ticked checklist is still PDF/UA-1");
    }

    @Test
    void theSameInputGivesByteIdenticalPdfs(@TempDir Path tmp) throws IOException {
        var sample = PrintedSample.get();
        Map<String, List<Download>> again = PrintRenderer.render(sample.model, sample.decks, sample.project, tmp, null, new Diagnostics(), 1);
        int compared = 0;
        for (List<Download> list : again.values()) {
            for (Download d : list) {
                assertArrayEquals(Files.readAllBytes(sample.site.resolve(d.uri())), Files.readAllBytes(tmp.resolve(d.uri())), d.uri());
                compared++;
            }
        }
        assertEquals(8, compared);
    }
}
