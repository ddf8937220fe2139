package dev.jpamigrate.processor;

import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.RevisionClass;
import dev.jpamigrate.processor.read.RevisionReader;
import dev.jpamigrate.processor.validate.RevisionValidator;
import dev.jpamigrate.processor.write.SnapshotFiles;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates the {@code @Revision} classes of each round and, when the compilation had
 * any, writes the module's revision index: the previous index merged with this
 * compilation's revisions, less the classes that are gone or no longer revisions. A
 * compilation without revisions leaves the index alone.
 */
public final class RevisionIndexStep {
    private final Elements elements;
    private final ErrorReporter reporter;
    private final SnapshotFiles files;
    private final RevisionReader reader;
    private final Set<String> index = new TreeSet<>();
    private final Map<String, RevisionClass> byId = new HashMap<>();
    private boolean previousRead;
    private boolean seen;
    private boolean failed;

    public RevisionIndexStep(Elements elements, Types types, ErrorReporter reporter, SnapshotFiles files) {
        this.elements = elements;
        this.reporter = reporter;
        this.files = files;
        this.reader = new RevisionReader(elements, types);
    }

    public void process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        reportOldSnapshots(round);
        RevisionValidator validator = new RevisionValidator(reporter);
        for (TypeElement annotation : annotations) {
            if (!annotation.getQualifiedName().contentEquals(RevisionReader.REVISION)) {
                continue;
            }
            readPreviousIndex();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                RevisionClass revision = reader.read((TypeElement) element);
                seen = true;
                failed |= !validator.validate(revision);
                index.add(revision.binaryName());
                checkUniqueId(revision);
            }
        }
    }

    /**
     * An older JPA Migrate kept the migrations snapshot as a class, {@code SchemaSnapshot}, that
     * implements an interface which no longer exists; javac's own error on it says nothing of
     * what to do.
     */
    private void reportOldSnapshots(RoundEnvironment round) {
        for (Element element : round.getRootElements()) {
            if (element instanceof TypeElement type && type.getSimpleName().contentEquals("SchemaSnapshot")
                    && type.getInterfaces().stream().anyMatch(i -> i.toString().endsWith("MigrationsSnapshot"))) {
                failed = true;
                String pkg = elements.getPackageOf(type).getQualifiedName().toString();
                reporter.error(Origin.of(type), "This is the migrations snapshot of an older JPA Migrate, which no longer"
                        + " compiles: delete it; mvn migration:generate now keeps the snapshot in src/main/resources/"
                        + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + "schema.snapshot and writes it from"
                        + " the migrations");
            }
        }
    }

    /** The revisions of earlier compilations that still exist: their ids are taken too. */
    private void readPreviousIndex() {
        if (previousRead) {
            return;
        }
        previousRead = true;
        for (String name : files.readIndex(IndexFiles.REVISIONS)) {
            TypeElement type = reader.typeNamed(name);
            if (type != null && RevisionReader.revision(type) != null) {
                RevisionClass previous = reader.read(type);
                index.add(previous.binaryName());
                if (previous.id() != null) {
                    byId.putIfAbsent(previous.id(), previous);
                }
            }
        }
    }

    private void checkUniqueId(RevisionClass revision) {
        if (revision.id() == null || revision.id().isBlank()) {
            return;
        }
        RevisionClass same = byId.putIfAbsent(revision.id(), revision);
        if (same != null && !same.binaryName().equals(revision.binaryName())) {
            failed = true;
            reporter.error(revision.idOrigin(), "Revision id " + revision.id() + " of " + revision.qualifiedName()
                    + " is also the id of " + same.qualifiedName() + ": give each revision its own id");
        }
    }

    public void finish() {
        if (!seen || failed) {
            return;
        }
        try {
            files.writeIndex(IndexFiles.REVISIONS, index);
        } catch (IOException e) {
            reporter.error("JPA Migrate could not write its index of revisions: " + e.getMessage());
        }
    }
}
