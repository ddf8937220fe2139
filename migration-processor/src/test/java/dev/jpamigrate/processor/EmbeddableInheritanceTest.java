package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.schema.Column;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subclasses of an embeddable are found where Hibernate's scan of the persistence unit finds them,
 * also when they are not compiled with the entity: a compile of the changed files only, another module.
 * (The columns themselves are proven against Hibernate by the {@code embeddableinheritance} fixture.)
 */
class EmbeddableInheritanceTest {
    private static final JavaFileObject PAYMENT = jakarta("com.acme.pay.Payment", """
            @Entity
            public class Payment {
                @Id Long id;
                PaymentMethod method;
            }
            """);
    private static final JavaFileObject METHOD = jakarta("com.acme.pay.PaymentMethod", """
            @Embeddable
            public class PaymentMethod {
                String holderName;
            }
            """);
    private static final JavaFileObject CARD = jakarta("com.acme.pay.CardMethod", """
            @Embeddable
            public class CardMethod extends PaymentMethod {
                String lastDigits;
            }
            """);
    private static final List<String> COLUMNS = List.of("id", "holdername", "lastdigits", "method_dtype");

    @Test
    void recompilingTheEntityAloneKeepsTheColumnsOfTheSubclasses(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(PAYMENT, METHOD, CARD);
        assertThat(columns(module)).containsExactlyInAnyOrderElementsOf(COLUMNS);

        module.compile(PAYMENT);

        assertThat(columns(module)).containsExactlyInAnyOrderElementsOf(COLUMNS);
    }

    @Test
    void subclassesInTheRootsPackageOfAnotherModuleAreFound(@TempDir Path work) {
        ClassDirectoryCompiler library = new ClassDirectoryCompiler(work.resolve("library")).withoutProcessor();
        library.compile(METHOD, CARD);
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work.resolve("app")).withDependency(library);

        module.compile(PAYMENT);

        assertThat(columns(module)).containsExactlyInAnyOrderElementsOf(COLUMNS);
    }

    private static List<String> columns(ClassDirectoryCompiler module) {
        return module.entitySchema().table("payment").orElseThrow().columns().stream().map(Column::name).toList();
    }
}
