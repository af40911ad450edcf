package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar neuron-kernel.jar sweep}: runs a notebook over the product of parameter lists,
 * each point headless in its own directory, on this machine's cores or as a Slurm job array, then
 * gathers every point's glued values into {@code sweep.csv} and {@code sweep.html}. Exit status 0
 * when every point ran ok, 1 when some did not (they are listed), 2 for a usage error.
 */
public final class SweepCommand {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar neuron-kernel.jar sweep NOTEBOOK.ipynb [--out DIR] -p name=v1,v2,... [-p name=start:stop:count]",
            "                 [--points FILE.csv] [--on local[:N] | --on slurm[:PARTITION]] [--timeout SECONDS]",
            "                 [--throttle K] [--slurm-option OPTION]... [--jvm-option OPTION]... [--no-wait] [--resume]",
            "       java -jar neuron-kernel.jar sweep --gather DIR",
            "  -p name=0.1,0.2,0.5     values of a variable the notebook's \"parameters\" cell declares; several -p",
            "                          sweep their product (the last varies fastest)",
            "  -p name=0:0.5:11        11 evenly spaced values from 0 to 0.5",
            "  --points FILE.csv       points as rows under a header of names (times any -p lists)",
            "  --out DIR               where the points and the gathered table go (default: NOTEBOOK-sweep)",
            "  --on local[:N]          N processes at a time on this machine (default: all its processors)",
            "  --on slurm[:PARTITION]  a Slurm job array, one task per point (needs sbatch; DIR on a shared file system)",
            "  --throttle K            at most K Slurm tasks at a time (default 100)",
            "  --slurm-option OPTION   passed to sbatch, e.g. --slurm-option --time=0:10:00 --slurm-option --mem=2G",
            "  --no-wait               submit the Slurm job and return; gather later with --gather",
            "  --jvm-option OPTION     for each point's JVM, e.g. --jvm-option -Xmx2g; --jvm-option -XX:TieredStopAtLevel=1",
            "                          takes about a third off points that simulate under a second; longer runs take 1.5-2x",
            "  --timeout SECONDS       stop a point that runs longer (default: no limit)",
            "  --resume                run only the points of DIR's sweep that have no ok result",
            "  --gather DIR            write DIR/sweep.csv and DIR/sweep.html from the points as they stand");

    private SweepCommand() {}

    /**
     * @param args the arguments after {@code sweep}
     * @return the exit status
     */
    public static int main(String[] args, PrintStream terminal) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            terminal.println("sweep: " + e.getMessage());
            terminal.println(USAGE);
            return 2;
        }
        if (o.help) {
            terminal.println(USAGE);
            return 0;
        }
        try {
            if (o.point >= 0) {
                return new PointWorker(SweepPlan.read(o.out), o.point, terminal).run();
            }
            if (o.gather) {
                SweepPlan plan = SweepPlan.read(o.out);
                return report(plan, SweepGather.write(plan), terminal);
            }
            return sweep(o, terminal);
        } catch (IllegalArgumentException e) {
            terminal.println("sweep: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            terminal.println("sweep: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            terminal.println("sweep: interrupted; run again with --resume to finish");
            return 1;
        }
    }

    private static int sweep(Options o, PrintStream terminal) throws IOException, InterruptedException {
        if (o.slurm) {
            SlurmSweep.requireSbatch();
        }
        SweepPlan plan = plan(o, terminal);
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            PointOutcome outcome = PointOutcome.read(plan.pointFile(i));
            if (outcome == null || !outcome.ok()) {
                todo.add(i);
                // a rerun's outcome must not be mistaken for the old one while it runs (Slurm's follow)
                Files.deleteIfExists(plan.pointFile(i));
            }
        }
        if (todo.isEmpty()) {
            terminal.println("all " + plan.points().size() + " points of " + plan.dir() + " have results already");
        } else if (o.slurm) {
            SlurmSweep slurm = new SlurmSweep(o.partition, o.slurmOptions, o.jvmOptions, o.throttle, o.wait, terminal);
            if (!slurm.run(plan, todo)) {
                return 0;
            }
        } else {
            terminal.println("sweep: " + todo.size() + " of " + plan.points().size() + " points of "
                    + plan.notebook().getFileName() + " over " + String.join(", ", plan.names()) + " -> " + plan.dir());
            new LocalSweep(o.workers, o.jvmOptions, terminal).run(plan, todo);
        }
        return report(plan, SweepGather.write(plan), terminal);
    }

    /** The plan to run: a new one written to DIR, or with --resume the one already there. */
    private static SweepPlan plan(Options o, PrintStream terminal) throws IOException {
        boolean exists = SweepPlan.exists(o.out);
        if (exists && !o.resume) {
            throw new IllegalArgumentException(o.out + " already holds a sweep (" + SweepPlan.FILE + "); add --resume"
                    + " to run its points that have no result, --gather to gather it, or choose another --out");
        }
        SweepPlan existing = exists ? SweepPlan.read(o.out) : null;
        if (existing != null && o.notebook == null && o.values.names().isEmpty()) {
            return existing; // sweep --resume --out DIR
        }
        if (o.notebook == null) {
            throw new IllegalArgumentException("no notebook given");
        }
        NotebookFile notebook = NotebookFile.read(o.notebook);
        ParameterCell cell = parameterCell(notebook, o.notebook);
        List<Map<String, String>> points = o.values.points();
        Set<String> checked = new LinkedHashSet<>();
        for (Map<String, String> point : points) {
            point.forEach((name, value) -> {
                if (checked.add(name + "=" + value)) {
                    cell.check("-p", name, value);
                }
            });
        }
        String name = o.notebook.getFileName().toString();
        SweepPlan plan = new SweepPlan(o.out, name.endsWith(".ipynb") ? name : name + ".ipynb",
                o.notebook.toAbsolutePath().normalize().toString(), o.values.names(), points, o.timeout);
        if (existing != null) {
            if (!existing.samePoints(plan)) {
                throw new IllegalArgumentException("--resume: " + o.out + " holds a sweep of other points ("
                        + existing.points().size() + " over " + String.join(", ", existing.names())
                        + "); resume it with the same -p options or with --out " + o.out + " alone");
            }
            return existing;
        }
        Files.createDirectories(o.out);
        Files.copy(o.notebook, plan.notebook(), StandardCopyOption.REPLACE_EXISTING);
        plan.write();
        return plan;
    }

    private static ParameterCell parameterCell(NotebookFile notebook, Path path) {
        for (JsonElement e : notebook.cells()) {
            JsonObject cell = e.getAsJsonObject();
            if (NotebookFile.hasTag(cell, "parameters")) {
                return new ParameterCell(NotebookFile.source(cell));
            }
        }
        throw new IllegalArgumentException(path + " has no cell tagged \"parameters\"; tag the cell that declares the"
                + " swept variables (in Jupyter: View > Cell Toolbar > Tags, add the tag parameters)");
    }

    private static int report(SweepPlan plan, SweepTable table, PrintStream terminal) {
        List<SweepTable.Row> rows = table.rows();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SweepTable.Row r = rows.get(i);
            if (!PointOutcome.OK.equals(r.status())) {
                problems.add("  point " + i + " (" + plan.describe(i) + "): " + r.status()
                        + (r.error() == null ? "" : ": " + r.error()));
            }
        }
        terminal.println((rows.size() - problems.size()) + " of " + rows.size() + " points ok"
                + (table.resultNames().isEmpty() ? "; no values were glued (add glue(\"name\", value) to a cell)"
                        : "; glued: " + String.join(", ", table.resultNames())));
        problems.stream().limit(20).forEach(terminal::println);
        if (problems.size() > 20) {
            terminal.println("  ... and " + (problems.size() - 20) + " more (see sweep.csv)");
        }
        if (!problems.isEmpty()) {
            terminal.println("run the points without an ok result again with: java -jar neuron-kernel.jar sweep --resume"
                    + " --out " + plan.dir());
        }
        terminal.println("table: " + plan.dir().resolve(SweepGather.CSV));
        terminal.println("report: " + plan.dir().resolve(SweepGather.HTML));
        return problems.isEmpty() ? 0 : 1;
    }

    /** The command line, parsed. */
    private static final class Options {
        Path notebook;
        Path out;
        final GridOptions values = new GridOptions();
        boolean slurm;
        String partition;
        int workers = LocalSweep.defaultWorkers();
        int throttle = 100;
        final List<String> slurmOptions = new ArrayList<>();
        final List<String> jvmOptions = new ArrayList<>();
        boolean wait = true;
        double timeout;
        boolean resume;
        boolean gather;
        boolean help;
        int point = -1;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> positional = new ArrayList<>();
            try {
                for (int i = 0; i < args.length; i++) {
                    String a = args[i];
                    switch (a) {
                        case "-p", "--parameter" -> o.values.add(value(args, ++i, a));
                        case "--points" -> o.values.addFile(Path.of(value(args, ++i, a)));
                        case "--out", "-o" -> o.out = Path.of(value(args, ++i, a));
                        case "--on" -> o.on(value(args, ++i, a));
                        case "--throttle" -> o.throttle = positive(value(args, ++i, a), a);
                        case "--slurm-option" -> o.slurmOptions.add(value(args, ++i, a));
                        case "--jvm-option" -> o.jvmOptions.add(jvmOption(value(args, ++i, a)));
                        case "--no-wait" -> o.wait = false;
                        case "--timeout" -> o.timeout = seconds(value(args, ++i, a));
                        case "--resume" -> o.resume = true;
                        case "--gather" -> o.gather = true;
                        case "--point" -> o.point = index(value(args, ++i, a));
                        case "-h", "--help" -> o.help = true;
                        default -> {
                            if (a.startsWith("-")) {
                                throw new IllegalArgumentException("unknown option \"" + a + "\"");
                            }
                            positional.add(a);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            if (o.help) {
                return o;
            }
            if (o.gather || o.point >= 0) {
                // sweep --gather DIR, sweep --point K DIR: the directory is the one positional argument
                if (positional.size() == 1 && o.out == null) {
                    o.out = Path.of(positional.get(0));
                } else if (!(positional.isEmpty() && o.out != null)) {
                    throw new IllegalArgumentException((o.gather ? "--gather" : "--point") + " needs one sweep directory");
                }
                return o;
            }
            if (positional.size() > 1) {
                throw new IllegalArgumentException("more than one notebook given: " + String.join(" ", positional));
            }
            o.notebook = positional.isEmpty() ? null : Path.of(positional.get(0));
            if (o.notebook == null && !(o.resume && o.out != null)) {
                throw new IllegalArgumentException("no notebook given");
            }
            if (o.out == null) {
                String name = o.notebook.getFileName().toString().replaceFirst("\\.ipynb$", "");
                o.out = o.notebook.toAbsolutePath().getParent().resolve(name + "-sweep");
            }
            if (o.notebook != null && !o.resume) {
                o.values.names(); // fine when empty here: points() below says what is missing
                o.values.points();
            }
            if (!o.slurm && (!o.slurmOptions.isEmpty() || !o.wait)) {
                throw new IllegalArgumentException("--slurm-option and --no-wait are for --on slurm");
            }
            return o;
        }

        private void on(String where) {
            if (where.equals("local") || where.startsWith("local:")) {
                slurm = false;
                if (where.startsWith("local:")) {
                    workers = positive(where.substring(6), "--on local:N");
                }
            } else if (where.equals("slurm") || where.startsWith("slurm:")) {
                slurm = true;
                partition = where.startsWith("slurm:") && where.length() > 6 ? where.substring(6) : null;
            } else {
                throw new IllegalArgumentException("--on " + where + ": expected local, local:N, slurm or slurm:PARTITION");
            }
        }

        private static String jvmOption(String option) {
            if (!option.startsWith("-")) {
                throw new IllegalArgumentException("--jvm-option " + option + ": a JVM option starts with -, e.g."
                        + " --jvm-option -Xmx2g");
            }
            return option;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String text, String option) {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new IllegalArgumentException(option + " " + text + ": expected a whole number, 1 or more");
        }

        private static int index(String text) {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new IllegalArgumentException("--point " + text + ": expected a point number, 0 or more");
        }

        private static double seconds(String text) {
            try {
                double s = Double.parseDouble(text);
                if (s > 0 && Double.isFinite(s)) {
                    return s;
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new IllegalArgumentException("--timeout " + text + ": expected seconds, more than 0");
        }
    }
}
