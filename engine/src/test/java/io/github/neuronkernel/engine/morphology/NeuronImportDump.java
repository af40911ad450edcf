package io.github.neuronkernel.engine.morphology;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A dump written by {@code morphology/swc_points.py}: what NEURON 8.2.2 made of one SWC file. */
final class NeuronImportDump {
    /** One {@code sec} block. */
    record Sec(String name, int n3d, String parent, double parentX, double orientation,
            double[] logical, double[][] points, List<String> children) {
    }

    /** One {@code connect} command, in execution order. */
    record Connect(String parent, String child, double childEnd, double parentX) {
    }

    final List<Sec> sections = new ArrayList<>();
    final List<Connect> connects = new ArrayList<>();
    final List<String> stdout = new ArrayList<>();

    static NeuronImportDump load(String stem) throws IOException {
        NeuronImportDump dump = new NeuronImportDump();
        List<String> lines = Files.readAllLines(TestSupport.resource(stem + ".txt"));
        for (int i = 0; i < lines.size(); i++) {
            String[] t = lines.get(i).split(" ");
            switch (t[0]) {
                case "sec" -> {
                    // sec NAME n3d N parent P parentx PX trueparent TP orientation O style S [LX LY LZ]
                    int n3d = Integer.parseInt(t[3]);
                    double[] logical = t[13].equals("1")
                            ? new double[] {Double.parseDouble(t[14]), Double.parseDouble(t[15]),
                                Double.parseDouble(t[16])}
                            : null;
                    double[][] pts = new double[n3d][];
                    for (int k = 0; k < n3d; k++) {
                        String[] p = lines.get(++i).split(" ");
                        pts[k] = Arrays.stream(p, 1, 5).mapToDouble(Double::parseDouble).toArray();
                    }
                    String[] ch = lines.get(++i).split(" ");
                    dump.sections.add(new Sec(t[1], n3d, t[5], Double.parseDouble(t[7]),
                            Double.parseDouble(t[11]), logical, pts,
                            List.of(ch).subList(1, ch.length)));
                }
                case "connect" -> dump.connects.add(new Connect(t[1], t[2], Double.parseDouble(t[3]),
                        Double.parseDouble(t[4])));
                case "stdout" -> dump.stdout.add(lines.get(i).substring(7));
                default -> throw new IllegalStateException("unexpected line " + lines.get(i));
            }
        }
        return dump;
    }
}
