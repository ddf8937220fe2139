package dev.jpamigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's table of rules (src/site/markdown/lock-safety.md) lists every rule with its severity and safe pattern. */
class LockSafetyDocTest {
    @Test
    void theGuideListsEveryRule() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("..", "src", "site", "markdown", "lock-safety.md")).stream()
                .filter(l -> l.startsWith("| `")).toList();

        for (LintRule rule : LintRule.values()) {
            assertThat(rows).as(rule.id()).anySatisfy(row -> assertThat(row)
                    .startsWith("| `" + rule.id() + "` | " + rule.severity().label() + " | ")
                    .contains(rule.safePattern())
                    .endsWith(rule.exemptOnNewTable() ? "| yes |" : "| no |"));
        }
        assertThat(rows).hasSize(LintRule.values().length);
    }
}
