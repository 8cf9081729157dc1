package no.kampanjekit.bench.jbake;

import java.io.File;
import java.util.List;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a JBake project with stock JBake 2.7.0, the way its own CLI does ({@code jbake -b}),
 * and exits non-zero if the Oven reports any error.
 *
 * <p>Usage: {@code JBakeMain <source dir> <destination dir>}
 */
public final class JBakeMain {

    private JBakeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: JBakeMain <source dir> <destination dir>");
            System.exit(2);
        }
        File source = new File(args[0]);
        File destination = new File(args[1]);
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source, destination, false);
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        if (!errors.isEmpty()) {
            for (Throwable error : errors) {
                System.err.println("jbake error: " + error);
            }
            System.err.println(errors.size() + " JBake error(s)");
            System.exit(1);
        }
        // Do not wait for OrientDB's or Freemarker's background threads.
        System.exit(0);
    }
}
