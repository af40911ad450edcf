package io.github.neuronkernel.engine;

import io.github.neuronkernel.engine.api.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs NEURON's batch_run documentation example (one HH compartment, a brief current pulse) and
 * prints the file it wrote: {@code java -jar engine.jar [output.dat]}.
 */
public final class Main {
    private Main() {}

    /** @param args optional output path (default {@code hhsim.dat}) */
    public static void main(String[] args) throws IOException {
        String file = args.length > 0 ? args[0] : "hhsim.dat";
        var h = new Simulation();
        var soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        var iclamp = h.IClamp(soma.at(0.5));
        iclamp.dur = 0.2;
        iclamp.delay = 0.3;
        iclamp.amp = 0.5;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(2, 0.1, file, "My HH sim");
        System.out.print(Files.readString(Path.of(file)));
        System.out.println("(written to " + Path.of(file).toAbsolutePath() + ")");
    }
}
