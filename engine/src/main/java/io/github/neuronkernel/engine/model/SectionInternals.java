package io.github.neuronkernel.engine.model;

/**
 * Not API: the engine's access to what a {@link Section} keeps from its users, its model and its
 * applied geometry, and its length constant without the per-call check of the frequency. Sections keep these package-private so that a user's completion list after
 * {@code soma.} shows NEURON's section API only.
 */
public final class SectionInternals {
    private SectionInternals() {}

    /** @return the model {@code sec} belongs to */
    public static Model model(Section sec) {
        return sec.model();
    }

    /**
     * @return {@code sec}'s geometry as last validated and applied, per arc segment (applying its
     *     changed fields first)
     * @throws IllegalArgumentException for a deleted section or a field out of range
     */
    public static Geometry geometry(Section sec) {
        return sec.geometry();
    }

    /**
     * {@link Section#lambdaF} without its check of the frequency, which the caller has made.
     *
     * @param frequency the frequency (Hz), positive and finite
     * @return {@code sec}'s length constant (um) at that frequency
     */
    public static double lambdaF(Section sec, double frequency) {
        return sec.lambdaFUnchecked(frequency);
    }
}
