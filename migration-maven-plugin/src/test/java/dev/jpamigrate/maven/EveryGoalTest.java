package dev.jpamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What every goal of the plugin promises, read from the plugin descriptor that Maven uses (so that a
 * goal added later is held to it too): it does not fork a lifecycle, it is safe in a parallel
 * build, and {@code migration.skip} skips it.
 */
class EveryGoalTest {
    private static final List<Element> MOJOS = new ArrayList<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path descriptor = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            MOJOS.add((Element) mojos.item(i));
        }
        assertThat(MOJOS).extracting(mojo -> text(mojo, "goal")).contains("generate", "upgrade", "history", "lint");
    }

    @Test
    void noGoalForksALifecycle() {
        // A fork compiles the module a second time when the goal is bound to a phase (and once more per bound goal).
        for (Element mojo : MOJOS) {
            assertThat(text(mojo, "executePhase")).as("@Execute on goal %s", text(mojo, "goal")).isNull();
            assertThat(text(mojo, "executeGoal")).as("@Execute on goal %s", text(mojo, "goal")).isNull();
        }
    }

    @Test
    void everyGoalIsThreadSafe() {
        for (Element mojo : MOJOS) {
            assertThat(text(mojo, "threadSafe")).as("threadSafe of goal %s", text(mojo, "goal")).isEqualTo("true");
        }
    }

    @Test
    void migrationSkipSkipsEveryGoal() throws Exception {
        for (Element mojo : MOJOS) {
            Mojo goal = (Mojo) Class.forName(text(mojo, "implementation")).getDeclaredConstructor().newInstance();
            Field skip = skipField(goal.getClass());
            skip.setAccessible(true);
            skip.setBoolean(goal, true);
            List<String> lines = new ArrayList<>();
            goal.setLog(new SystemStreamLog() {
                @Override
                public void info(CharSequence content) {
                    lines.add(content.toString());
                }
            });
            // No project, no session: a skipped goal touches nothing, not even the compiler.
            goal.execute();
            assertThat(lines).as("goal %s", text(mojo, "goal")).containsExactly("Skipping: migration.skip is set.");
            assertThat(configuration(mojo, "skip")).as("goal %s", text(mojo, "goal")).isEqualTo("${migration.skip}");
        }
    }

    /** Declared by AbstractMigrationMojo, or by a goal that needs none of it (init). */
    private static Field skipField(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField("skip");
            } catch (NoSuchFieldException e) {
                // Declared higher up.
            }
        }
        throw new NoSuchFieldException("skip in " + type.getName());
    }

    private static String text(Element mojo, String child) {
        NodeList nodes = mojo.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element && child.equals(nodes.item(i).getNodeName())) {
                return nodes.item(i).getTextContent().trim();
            }
        }
        return null;
    }

    private static String configuration(Element mojo, String parameter) {
        NodeList nodes = ((Element) mojo.getElementsByTagName("configuration").item(0)).getElementsByTagName(parameter);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
