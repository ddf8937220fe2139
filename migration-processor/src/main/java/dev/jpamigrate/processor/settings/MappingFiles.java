package dev.jpamigrate.processor.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The application's XML mapping files ({@code META-INF/orm.xml}, the {@code <mapping-file>}s of
 * {@code persistence.xml}, the {@code hbm.xml} or {@code orm.xml} resources of {@code hibernate.cfg.xml}),
 * which JPA Migrate does not read: what they map or override is missing
 * from the snapshot, so each file that changes the schema is named in a warning rather than passed over.
 */
public final class MappingFiles {
    static final String ORM_XML = "META-INF/orm.xml";

    /** The elements of {@code <entity-mappings>} that change no table: queries and result mappings. */
    private static final Set<String> NO_DDL = Set.of("description", "package", "named-query", "named-native-query",
            "named-stored-procedure-query", "sql-result-set-mapping", "entity-listeners");

    /** The elements of {@code <persistence-unit-metadata>} that change the schema of every entity. */
    private static final Set<String> UNIT_DDL = Set.of("xml-mapping-metadata-complete", "schema", "catalog",
            "delimited-identifiers", "access");

    private static final int NAMED = 4;

    private MappingFiles() {
    }

    /** One warning per mapping file of the class output that changes the schema. */
    public static List<String> warnings(Function<String, Optional<String>> classOutput) {
        Set<String> names = new LinkedHashSet<>();
        names.add(ORM_XML);
        classOutput.apply(HibernateSettings.PERSISTENCE_XML).ifPresent(text -> names.addAll(
                new SettingsFile(HibernateSettings.PERSISTENCE_XML, SettingsFile.Kind.PERSISTENCE_XML, text)
                        .mappingFiles()));
        classOutput.apply(HibernateSettings.HIBERNATE_CFG_XML).ifPresent(text -> names.addAll(
                new SettingsFile(HibernateSettings.HIBERNATE_CFG_XML, SettingsFile.Kind.HIBERNATE_CFG_XML, text)
                        .mappingFiles()));
        List<String> warnings = new ArrayList<>();
        for (String name : names) {
            classOutput.apply(name).ifPresent(text -> {
                List<String> mapped = schemaMappings(new SettingsFile(name, null, text).xml().getDocumentElement());
                if (!mapped.isEmpty()) {
                    warnings.add(warning(name, mapped));
                }
            });
        }
        return warnings;
    }

    private static String warning(String file, List<String> mapped) {
        String named = String.join(", ", mapped.subList(0, Math.min(NAMED, mapped.size())))
                + (mapped.size() > NAMED ? " and " + (mapped.size() - NAMED) + " more" : "");
        return file + " maps " + named + ": JPA Migrate reads the mapping annotations only, so what this file adds or"
                + " overrides is not in the schema snapshot, and the migrations differ from Hibernate's schema there;"
                + " move these mappings to annotations on the classes";
    }

    /**
     * The top-level mappings of an {@code <entity-mappings>} or {@code <hibernate-mapping>} document
     * that change tables, described briefly.
     */
    private static List<String> schemaMappings(Element root) {
        List<String> mapped = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && !NO_DDL.contains(element.getLocalName())
                    && (!"persistence-unit-metadata".equals(element.getLocalName()) || setsUnitSchema(element))) {
                // orm.xml names the class in class=, hbm.xml's <class> in name=.
                String attribute = !element.hasAttribute("class") && "class".equals(element.getLocalName())
                        ? "name" : "class";
                String target = element.getAttribute(attribute);
                mapped.add("<" + element.getLocalName() + (target.isEmpty() ? "" : " " + attribute + "=\"" + target
                        + "\"") + ">");
            }
        }
        return mapped;
    }

    private static boolean setsUnitSchema(Node metadata) {
        NodeList all = ((Element) metadata).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (UNIT_DDL.contains(all.item(i).getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
