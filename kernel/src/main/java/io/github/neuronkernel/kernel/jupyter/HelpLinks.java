package io.github.neuronkernel.kernel.jupyter;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Help menu finds the API's Javadoc: {@code install.sh} writes it to {@code api/} in the
 * kernelspec folder, beside the kernel's jar, and the notebook server serves that folder's files
 * at {@code kernelspecs/NAME/}. The link is relative to the classic notebook's script base
 * ({@code BASE/static/}), which it resolves links against, so it works under any base URL.
 */
final class HelpLinks {
    private HelpLinks() {}

    /** @return the Help menu's link to the installed Javadoc, or empty when none is installed */
    static Optional<String> apiDocs() {
        try {
            Path jar = Path.of(HelpLinks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path spec = jar.getParent();
            if (spec == null || !Files.isRegularFile(spec.resolve("api").resolve("index.html"))) {
                return Optional.empty();
            }
            return Optional.of("../kernelspecs/" + spec.getFileName() + "/api/index.html");
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
