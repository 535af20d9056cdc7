package jpus.taskforce.portal.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served contract passes Redocly's recommended rules, as a partner's linter would run them,
 * with the exceptions written down with their reasons in redocly.yaml. Warnings fail too: each new
 * one is either fixed or accepted there, never left to pile up.
 */
@QuarkusTest
class RedoclyLintTest {

    /** Installed by ./portal test (ensure_redocly), at the version pinned there. */
    static final Path REDOCLY = Path.of("build", "test-tools", "node_modules", ".bin", "redocly");
    private static final Path CONFIG = Path.of("redocly.yaml");

    @Test
    void theContractPassesRedoclysRecommendedRules() throws IOException, InterruptedException {
        assertThat(REDOCLY).as("Redocly CLI (./portal test installs it)").exists();
        ContractDocument.served();
        Process lint = new ProcessBuilder(REDOCLY.toString(), "lint", ContractDocument.SERVED.toString(),
                "--config", CONFIG.toString(), "--format", "json")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] output = lint.getInputStream().readAllBytes();
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("Redocly finished").isTrue();
        JsonNode report = new ObjectMapper().readTree(new String(output, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(p -> problems.add(p.path("severity").asText() + " " + p.path("ruleId").asText()
                + " at " + p.path("location").path(0).path("pointer").asText() + ": " + p.path("message").asText()));
        assertThat(problems).as("Redocly's findings in %s (errors %s, warnings %s)", ContractDocument.SERVED,
                report.path("totals").path("errors"), report.path("totals").path("warnings")).isEmpty();
    }
}
