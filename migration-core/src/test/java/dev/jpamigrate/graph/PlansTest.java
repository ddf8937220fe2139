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

    /** 01 <- 02a, 01 <- 02b: two branches, not merged. */
    static final RevisionGraph TWO_HEADS = RevisionGraph.of(List.of(new RevisionNode("01", List.of(), "first"),
            new RevisionNode("02a", List.of("01"), "add phone"), new RevisionNode("02b", List.of("01"), "")));

    @Test
    void headRefusesTwoHeadsNamingBothAndHeadsAppliesEvery() {
        assertThatThrownBy(() -> Plans.upgrade(TWO_HEADS, Set.of(), null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The migrations have 2 heads, 02a (add phone) and 02b: run mvn migration:merge to join"
                        + " them, or apply every head with -Dmigration.target=heads.");
        assertThatThrownBy(() -> Plans.upgrade(TWO_HEADS, Set.of("01", "02a"), "head"))
                .hasMessageStartingWith("The migrations have 2 heads");
        assertThat(Plans.upgrade(TWO_HEADS, Set.of(), "heads")).containsExactly("01", "02a", "02b");
        assertThat(Plans.upgrade(TWO_HEADS, Set.of("01"), "02b")).containsExactly("02b");
    }

    @Test
    void downgradesThroughAMergeKeepTheOtherBranch() {
        Set<String> all = Set.of("01", "02", "03a", "03b", "04");
        // One step back from the merge: both branch heads stay applied.
        assertThat(Plans.downgrade(GRAPH, all, "-1")).containsExactly("04");
        // Down to one branch's revision: the merge goes, the other branch stays.
        assertThat(Plans.downgrade(GRAPH, all, "03a")).containsExactly("04");
        assertThat(Plans.downgrade(GRAPH, Set.of("01", "02", "03a", "03b"), "02")).containsExactly("03b", "03a");
        assertThat(Plans.upgrade(GRAPH, Set.of("01", "02", "03a"), null)).containsExactly("03b", "04");
    }

    @Test
    void aLongHistoryPlansInLinearTime() {
        int n = 100_000;
        List<RevisionNode> nodes = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nodes.add(new RevisionNode(String.format("%08d", i), i == 0 ? List.of() : List.of(String.format("%08d", i - 1)),
                    "r" + i));
        }
        RevisionGraph graph = RevisionGraph.of(nodes);
        Set<String> applied = new java.util.HashSet<>(graph.ancestorsOf(List.of(String.format("%08d", n - 2))));

        assertThat(Plans.upgrade(graph, applied, null)).containsExactly(String.format("%08d", n - 1));
        assertThat(Plans.downgrade(graph, applied, "base")).hasSize(n - 1);
    }
}
