package no.kampanjekit.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: the PDF/UA-1 judge for the tests. */
final class VeraPdf {
    /** One PDF/UA-1 verdict: checks run and failures, each as «clause-test: message @ where». */
    record Verdict(int checks, List<String> failures) {
        boolean compliant() {
            return failures.isEmpty();
        }
    }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    static Verdict ua1(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage()
                            + " @ " + t.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) failures.add("not compliant (no failed assertion reported)");
            return new Verdict(result.getTotalAssertions(), failures);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check the PDF: " + e, e);
        }
    }
}
