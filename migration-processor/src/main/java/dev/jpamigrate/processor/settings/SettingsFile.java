package dev.jpamigrate.processor.settings;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A settings file the application keeps, and how each kind reads into flat {@code key=value}
 * pairs: Spring Boot's {@code application.properties} and {@code application.yml} (nested YAML
 * keys joined with dots, as Spring flattens them, one map per YAML document), JPA's
 * {@code persistence.xml} (the properties of each persistence unit), Hibernate's {@code hibernate.cfg.xml}
 * (the properties of its session factory) and {@code hibernate.properties}.
 *
 * @param name the file as messages name it: {@code application.yml}, or the path given in {@code -Amigration.settings}
 */
public record SettingsFile(String name, Kind kind, String text) {
    public enum Kind { SPRING, PERSISTENCE_XML, HIBERNATE_CFG_XML, HIBERNATE_PROPERTIES }

    /** The kind a file's name says it is, or null when it is none of them. */
    public static Kind kindOf(String fileName) {
        String simple = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (simple.startsWith("application") && (simple.endsWith(".properties") || isYaml(simple))) {
            return Kind.SPRING;
        }
        if (simple.equals("persistence.xml")) {
            return Kind.PERSISTENCE_XML;
        }
        if (simple.endsWith(".cfg.xml")) {
            return Kind.HIBERNATE_CFG_XML;
        }
        return simple.endsWith(".properties") ? Kind.HIBERNATE_PROPERTIES : null;
    }

    static boolean isYaml(String name) {
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** The documents of the file ({@code ---} separates YAML documents), each as flat key-value pairs in file order. */
    List<Map<String, String>> documents() {
        return switch (kind) {
            case PERSISTENCE_XML -> throw new IllegalStateException("persistence.xml has units, not documents");
            case HIBERNATE_CFG_XML -> List.of(sessionFactoryProperties());
            default -> isYaml(name) ? yaml() : List.of(properties());
        };
    }

    /** The properties of each persistence unit, by unit name, in file order. */
    Map<String, Map<String, String>> persistenceUnits() {
        Document document = xml();
        Map<String, Map<String, String>> units = new LinkedHashMap<>();
        NodeList unitElements = document.getElementsByTagNameNS("*", "persistence-unit");
        for (int i = 0; i < unitElements.getLength(); i++) {
            Element unit = (Element) unitElements.item(i);
            Map<String, String> properties = new LinkedHashMap<>();
            NodeList propertyElements = unit.getElementsByTagNameNS("*", "property");
            for (int j = 0; j < propertyElements.getLength(); j++) {
                Element property = (Element) propertyElements.item(j);
                properties.put(property.getAttribute("name").trim(), property.getAttribute("value").trim());
            }
            units.put(unit.getAttribute("name"), properties);
        }
        return units;
    }

    /**
     * The {@code <property>}s of {@code hibernate.cfg.xml}, whose values are their text. As Hibernate's
     * {@code LoadedConfig} does, a name without the {@code hibernate.} prefix also counts with it:
     * {@code <property name="default_schema">} sets {@code hibernate.default_schema}.
     */
    private Map<String, String> sessionFactoryProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList elements = xml().getElementsByTagNameNS("*", "property");
        for (int i = 0; i < elements.getLength(); i++) {
            Element property = (Element) elements.item(i);
            String key = property.getAttribute("name").trim();
            String value = property.getTextContent().trim();
            properties.put(key, value);
            if (!key.startsWith("hibernate.")) {
                properties.put("hibernate." + key, value);
            }
        }
        return properties;
    }

    /**
     * The XML mapping files the file names, class-path resources, in file order: the
     * {@code <mapping-file>}s of {@code persistence.xml}'s units, the {@code <mapping resource>}s
     * of {@code hibernate.cfg.xml}.
     */
    List<String> mappingFiles() {
        List<String> files = new ArrayList<>();
        boolean configXml = kind == Kind.HIBERNATE_CFG_XML;
        NodeList elements = xml().getElementsByTagNameNS("*", configXml ? "mapping" : "mapping-file");
        for (int i = 0; i < elements.getLength(); i++) {
            String file = (configXml ? ((Element) elements.item(i)).getAttribute("resource")
                    : elements.item(i).getTextContent()).trim();
            if (!file.isEmpty() && !files.contains(file)) {
                files.add(file);
            }
        }
        return files;
    }

    /** The file as an XML document, without reading any external DTD or entity. */
    Document xml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // hibernate.cfg.xml names Hibernate's DTD by its URL: not read, not needed to read the properties.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new SettingsException(name + " does not parse as XML: " + e.getMessage(), e);
        }
    }

    private Map<String, String> properties() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException(name + " does not parse as a properties file: " + e.getMessage(), e);
        }
        Map<String, String> flat = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted()
                .forEach(key -> flat.put(normalizeKey(key), properties.getProperty(key).trim()));
        return flat;
    }

    private List<Map<String, String>> yaml() {
        List<Map<String, String>> documents = new ArrayList<>();
        try {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                Map<String, String> flat = new LinkedHashMap<>();
                if (document instanceof Map<?, ?> map) {
                    flatten("", map, flat);
                } else if (document != null) {
                    throw new SettingsException(name + " does not parse as Spring settings: its top level is not a"
                            + " map of keys");
                }
                documents.add(flat);
            }
        } catch (MarkedYAMLException e) {
            // The problem and where, not SnakeYAML's quote of the line: it may be a password's.
            Mark mark = e.getProblemMark();
            throw new SettingsException(name + " does not parse as YAML: " + e.getProblem()
                    + (mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)), e);
        } catch (YAMLException e) {
            throw new SettingsException(name + " does not parse as YAML", e);
        }
        return documents;
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? normalizeKey(String.valueOf(key))
                    : prefix + "." + normalizeKey(String.valueOf(key)), child, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "." + i, list.get(i), flat);
            }
        } else {
            flat.put(prefix, value == null ? "" : String.valueOf(value).trim());
        }
    }

    /** Spring's bracket notation for keys with dots, {@code spring.jpa.properties[hibernate.x]}, as plain dots. */
    private static String normalizeKey(String key) {
        String plain = key.replaceAll("\\[([^\\]]*)]", ".$1").trim();
        return plain.startsWith(".") ? plain.substring(1) : plain;
    }
}
