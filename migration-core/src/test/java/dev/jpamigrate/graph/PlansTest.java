package dev.jpamigrate.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlansTest {
    /** 01 <- 02 <- 03a, 02 <- 03b, (03a, 03b) <- 04: a branch and its merge. */
    static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            new RevisionNode("04", List.of("03a", "03b"), "merge"),
            new RevisionNode("03b", List.of("02"), "b"),
            new RevisionNode("02", List.of("01"), "second"),
            new RevisionNode("01", List.of(), "first"),
            new RevisionNode("03a", List.of("02"), "a")));

    @Test
    void upgradesRunParentsFirstAndSkipWhatIsApplied() {
        assertThat(Plans.upgrade(GRAPH, Set.of(), "head")).containsExactly("01", "02", "03a", "03b", "04");
        assertThat(Plans.upgrade(GRAPH, Set.of("01", "02", "03b"), null)).containsExactly("03a", "04");
        assertThat(Plans.upgrade(GRAPH, Set.of(), "03b")).containsExactly("01", "02", "03b");
        assertThat(Plans.upgrade(GRAPH, Set.of("01", "02", "03a", "03b", "04"), "head")).isEmpty();
    }

    @Test
    void downgradesRunChildrenFirst() {
        Set<String> all = Set.of("01", "02", "03a", "03b", "04");
        assertThat(Plans.downgrade(GRAPH, all, "-1")).containsExactly("04");
        assertThat(Plans.downgrade(GRAPH, all, "-2")).containsExactly("04", "03b");
        assertThat(Plans.downgrade(GRAPH, all, "02")).containsExactly("04", "03b", "03a");
        assertThat(Plans.downgrade(GRAPH, all, "base")).containsExactly("04", "03b", "03a", "02", "01");
    }

    @Test
    void aUniquePrefixNamesARevision() {
        assertThat(Plans.upgrade(GRAPH, Set.of(), "03b")).endsWith("03b");
        assertThatThrownBy(() -> Plans.upgrade(GRAPH, Set.of(), "03"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("ambiguous");
    }

    @Test
    void mistakesAreOneReadableLine() {
        Set<String> applied = Set.of("01");
        assertThatThrownBy(() -> Plans.upgrade(GRAPH, applied, "99"))
                .hasMessage("Unknown revision 99: run mvn migration:history to list them.");
        assertThatThrownBy(() -> Plans.downgrade(GRAPH, applied, "-2"))
                .hasMessage("Cannot go back 2 revisions: the database has only 1 applied.");
        assertThatThrownBy(() -> Plans.downgrade(GRAPH, applied, "02"))
                .hasMessageStartingWith("Revision 02 is not applied to this database");
        assertThatThrownBy(() -> Plans.downgrade(GRAPH, applied, null))
                .hasMessageStartingWith("Say how far to downgrade");
        assertThatThrownBy(() -> Plans.upgrade(GRAPH, Set.of("77"), "head"))
                .hasMessageStartingWith("The database has applied revision(s) [77], which no migration");
    }

    @Test
    void theGraphRefusesCyclesUnknownParentsAndDuplicateIds() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a", List.of("b"), ""),
                new RevisionNode("b", List.of("a"), "")))).hasMessageContaining("form a cycle");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a", List.of("zz"), ""))))
                .hasMessage("Revision a names parent zz, which no migration defines.");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a", List.of(), ""),
                new RevisionNode("a", List.of(), "")))).hasMessageStartingWith("Two migrations have revision id a");
    }

    @Test
    void headsAreTheRevisionsNothingFollows() {
        assertThat(GRAPH.heads()).containsExactly("04");
        assertThat(RevisionGraph.of(List.of(new RevisionNode("1", List.of(), ""), new RevisionNode("2a", List.of("1"), ""),
                new RevisionNode("2b", List.of("1"), ""))).heads()).containsExactly("2a", "2b");
    }
}
