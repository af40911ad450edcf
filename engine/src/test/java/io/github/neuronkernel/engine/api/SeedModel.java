package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed model of the README (one hh soma and a brief IClamp, saving t and v) and its NEURON output. */
final class SeedModel {
    final Simulation h;
    final Section soma;
    final IClamp iclamp;

    /** Builds the seed model in a new simulation. */
    SeedModel() {
        this(new Simulation());
    }

    /** Builds the seed model in {@code h} (which may hold other, unconnected sections). */
    SeedModel(Simulation h) {
        this.h = h;
        soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        iclamp = h.IClamp(soma.at(0.5));
        iclamp.dur = 0.2;
        iclamp.delay = 0.3;
        iclamp.amp = 0.5;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
    }

    /** finitialize(-65) and batchRun(2, 0.1, file, "My HH sim"), as NEURON's batch_run example. */
    void run(Path file) {
        h.finitialize(-65);
        h.batchRun(2, 0.1, file.toString(), "My HH sim");
    }

    /** Runs the seed model and requires the file to equal NEURON's byte for byte. */
    void runAndCompare(Path file) {
        run(file);
        assertEquals(reference("reference/seed.dat"), read(file), "seed output differs from NEURON's");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource as text, e.g. {@code reference/seed.dat}. */
    static String reference(String resource) {
        try (InputStream in = SeedModel.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
